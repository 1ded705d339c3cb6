import type { ClassifierModel } from '../../src/nlu/classifier.ts';
import { hashFeatures, type FeatureConfig } from '../../src/nlu/features.ts';
import { shuffled, seededRandom } from '../../src/evaluation/random.ts';
import type { LabelledSentence } from './training-data.ts';

export interface TrainingOptions {
  readonly features: FeatureConfig;
  readonly epochs: number;
  readonly learningRate: number;
  /** L2 penalty on the weights, so that no single feature decides alone. */
  readonly l2: number;
  /**
   * How far examples are weighted towards equal classes: 0 leaves the big intents their weight, 1
   * makes every class count the same. Half-way keeps a small intent audible without pretending
   * shoppers undo as often as they add.
   */
  readonly balance: number;
  readonly seed: number;
  /**
   * How many models, each shown the examples in its own order, are averaged into one: stochastic
   * descent stops somewhere different each time, and the average is steadier than any of them.
   */
  readonly averaged: number;
}

export const DEFAULT_TRAINING: Omit<TrainingOptions, 'features'> = {
  epochs: 12,
  learningRate: 0.4,
  l2: 1e-6,
  balance: 0.5,
  seed: 12,
  averaged: 3,
};

interface Example {
  readonly buckets: Int32Array;
  readonly values: Float32Array;
  readonly label: number;
}

/**
 * Softmax logistic regression by stochastic gradient descent with AdaGrad steps, one example at a
 * time in a seeded order: the same data and options always give the same weights. Several such
 * models are averaged, and the weights stored as signed bytes with one scale per class.
 */
export function trainClassifier(
  sentences: readonly LabelledSentence[],
  labels: readonly string[],
  options: TrainingOptions,
): Pick<ClassifierModel, 'labels' | 'features' | 'bias' | 'scales' | 'weights'> {
  const classes = labels.length;
  const index = new Map(labels.map((label, at) => [label, at]));
  const buckets = 1 << options.features.bucketBits;
  const counts = new Float64Array(classes);
  const examples = sentences.map((sentence) => {
    const label = index.get(sentence.label);
    if (label === undefined) throw new Error(`"${sentence.label}" is not one of the labels`);
    counts[label] = (counts[label] ?? 0) + 1;
    return { ...hashFeatures(sentence.words, options.features), label };
  });
  const mean = examples.length / classes;
  const classWeight = Float64Array.from(counts, (count) => (count === 0 ? 0 : (mean / count) ** options.balance));

  const weights = new Float32Array(buckets * classes);
  const bias = new Float64Array(classes);
  for (let run = 0; run < options.averaged; run++) {
    const one = descend(examples, classWeight, classes, buckets, options, options.seed + run);
    for (let at = 0; at < weights.length; at++) weights[at] = (weights[at] ?? 0) + (one.weights[at] ?? 0) / options.averaged;
    for (let c = 0; c < classes; c++) bias[c] = (bias[c] ?? 0) + (one.bias[c] ?? 0) / options.averaged;
  }
  return { labels: [...labels], features: options.features, bias: Float32Array.from(bias), ...quantized(weights, buckets, classes) };
}

function descend(
  examples: readonly Example[],
  classWeight: Float64Array,
  classes: number,
  buckets: number,
  options: TrainingOptions,
  seed: number,
): { weights: Float32Array; bias: Float64Array } {
  const weights = new Float32Array(buckets * classes);
  const squared = new Float32Array(buckets * classes).fill(1e-8);
  const bias = new Float64Array(classes);
  const biasSquared = new Float64Array(classes).fill(1e-8);
  const random = seededRandom(seed);
  const scores = new Float64Array(classes);
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (const example of shuffled(random, examples)) {
      const { buckets: features, values, label } = example;
      for (let c = 0; c < classes; c++) scores[c] = bias[c] ?? 0;
      for (let f = 0; f < features.length; f++) {
        const row = (features[f] ?? 0) * classes;
        const value = values[f] ?? 0;
        for (let c = 0; c < classes; c++) scores[c] = (scores[c] ?? 0) + value * (weights[row + c] ?? 0);
      }
      let max = -Infinity;
      for (let c = 0; c < classes; c++) max = Math.max(max, scores[c] ?? 0);
      let total = 0;
      for (let c = 0; c < classes; c++) {
        scores[c] = Math.exp((scores[c] ?? 0) - max);
        total += scores[c] ?? 0;
      }
      const weight = classWeight[label] ?? 1;
      for (let c = 0; c < classes; c++) {
        // The gradient of the weighted cross-entropy with respect to class c's score.
        const gradient = weight * ((scores[c] ?? 0) / total - (c === label ? 1 : 0));
        if (gradient === 0) continue;
        biasSquared[c] = (biasSquared[c] ?? 0) + gradient * gradient;
        bias[c] = (bias[c] ?? 0) - (options.learningRate * gradient) / Math.sqrt(biasSquared[c] ?? 1);
        for (let f = 0; f < features.length; f++) {
          const at = (features[f] ?? 0) * classes + c;
          const g = gradient * (values[f] ?? 0) + options.l2 * (weights[at] ?? 0);
          squared[at] = (squared[at] ?? 0) + g * g;
          weights[at] = (weights[at] ?? 0) - (options.learningRate * g) / Math.sqrt(squared[at] ?? 1);
        }
      }
    }
  }

  return { weights, bias };
}

/** The weights as signed bytes, with the scale of each class. */
function quantized(weights: Float32Array, buckets: number, classes: number): { scales: Float32Array; weights: Int8Array } {
  const scales = new Float32Array(classes);
  for (let c = 0; c < classes; c++) {
    let largest = 0;
    for (let b = 0; b < buckets; b++) largest = Math.max(largest, Math.abs(weights[b * classes + c] ?? 0));
    scales[c] = largest === 0 ? 1 : largest / 127;
  }
  const bytes = new Int8Array(buckets * classes);
  for (let b = 0; b < buckets; b++) {
    for (let c = 0; c < classes; c++) {
      const at = b * classes + c;
      bytes[at] = Math.max(-127, Math.min(127, Math.round((weights[at] ?? 0) / (scales[c] ?? 1))));
    }
  }
  return { scales, weights: bytes };
}
