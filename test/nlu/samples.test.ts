import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { INTENTS } from '../../src/intents/registry.ts';
import { expandTemplate } from '../../src/interaction-model/expand.ts';
import { readOutOfDomainExamples, readSamples, samplesFor } from '../../src/interaction-model/samples.ts';
import { meaningfulWords } from '../../src/nlu/text.ts';

/**
 * The samples are written for shoppers, never copied from the evaluation: no development
 * utterance may be among them, or among the out-of-domain examples, in any of the forms a template
 * can take; nor may one of three words or more be said inside a longer sample. The development sets lie beside the project (../shared/eval) on a working machine; a
 * clean clone in CI may not have them, and then there is nothing to compare against.
 */
const EVAL = fileURLToPath(new URL('../../../shared/eval/', import.meta.url));
const haveEval = existsSync(EVAL) && readdirSync(EVAL).some((file) => file.startsWith('dev-') && file.endsWith('.jsonl'));

/** As the NLU reads a sentence: lowercase words, fillers and wake words left out. */
const said = (text: string): string => meaningfulWords(text).join(' ');

function everySampleAndExample(): Map<string, string> {
  const all = new Map<string, string>();
  for (const [name, own] of samplesFor(INTENTS, readSamples())) {
    for (const template of own.templates) for (const sample of expandTemplate(template)) all.set(said(sample), name);
    for (const [slot, templates] of Object.entries(own.slotTemplates)) {
      for (const template of templates) for (const sample of expandTemplate(template)) all.set(said(sample), `${name}.${slot}`);
    }
  }
  for (const template of readOutOfDomainExamples()) for (const example of expandTemplate(template)) all.set(said(example), 'out of domain');
  return all;
}

describe('the samples', () => {
  it.skipIf(!haveEval)(
    haveEval ? 'include no development utterance, in any form their templates take' : 'include no development utterance (skipped: no ../shared/eval beside the project)',
    () => {
      const Line = z.object({ text: z.string().optional() });
      const development = readdirSync(EVAL)
        .filter((file) => file.startsWith('dev-') && file.endsWith('.jsonl'))
        .flatMap((file) => readFileSync(join(EVAL, file), 'utf8').split('\n').filter((line) => line.trim() !== ''))
        .map((line) => said(Line.parse(JSON.parse(line)).text ?? ''))
        .filter((text) => text !== '');
      expect(development.length).toBeGreaterThan(100);
      const samples = everySampleAndExample();
      const copied = development.filter((text) => samples.has(text));
      // Printed on failure with the intent each is a sample of, so the template can be rewritten.
      expect(copied.map((text) => `${text} (${samples.get(text) ?? ''})`)).toEqual([]);
      const phrases = [...new Set(development.filter((text) => text.split(' ').length >= 3))];
      const inside = [...samples.keys()].flatMap((sample) => phrases.filter((phrase) => ` ${sample} `.includes(` ${phrase} `)).map((phrase) => `${phrase} in "${sample}"`));
      expect(inside.slice(0, 20)).toEqual([]);
    },
  );

  it('are many, for every intent that has samples, and say what shoppers say', () => {
    const samples = everySampleAndExample();
    expect(samples.size).toBeGreaterThan(20_000);
    for (const phrase of ['could you put {product} on the list for me', "we're nearly out of {product}", 'go over my list with me', 'scratch that one off']) {
      expect(samples.has(said(phrase)), phrase).toBe(true);
    }
  });
});
