import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Resolver } from '../../src/catalog/resolver.ts';
import { fixtureCatalog, products } from './fixture-catalog.ts';

const catalog = fixtureCatalog();
const resolver = Resolver.build(catalog);

/** Requests built from catalog words, filler, amounts and noise, besides arbitrary strings. */
const vocabulary = [
  ...new Set(products.flatMap((p) => p.name.split(' '))),
  'two', 'a', 'bag', 'of', 'and', 'some', 'half', 'dozen', 'pounds', '%', '&', "'s", 'um', 'please', '', ' ',
];
const request = fc.oneof(
  fc.string({ maxLength: 60 }),
  fc.array(fc.constantFrom(...vocabulary), { maxLength: 12 }).map((words) => words.join(' ')),
);

describe('resolution holds for any request', () => {
  it('never throws, and answers with a catalog product or none', () => {
    fc.assert(
      fc.property(request, (text) => {
        for (const resolution of [resolver.resolve(text), ...resolver.resolveAll(text)]) {
          if (resolution.product !== null) expect(catalog.byId.get(resolution.product.id)).toBe(resolution.product);
          for (const alternative of resolution.alternatives) expect(catalog.byId.has(alternative.id)).toBe(true);
          expect(resolution.alternatives.length).toBeLessThanOrEqual(5);
          expect(resolution.alternatives).not.toContain(resolution.product);
          if (resolution.quantity !== null) expect(resolution.quantity).toBeGreaterThan(0);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('gives the same answer to the same request', () => {
    const fresh = Resolver.build(catalog);
    fc.assert(
      fc.property(request, (text) => {
        const first = resolver.resolve(text);
        expect(fresh.resolve(text)).toEqual(first);
        expect(resolver.resolve(text)).toEqual(first);
      }),
      { numRuns: 200 },
    );
  });
});
