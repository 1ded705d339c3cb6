import { describe, expect, it } from 'vitest';
import { coverTemplate, coverTemplates, expandTemplate, expandTemplates } from '../../src/interaction-model/expand.ts';

describe('expanding sample templates', () => {
  it('gives every combination of the choices, an empty choice meaning the words are optional', () => {
    expect(expandTemplate('(add|put) {product} (on|) my list')).toEqual([
      'add {product} on my list', 'add {product} my list', 'put {product} on my list', 'put {product} my list',
    ]);
  });

  it('treats square brackets as optional words', () => {
    expect(expandTemplate('add {product} [please]')).toEqual(['add {product} please', 'add {product}']);
  });

  it('keeps each sample once, in first-seen order', () => {
    expect(expandTemplates(['(undo|undo)', 'undo that', '(undo that|revert)'])).toEqual(['undo', 'undo that', 'revert']);
  });
});

describe('covering a template with a few of its samples', () => {
  const template = '(can|could|would) you (add|put|pop) {product} (to|on|onto) (my|the) list';

  it('keeps the commonest phrasing (every first choice) and every phrasing that departs from it in one place', () => {
    const covered = coverTemplate(template);
    expect(covered[0]).toBe('can you add {product} to my list');
    for (const departure of ['could you add {product} to my list', 'can you pop {product} to my list', 'can you add {product} onto my list', 'can you add {product} to the list']) {
      expect(covered).toContain(departure);
    }
  });

  it('says every choice next to every choice of the following group, in far fewer samples than every combination', () => {
    const covered = coverTemplate(template);
    const pairs = [
      ['can|could|would', 'add|put|pop'],
      ['add|put|pop', 'to|on|onto'],
      ['to|on|onto', 'my|the'],
    ] as const;
    for (const [first, second] of pairs) {
      for (const a of first.split('|')) {
        for (const b of second.split('|')) {
          expect(covered.some((sample) => ` ${sample} `.includes(` ${a} `) && ` ${sample} `.includes(` ${b} `)), `${a} … ${b}`).toBe(true);
        }
      }
    }
    expect(covered.length).toBeLessThan(expandTemplate(template).length / 2);
    expect(new Set(covered).size).toBe(covered.length);
    expect(coverTemplate(template)).toEqual(covered);
  });

  it('gives every sample of a template with one choice or none', () => {
    expect(coverTemplate('(yes|yeah|sure)')).toEqual(['yes', 'yeah', 'sure']);
    expect(coverTemplates(['undo', '(undo|revert) that'])).toEqual(['undo', 'undo that', 'revert that']);
  });
});
