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
  /**
   * How much how well the sentence fits an intent's samples weighs against the classifier's
   * probability, when the likeliest intents are weighed against each other (see decide).
   */
  fitWeight: z.number().min(0),
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

  /** How the classifier's probabilities become a decision (see decide). */
  get rule(): DecisionRule {
    const { threshold, outOfDomainThreshold, minimumFit, fitWeight } = this.model;
    return { threshold, outOfDomainThreshold, minimumFit: minimumFit ?? -Infinity, fitWeight };
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
}

export interface DecisionRule {
  /** The probability from which an intent may be taken. */
  readonly threshold: number;
  /** The probability from which the sentence is taken to be out of domain. */
  readonly outOfDomainThreshold: number;
  /** The least an intent's best sample must score against the sentence for the intent to be taken (-Infinity: no test). */
  readonly minimumFit: number;
  /** What a point of fit is worth against the log of the probability. */
  readonly fitWeight: number;
}

/** How many of the likeliest intents are weighed against each other. */
export const RIVALS = 3;

/**
 * The classifier's decision. Out of domain when that is likely enough; otherwise, of the likeliest
 * intents that are likely enough and whose samples the sentence fits (`fit` gives the score of an
 * intent's best sample, undefined when no sample of it has the sentence's shape), the one with the
 * best log probability plus `fitWeight` times its fit: the classifier weighs the words, the samples
 * how they are put together. Undefined when no intent qualifies: the pattern matcher decides.
 */
export function decide(
  labels: readonly string[],
  probabilities: Float64Array,
  rule: DecisionRule,
  fit: (label: string) => number | undefined,
): Classification | undefined {
  return decideAmong(rivalsOf(labels, probabilities), rule, fit);
}

/** What a decision looks at: how likely out of domain is, and the likeliest intents, likeliest first. */
export interface Rivals {
  readonly outOfDomain: number;
  readonly intents: readonly Classification[];
}

export function rivalsOf(labels: readonly string[], probabilities: Float64Array, count = RIVALS): Rivals {
  let outOfDomain = 0;
  const intents: Classification[] = [];
  labels.forEach((label, at) => {
    const probability = probabilities[at] ?? 0;
    if (label === OUT_OF_DOMAIN) outOfDomain = probability;
    else intents.push({ label, probability });
  });
  intents.sort((a, b) => b.probability - a.probability);
  return { outOfDomain, intents: intents.slice(0, count) };
}

export function decideAmong(rivals: Rivals, rule: DecisionRule, fit: (label: string) => number | undefined): Classification | undefined {
  if (rivals.outOfDomain >= rule.outOfDomainThreshold) return { label: OUT_OF_DOMAIN, probability: rivals.outOfDomain };
  let best: Classification | undefined;
  let bestScore = -Infinity;
  for (const rival of rivals.intents) {
    if (rival.probability < rule.threshold) break;
    const fits = fit(rival.label);
    if (fits === undefined || fits < rule.minimumFit) continue;
    const score = Math.log(rival.probability) + rule.fitWeight * fits;
    if (score > bestScore) {
      best = rival;
      bestScore = score;
    }
  }
  return best;
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
    fitWeight: model.fitWeight,
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
  // A view on the bytes read, not a copy: the model is used as it lies in memory.
  const weights = new Int8Array(bytes.buffer, bytes.byteOffset + at, weightCount);
  return { ...header, bias, scales, weights };
}

export function loadClassifier(path: string = DEFAULT_CLASSIFIER_PATH): IntentClassifier {
  return new IntentClassifier(parseClassifier(readFileSync(path), path));
}

