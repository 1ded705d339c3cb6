import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { shiftToExpectedCount } from '../../src/reorder/calibration.ts';
import { bestBasketSize, expectedF1BySize } from '../../src/reorder/expected-f1.ts';
import { fitLogistic, predictProbability } from '../../src/learning/logistic.ts';
import { basketF1, frequentProducts, holdOutLastOrders } from '../../src/reorder/usual-evaluation.ts';
import { FEATURE_NAMES, productFeatures } from '../../src/reorder/usual-features.ts';
import { crossValidatedUsualF1, fitUsualCoefficients, reorderExamples } from '../../src/reorder/usual-training.ts';

const ordersOf = (...baskets: string[][]) => baskets.map((productIds, i) => ({ orderId: `o${i + 1}`, orderNumber: i + 1, productIds }));

describe('choosing the basket size by expected F1', () => {
  it('takes one coin-flip product at F1 one half', () => {
    expect(expectedF1BySize([0.5])).toEqual([0, 0.5]);
  });

  it('keeps near-certain products and drops unlikely ones', () => {
    expect(bestBasketSize([0.95, 0.9, 0.05, 0.02])).toBe(2);
  });

  it('predicts a longer list when every product is an even bet', () => {
    expect(bestBasketSize([0.3, 0.3, 0.3, 0.3, 0.3, 0.3])).toBeGreaterThan(bestBasketSize([0.9, 0.3, 0.1, 0.05, 0.05, 0.05]));
  });

  it('names at least one product when there are any, and none when there are none', () => {
    expect(bestBasketSize([0.01, 0.001])).toBe(1);
    expect(bestBasketSize([])).toBe(0);
  });
});

describe('shifting probabilities to an expected basket', () => {
  it('makes them add up to the expected count and keeps their order', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0.01, max: 0.99, noNaN: true }), { minLength: 1, maxLength: 30 }), fc.double({ min: 0.1, max: 0.9, noNaN: true }), (ps, share) => {
        const expected = share * ps.length;
        const shifted = shiftToExpectedCount(ps, expected);
        expect(shifted.reduce((a, b) => a + b, 0)).toBeCloseTo(expected, 6);
        ps.forEach((p, i) => ps.forEach((q, j) => {
          if (p < q) expect(shifted[i]).toBeLessThanOrEqual(shifted[j] ?? 0);
        }));
      }),
    );
  });
});

describe('the logistic regression', () => {
  it('learns that a feature which goes with the event raises its probability', () => {
    const examples = Array.from({ length: 200 }, (_, i) => {
      const x = (i % 20) / 10 - 1;
      return { features: [1, x], label: (i * 7919) % 100 < 50 + 40 * x };
    });
    const coefficients = fitLogistic(examples);
    expect(coefficients[1]).toBeGreaterThan(1);
    expect(predictProbability(coefficients, [1, 1])).toBeGreaterThan(predictProbability(coefficients, [1, -1]));
  });
});

describe('fitting the usual-basket model', () => {
  it('learns from hand-written shoppers that what is bought every time comes back', () => {
    const loyal = ordersOf(['milk', 'a1'], ['milk', 'a2'], ['milk', 'a3'], ['milk', 'a4'], ['milk', 'a5']);
    const other = ordersOf(['tea', 'b1', 'b2'], ['tea', 'b3'], ['tea', 'b1'], ['tea', 'b4'], ['tea']);
    const coefficients = fitUsualCoefficients(new Map([['u1', loyal], ['u2', other]]));
    expect(coefficients).toHaveLength(FEATURE_NAMES.length);
    const shareIndex = FEATURE_NAMES.indexOf('share');
    expect(coefficients[shareIndex]).toBeGreaterThan(0);
  });

  it('scores shoppers left out of the fit on their last orders, perfectly when each buys the same basket every time', () => {
    const history = new Map(
      Array.from({ length: 4 }, (_, u) => [`u${u}`, ordersOf(...Array.from({ length: 4 }, () => [`staple-${u}`, `other-${u}`]))] as const),
    );
    expect(crossValidatedUsualF1(history, 2)).toBe(1);
    expect(crossValidatedUsualF1(history, 2, { lastOrders: 3 })).toBe(1);
  });

  it('averages over every held-out order: a loyal shopper scores 1 each time, one who never buys anything twice 0', () => {
    const history = new Map([
      ['loyal', ordersOf(['milk'], ['milk'], ['milk'])],
      ['explorer', ordersOf(['a'], ['b'], ['c'])],
    ]);
    expect(crossValidatedUsualF1(history, 2, { lastOrders: 2 })).toBe(0.5);
  });

  it('labels each earlier product by whether the next order bought it again', () => {
    const examples = reorderExamples(ordersOf(['milk', 'cake'], ['milk']));
    expect(examples.map((e) => e.label)).toEqual([true, false]);
  });

  it('describes every product bought with one value per feature', () => {
    const features = productFeatures(ordersOf(['milk', 'bread'], ['milk']));
    expect(features.map((f) => f.productId)).toEqual(['milk', 'bread']);
    for (const f of features) expect(f.values).toHaveLength(FEATURE_NAMES.length);
  });
});

describe('scoring predictions', () => {
  it('scores F1 as the Instacart competition did', () => {
    expect(basketF1(['a', 'b'], ['b', 'c'])).toBe(0.5);
    expect(basketF1([], ['a'])).toBe(0);
  });

  it('holds out each shopper’s last order, skipping shoppers with one order', () => {
    const cases = holdOutLastOrders(new Map([['u1', ordersOf(['a'], ['b'])], ['u2', ordersOf(['c'])]]));
    expect(cases).toEqual([{ user: 'u1', earlier: ordersOf(['a']), next: ['b'] }]);
  });

  it('holds out each of a shopper’s last few orders in turn, always keeping one earlier order to predict from', () => {
    const cases = holdOutLastOrders(new Map([['u1', ordersOf(['a'], ['b'], ['c'])], ['u2', ordersOf(['d'], ['e'])]]), 3);
    expect(cases).toEqual([
      { user: 'u1', earlier: ordersOf(['a'], ['b']), next: ['c'] },
      { user: 'u1', earlier: ordersOf(['a']), next: ['b'] },
      { user: 'u2', earlier: ordersOf(['d']), next: ['e'] },
    ]);
  });

  it('finds what was bought in at least a fifth of orders', () => {
    expect(frequentProducts(ordersOf(['a', 'b'], ['a'], ['a'], ['a'], ['a'], ['a']), 0.2).sort()).toEqual(['a']);
  });
});
