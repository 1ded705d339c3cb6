import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { INTENTS } from '../../src/intents/registry.ts';
import {
  DEFAULT_CLASSIFIER_PATH,
  decision,
  IntentClassifier,
  loadClassifier,
  OUT_OF_DOMAIN,
  parseClassifier,
  serializeClassifier,
} from '../../src/nlu/classifier.ts';
import { meaningfulWords } from '../../src/nlu/text.ts';
import { defaultInputs, fingerprintOf, labelsOf, sentencesFor } from '../../tools/nlu/build.ts';
import { trainClassifier } from '../../tools/nlu/train-classifier.ts';

describe('the committed intent classifier', () => {
  const classifier = loadClassifier();

  it('was trained from the samples as they are now (else run: npx tsx tools/nlu/train.ts)', () => {
    expect(classifier.model.fingerprint).toBe(fingerprintOf(defaultInputs()));
  });

  it('knows every intent that has samples, and the out-of-domain class', () => {
    const withSamples = INTENTS.filter((definition) => definition.hasSamples).map((definition) => definition.name);
    expect(classifier.labels).toEqual([...withSamples, OUT_OF_DOMAIN]);
  });

  it('has thresholds chosen on held-out samples, and says how it did there', () => {
    expect(classifier.threshold).toBeGreaterThan(0);
    expect(classifier.threshold).toBeLessThan(1);
    expect(classifier.outOfDomainThreshold).toBeGreaterThan(0);
    expect(classifier.model.training).toMatchObject({ heldOut: { heldOut: expect.any(Number), combined: expect.any(Number) } });
  });

  it('is sure of plain requests and of plain requests that are not shopping', () => {
    const sure = (text: string) => classifier.decide(meaningfulWords(text))?.label;
    expect(sure('could you add some oat milk to my list')).toBe('AddItemIntent');
    expect(sure('take the butter off my shopping list')).toBe('RemoveItemIntent');
    expect(sure('read me what is on my list')).toBe('ReadCartIntent');
    expect(sure("what's the weather like tomorrow")).toBe(OUT_OF_DOMAIN);
    expect(sure('add call the dentist to my to do list')).toBe(OUT_OF_DOMAIN);
  });

  it('reads back as it was written', () => {
    const bytes = readFileSync(DEFAULT_CLASSIFIER_PATH);
    const model = parseClassifier(bytes);
    expect(Buffer.from(serializeClassifier(model)).equals(bytes)).toBe(true);
    expect(() => parseClassifier(bytes.subarray(0, bytes.length - 1))).toThrow('not what its header describes');
    expect(() => parseClassifier(Buffer.from('not a model at all'))).toThrow('not an intent classifier');
  });
});

describe('deciding from probabilities', () => {
  const labels = ['AddItemIntent', 'RemoveItemIntent', OUT_OF_DOMAIN];
  const thresholds = { threshold: 0.5, outOfDomainThreshold: 0.6 };

  it('takes the likeliest intent when it is likely enough, and nothing otherwise', () => {
    expect(decision(labels, Float64Array.from([0.7, 0.2, 0.1]), thresholds)).toEqual({ label: 'AddItemIntent', probability: 0.7 });
    expect(decision(labels, Float64Array.from([0.45, 0.4, 0.15]), thresholds)).toBeUndefined();
  });

  it('turns a sentence away only when out of domain is likely enough, and then before any intent', () => {
    expect(decision(labels, Float64Array.from([0.3, 0.1, 0.6]), thresholds)).toEqual({ label: OUT_OF_DOMAIN, probability: 0.6 });
    expect(decision(labels, Float64Array.from([0.5, 0.0, 0.5]), thresholds)).toEqual({ label: 'AddItemIntent', probability: 0.5 });
  });
});

describe('training', () => {
  it('gives the same weights from the same samples every time', () => {
    const inputs = defaultInputs();
    const quick = { ...inputs, data: { ...inputs.data, fills: 1, slotOnlyFills: 2, outOfDomainPerTemplate: 5 }, training: { ...inputs.training, epochs: 1, averaged: 1 } };
    const sentences = sentencesFor(quick, quick.samples, quick.training.seed);
    const train = () => new IntentClassifier({ ...trainClassifier(sentences, labelsOf(quick), quick.training), threshold: 0.5, outOfDomainThreshold: 0.5, minimumFit: null, fingerprint: 'test', training: {} });
    const first = train();
    const second = train();
    expect(Buffer.from(serializeClassifier(first.model)).equals(Buffer.from(serializeClassifier(second.model)))).toBe(true);
  }, 60_000);
});
