import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { hashFeatures, type FeatureConfig } from './features.ts';

/**
 * The learned intent classifier: softmax logistic regression over hashed word and letter
 * features (features.ts), trained by tools/nlu/train.ts on the interaction model's own samples
 * with their slots filled, and on written examples of what is not this store's business (the
 * out-of-domain class). Weights are kept as signed bytes with one scale per class: about a
 * megabyte, read in a millisecond or two.
 */

/** The class of sentences that belong to no intent of the skill. */
export const OUT_OF_DOMAIN = 'OutOfDomain';

/** Where the trained en-US model sits, beside this module (so a bundle carries it beside its chunk). */
export const DEFAULT_CLASSIFIER_PATH = fileURLToPath(new URL('./intent-classifier.en-US.bin', import.meta.url));

const MAGIC = 'VCIC';
const VERSION = 1;

const HeaderSchema = z.object({
  labels: z.array(z.string().min(1)).min(2),
  features: z.object({
    bucketBits: z.number().int().min(8).max(24),
    minCharGram: z.number().int().min(1),
    maxCharGram: z.number().int().min(1),
  }),
  /** The probability from which the classifier's intent is taken; below it the pattern matcher answers. */
  threshold: z.number().min(0).max(1.01),
  /**
   * The probability from which a sentence is taken to be none of the skill's business. Higher than
   * the other: a shopper turned away for a sentence the store could have served is worse off than
   * one whose odd request reaches the skill, which still judges whether it is shopping.
   */
  outOfDomainThreshold: z.number().min(0).max(1.01),
  /**
   * The least the best sample of the intent decided must score for the decision to stand (null
   * for no such test): below it no sample has the shape of the sentence, and the pattern matcher
   * decides alone.
   */
  minimumFit: z.number().nullable(),
  /** A digest of everything the model was trained from, to tell when it is stale. */
  fingerprint: z.string().min(1),
  /** How it was trained and how it did on held-out samples, for people reading it. */
  training: z.record(z.string(), z.unknown()),
});

export type ClassifierHeader = z.infer<typeof HeaderSchema>;

export interface ClassifierModel extends ClassifierHeader {
  readonly bias: Float32Array;
  readonly scales: Float32Array;
  /** Bucket-major: the weights of bucket b for every class are at b * labels.length. */
  readonly weights: Int8Array;
}

export interface Classification {
  readonly label: string;
  readonly probability: number;
}

export class IntentClassifier {
  private readonly classes: number;
  private readonly sums: Float64Array;

  constructor(readonly model: ClassifierModel) {
    this.classes = model.labels.length;
    this.sums = new Float64Array(this.classes);
  }

  get labels(): readonly string[] {
    return this.model.labels;
  }

  get threshold(): number {
    return this.model.threshold;
  }

  get outOfDomainThreshold(): number {
    return this.model.outOfDomainThreshold;
  }

  get minimumFit(): number {
    return this.model.minimumFit ?? -Infinity;
  }

  get features(): FeatureConfig {
    return this.model.features;
  }

  /** The probability of each label, in the order of `labels`. */
  probabilities(words: readonly string[]): Float64Array {
    const { buckets, values } = hashFeatures(words, this.model.features);
    const { weights, scales, bias } = this.model;
    const classes = this.classes;
    const sums = this.sums;
    sums.fill(0);
    for (let f = 0; f < buckets.length; f++) {
      const row = (buckets[f] ?? 0) * classes;
      const value = values[f] ?? 0;
      for (let c = 0; c < classes; c++) sums[c] = (sums[c] ?? 0) + value * (weights[row + c] ?? 0);
    }
    const probabilities = new Float64Array(classes);
    let max = -Infinity;
    for (let c = 0; c < classes; c++) {
      const score = (bias[c] ?? 0) + (scales[c] ?? 0) * (sums[c] ?? 0);
      probabilities[c] = score;
      if (score > max) max = score;
    }
    let total = 0;
    for (let c = 0; c < classes; c++) {
      const e = Math.exp((probabilities[c] ?? 0) - max);
      probabilities[c] = e;
      total += e;
    }
    for (let c = 0; c < classes; c++) probabilities[c] = (probabilities[c] ?? 0) / total;
    return probabilities;
  }

  /** The most probable label and its probability. */
  classify(words: readonly string[]): Classification {
    const probabilities = this.probabilities(words);
    let best = 0;
    for (let c = 1; c < probabilities.length; c++) if ((probabilities[c] ?? 0) > (probabilities[best] ?? 0)) best = c;
    return { label: this.model.labels[best] ?? OUT_OF_DOMAIN, probability: probabilities[best] ?? 0 };
  }

