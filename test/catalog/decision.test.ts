import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DECISION_FEATURES, DEFAULT_RESOLUTION, HAND_SET_RESOLUTION, parseResolutionConfig } from '../../src/catalog/decision.ts';
import { catalogOf } from '../../src/catalog/product.ts';
import { Resolver } from '../../src/catalog/resolver.ts';
import { NOUN_OR_NOTHING } from '../support/decision.ts';

const SHIPPED = new URL('../../src/catalog/resolution.json', import.meta.url);

/** A small store with words that name one thing and also describe another. */
const SMALL_STORE = catalogOf([
  { id: 'm1', name: 'Whole Milk', category: 'dairy eggs > milk' },
  { id: 'm2', name: 'Large White Eggs', category: 'dairy eggs > eggs' },
  { id: 'm3', name: 'Lemonade Scented Candle', category: 'household > air fresheners candles' },
  { id: 'm4', name: 'Sourdough Bread', category: 'bakery > bread' },
  { id: 'm5', name: 'Tortilla Chips', category: 'snacks > chips pretzels' },
]);

describe('the resolution configuration', () => {
  it('ships a file that validates, with a weight for every feature, and the hand-set decision in use', () => {
    const config = parseResolutionConfig(JSON.parse(readFileSync(SHIPPED, 'utf8')), 'resolution.json');
    expect(config).toEqual(DEFAULT_RESOLUTION);
    expect(Object.keys(config.accept?.weights ?? {}).sort()).toEqual([...DECISION_FEATURES].sort());
    expect(config.decision).toBe('hand-set');
    expect(Object.isFrozen(DEFAULT_RESOLUTION)).toBe(true);
  });

  it('refuses a fitted decision without its model, a missing weight, an unknown feature and a threshold beyond 1', () => {
    const weights = Object.fromEntries(DECISION_FEATURES.map((name) => [name, 0]));
    const { bias: _dropped, ...missing } = weights;
    expect(() => parseResolutionConfig({ decision: 'fitted', accept: null }, 'a')).toThrow(/a: not a resolution configuration/);
    expect(() => parseResolutionConfig({ decision: 'fitted', accept: { weights: missing, threshold: 0.5 } }, 'b')).toThrow(/bias/);
    expect(() => parseResolutionConfig({ decision: 'fitted', accept: { weights: { ...weights, colour: 1 }, threshold: 0.5 } }, 'c')).toThrow(/colour/);
    expect(() => parseResolutionConfig({ decision: 'fitted', accept: { weights, threshold: 2 } }, 'd')).toThrow(/threshold/);
    expect(parseResolutionConfig({ decision: 'hand-set', accept: null }, 'e')).toEqual(HAND_SET_RESOLUTION);
  });
});

describe('a fitted decision in the resolver', () => {
  const handSet = Resolver.build(SMALL_STORE, { resolution: HAND_SET_RESOLUTION });
  const fitted = Resolver.build(SMALL_STORE, { resolution: NOUN_OR_NOTHING });

  it('turns down an answer it finds unlikely, for an honest none with the nearest products offered', () => {
    expect(handSet.resolve('lemonade').product?.id).toBe('m3');
    const none = fitted.resolve('lemonade');
    expect(none.product).toBeNull();
    expect(none.alternatives.map((p) => p.id)).toContain('m3');
  });

  it('keeps the answers it finds likely, and cuts a list into items as the hand-set gate does', () => {
    expect(fitted.resolve('a scented candle').product?.id).toBe('m3');
    expect(fitted.resolveAll('milk, eggs and bread').map((r) => r.product?.id)).toEqual(['m1', 'm2', 'm4']);
    expect(fitted.resolveAll('milk and eggs').map((r) => r.product?.id)).toEqual(['m1', 'm2']);
    expect(fitted.resolveAll('two bags of tortilla chips').map((r) => [r.product?.id, r.quantity])).toEqual([['m5', 2]]);
  });

  it('answers as the hand-set gate does while the shipped file keeps that gate in use', () => {
    const shipped = Resolver.build(SMALL_STORE);
    for (const text of ['lemonade', 'candle', 'whole milk', 'tortilla chips', 'garden hose']) {
      expect(shipped.resolve(text).product?.id).toBe(handSet.resolve(text).product?.id);
    }
  });
});
