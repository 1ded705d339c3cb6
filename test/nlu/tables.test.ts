import { describe, expect, it } from 'vitest';
import { loadInteractionModelFile } from '../../src/interaction-model/load.ts';
import { loadClassifier } from '../../src/nlu/classifier.ts';
import { createNlu, createNluFrom } from '../../src/nlu/nlu.ts';
import { nluTables, type NluTables } from '../../src/nlu/tables.ts';

describe('what the NLU reads of a model, kept as JSON', () => {
  const model = loadInteractionModelFile();
  const tables = nluTables(model);
  const kept = JSON.parse(JSON.stringify(tables)) as NluTables;

  it('holds each sample once, as its words, and each slot type\'s values', () => {
    expect(kept).toEqual(tables);
    const samples = tables.intents.flatMap((intent) => intent.samples);
    expect(new Set(samples).size).toBe(samples.length);
    expect(samples.every((sample) => sample !== '' && sample === sample.toLowerCase() && !sample.includes('  '))).toBe(true);
    const units = tables.types.find(([name]) => name === 'UnitName')?.[1] ?? [];
    expect(units).toContain('pounds');
  });

  it('understands as the NLU made from the model itself does', () => {
    const classifier = loadClassifier();
    const fresh = createNlu(model, { classifier });
    const read = createNluFrom(kept, { classifier });
    const eliciting = { intent: 'AddItemIntent', slot: 'product', slots: {} };
    for (const text of ['add two pounds of bananas', 'what is in my cart', 'take the milk off my shopping list', 'the red ones', 'check out', 'um never mind']) {
      expect(read.understand(text)).toEqual(fresh.understand(text));
      expect(read.understand(text, { eliciting })).toEqual(fresh.understand(text, { eliciting }));
    }
  });
});
