import { isNumberWord } from './numbers.ts';

/**
 * What the intent classifier sees of a sentence: its words, each pair of neighbouring words (with
 * the sentence's start and end), the letters inside each word three to five at a time, so
 * "scratch", "scratched" and a misheard "scrach" share most of what they say, and how many number
 * words follow one another ("one two three four" is a code, "two" an amount or a choice). Features are hashed
 * into a fixed number of buckets, each with a sign, so the model needs no vocabulary and loads in
 * a blink; collisions cost a little accuracy, which the sign keeps from adding up one way.
 */
export interface FeatureConfig {
  /** log2 of the number of buckets. */
  readonly bucketBits: number;
  readonly minCharGram: number;
  readonly maxCharGram: number;
}

export const DEFAULT_FEATURES: FeatureConfig = { bucketBits: 15, minCharGram: 3, maxCharGram: 5 };

export interface HashedFeatures {
  readonly buckets: Int32Array;
  /** +1 or -1 for each bucket, times the value every feature of the sentence gets. */
  readonly values: Float32Array;
}

/** FNV-1a over the string's UTF-16 code units: fast, stable, and the same in training and at run time. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

export function featureStrings(words: readonly string[], config: FeatureConfig = DEFAULT_FEATURES): string[] {
  const features: string[] = [];
  const padded = ['<s>', ...words, '</s>'];
  for (const word of words) features.push(`w ${word}`);
  for (let i = 1; i < padded.length; i++) features.push(`b ${padded[i - 1] ?? ''} ${padded[i] ?? ''}`);
  let run = 0;
  for (const word of [...words, '']) {
    if (word !== '' && isNumberWord(word)) run++;
    else if (run > 0) {
      features.push(`n ${Math.min(run, 5)}`);
      run = 0;
    }
  }
  for (const word of words) {
    const marked = `<${word}>`;
    for (let n = config.minCharGram; n <= config.maxCharGram; n++) {
      for (let start = 0; start + n <= marked.length; start++) features.push(`c ${marked.slice(start, start + n)}`);
    }
  }
  return features;
}

/** The sentence's features as signed buckets, scaled so every sentence's vector has length one. */
export function hashFeatures(words: readonly string[], config: FeatureConfig = DEFAULT_FEATURES): HashedFeatures {
  const features = featureStrings(words, config);
  const mask = (1 << config.bucketBits) - 1;
  const buckets = new Int32Array(features.length);
  const values = new Float32Array(features.length);
  const value = features.length === 0 ? 0 : 1 / Math.sqrt(features.length);
  features.forEach((feature, index) => {
    const hash = fnv1a(feature);
    buckets[index] = hash & mask;
    values[index] = hash & 0x80000000 ? -value : value;
  });
  return { buckets, values };
}