  /**
   * What the classifier is sure of, if anything: out of domain when that is at least
   * `outOfDomainThreshold` likely; otherwise the likeliest intent when it is at least `threshold`
   * likely; otherwise nothing, and the pattern matcher decides.
   */
  decide(words: readonly string[], thresholds: Thresholds = this.model): Classification | undefined {
    return decision(this.model.labels, this.probabilities(words), thresholds);
  }
}

/** What the probabilities of `labels` say for sure at these thresholds (see IntentClassifier.decide). */
export function decision(labels: readonly string[], probabilities: Float64Array, thresholds: Thresholds): Classification | undefined {
  let intent = -1;
  let outOfDomain = 0;
  labels.forEach((label, c) => {
    const probability = probabilities[c] ?? 0;
    if (label === OUT_OF_DOMAIN) outOfDomain = probability;
    else if (intent === -1 || probability > (probabilities[intent] ?? 0)) intent = c;
  });
  if (outOfDomain >= thresholds.outOfDomainThreshold) return { label: OUT_OF_DOMAIN, probability: outOfDomain };
  const probability = probabilities[intent] ?? 0;
  return probability >= thresholds.threshold ? { label: labels[intent] ?? OUT_OF_DOMAIN, probability } : undefined;
}

export interface Thresholds {
  readonly threshold: number;
  readonly outOfDomainThreshold: number;
}

/**
 * The model as bytes: "VCIC", a version, the header as JSON, then the biases and scales as
 * little-endian float32 and the weights as int8.
 */
export function serializeClassifier(model: ClassifierModel): Uint8Array {
  const header: ClassifierHeader = {
    labels: model.labels,
    features: model.features,
    threshold: model.threshold,
    outOfDomainThreshold: model.outOfDomainThreshold,
    minimumFit: model.minimumFit,
    fingerprint: model.fingerprint,
    training: model.training,
  };
  const json = Buffer.from(JSON.stringify(header), 'utf8');
  const classes = model.labels.length;
  const size = 4 + 4 + 4 + json.length + classes * 8 + model.weights.length;
  const bytes = Buffer.alloc(size);
  bytes.write(MAGIC, 0, 'latin1');
  bytes.writeUInt32LE(VERSION, 4);
  bytes.writeUInt32LE(json.length, 8);
  json.copy(bytes, 12);
  let at = 12 + json.length;
  for (let c = 0; c < classes; c++, at += 4) bytes.writeFloatLE(model.bias[c] ?? 0, at);
  for (let c = 0; c < classes; c++, at += 4) bytes.writeFloatLE(model.scales[c] ?? 0, at);
  Buffer.from(model.weights.buffer, model.weights.byteOffset, model.weights.byteLength).copy(bytes, at);
  return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

export function parseClassifier(data: Uint8Array, source = 'the classifier'): ClassifierModel {
  const bytes = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  if (bytes.length < 12 || bytes.toString('latin1', 0, 4) !== MAGIC) throw new Error(`${source} is not an intent classifier`);
  const version = bytes.readUInt32LE(4);
  if (version !== VERSION) throw new Error(`${source} is version ${version}; this voicecart reads version ${VERSION}`);
  const length = bytes.readUInt32LE(8);
  const parsed = HeaderSchema.safeParse(JSON.parse(bytes.toString('utf8', 12, 12 + length)));
  if (!parsed.success) throw new Error(`${source} has a malformed header: ${parsed.error.message}`);
  const header = parsed.data;
  const classes = header.labels.length;
  const weightCount = (1 << header.features.bucketBits) * classes;
  let at = 12 + length;
  if (bytes.length !== at + classes * 8 + weightCount) throw new Error(`${source} is ${bytes.length} bytes, not what its header describes`);
  const bias = new Float32Array(classes);
  const scales = new Float32Array(classes);
  for (let c = 0; c < classes; c++, at += 4) bias[c] = bytes.readFloatLE(at);
  for (let c = 0; c < classes; c++, at += 4) scales[c] = bytes.readFloatLE(at);
  const weights = new Int8Array(weightCount);
  weights.set(new Int8Array(bytes.buffer, bytes.byteOffset + at, weightCount));
  return { ...header, bias, scales, weights };
}

export function loadClassifier(path: string = DEFAULT_CLASSIFIER_PATH): IntentClassifier {
  return new IntentClassifier(parseClassifier(readFileSync(path), path));
}

