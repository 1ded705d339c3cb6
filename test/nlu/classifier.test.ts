import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { INTENTS } from '../../src/intents/registry.ts';
import {
  DEFAULT_CLASSIFIER_PATH,
  decide,
  IntentClassifier,
  loadClassifier,
  OUT_OF_DOMAIN,
  parseClassifier,
  serializeClassifier,
} from '../../src/nlu/classifier.ts';
import { meaningfulWords } from '../../src/nlu/text.ts';
import { defaultInputs, fingerprintOf, labelsOf, misheard, sentencesFor } from '../../tools/nlu/build.ts';
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

  it('has its decision rule chosen on held-out samples, and says how it did there', () => {
    const { rule } = classifier;
    expect(rule.threshold).toBeLessThan(1);
    expect(rule.outOfDomainThreshold).toBeGreaterThan(0);
    expect(rule.outOfDomainThreshold).toBeLessThanOrEqual(1);
    expect(classifier.model.training).toMatchObject({ heldOut: { heldOut: expect.any(Number), combined: expect.any(Number) } });
  });

  it('finds plain requests, and plain requests that are not shopping, most likely what they are', () => {
    const likeliest = (text: string) => classifier.classify(meaningfulWords(text)).label;
    expect(likeliest('could you add some oat milk to my list')).toBe('AddItemIntent');
    expect(likeliest('take the butter off my shopping list')).toBe('RemoveItemIntent');
    expect(likeliest('read me what is on my list')).toBe('ReadCartIntent');
    expect(likeliest("what's the weather like tomorrow")).toBe(OUT_OF_DOMAIN);
    expect(likeliest('add call the dentist to my to do list')).toBe(OUT_OF_DOMAIN);
  });

  it('hears every sentence of models/en-US/understood.yaml as what it is there, through the whole NLU', () => {
    expect(misheard(defaultInputs(), classifier.model)).toEqual([]);
  });

  it('reads back as it was written', () => {
    const bytes = readFileSync(DEFAULT_CLASSIFIER_PATH);
    const model = parseClassifier(bytes);
    expect(Buffer.from(serializeClassifier(model)).equals(bytes)).toBe(true);
    expect(() => parseClassifier(bytes.subarray(0, bytes.length - 1))).toThrow('not what its header describes');
    expect(() => parseClassifier(Buffer.from('not a model at all'))).toThrow('not an intent classifier');
  });
});

describe('deciding from probabilities and from how the sentence fits the samples', () => {
  const labels = ['AddItemIntent', 'RemoveItemIntent', 'ReadCartIntent', OUT_OF_DOMAIN];
  const rule = { threshold: 0.2, outOfDomainThreshold: 0.6, minimumFit: -4, fitWeight: 0.5 };
  const fitsAll = () => 1;

  it('takes the likeliest intent when it is likely enough and no rival fits better, and nothing otherwise', () => {
    expect(decide(labels, Float64Array.from([0.7, 0.2, 0.05, 0.05]), rule, fitsAll)).toEqual({ label: 'AddItemIntent', probability: 0.7 });
    expect(decide(labels, Float64Array.from([0.15, 0.15, 0.15, 0.55]), rule, fitsAll)).toBeUndefined();
  });

  it('turns a sentence away when out of domain is likely enough, before any intent', () => {
    expect(decide(labels, Float64Array.from([0.3, 0.05, 0.05, 0.6]), rule, fitsAll)).toEqual({ label: OUT_OF_DOMAIN, probability: 0.6 });
  });

  it('passes over an intent none of whose samples has the shape of the sentence', () => {
    const fit = (label: string) => (label === 'AddItemIntent' ? -6 : label === 'RemoveItemIntent' ? 0 : undefined);
    expect(decide(labels, Float64Array.from([0.6, 0.3, 0.05, 0.05]), rule, fit)).toEqual({ label: 'RemoveItemIntent', probability: 0.3 });
  });

  it('lets a likely rival whose samples fit much better win', () => {
    const fit = (label: string) => (label === 'AddItemIntent' ? -3 : 2);
    // log 0.55 - 1.5 < log 0.35 + 1
    expect(decide(labels, Float64Array.from([0.55, 0.35, 0.05, 0.05]), rule, fit)?.label).toBe('RemoveItemIntent');
    expect(decide(labels, Float64Array.from([0.55, 0.35, 0.05, 0.05]), { ...rule, fitWeight: 0 }, fit)?.label).toBe('AddItemIntent');
  });
});

describe('training', () => {
  it('gives the same weights from the same samples every time', () => {
    const inputs = defaultInputs();
    const quick = { ...inputs, data: { ...inputs.data, fills: 1, slotOnlyFills: 2, outOfDomainPerTemplate: 5 }, training: { ...inputs.training, epochs: 1, averaged: 1 } };
    const sentences = sentencesFor(quick, quick.samples, quick.training.seed);
    const train = () =>
      new IntentClassifier({
        ...trainClassifier(sentences, labelsOf(quick), quick.training),
        threshold: 0.5,
        outOfDomainThreshold: 0.5,
        minimumFit: null,
        fitWeight: 0,
        fingerprint: 'test',
        training: {},
      });
    const first = train();
    const second = train();
    expect(Buffer.from(serializeClassifier(first.model)).equals(Buffer.from(serializeClassifier(second.model)))).toBe(true);
  }, 60_000);
});
