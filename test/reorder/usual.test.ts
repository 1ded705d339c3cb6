import { describe, expect, it } from 'vitest';
import type { PastOrder } from '../../src/catalog/history.ts';
import { lastOrder, predictUsualBasket, reorderProbabilities } from '../../src/reorder/usual.ts';

function ordersOf(...baskets: string[][]): PastOrder[] {
  return baskets.map((productIds, i) => ({ orderId: `o${i + 1}`, orderNumber: i + 1, productIds }));
}

describe('the usual basket', () => {
  it('when the shopper buys milk in every order, then milk is in their usual', () => {
    const orders = ordersOf(['milk', 'bread', 'apples'], ['milk', 'eggs'], ['milk', 'bread', 'rice'], ['milk', 'cheese'], ['milk', 'bread']);
    expect(predictUsualBasket(orders)).toContain('milk');
    expect(predictUsualBasket(orders)[0]).toBe('milk');
  });

  it('when the shopper bought a cake once, long ago, then it is left out', () => {
    const orders = ordersOf(
      ['milk', 'bread', 'birthday-cake'],
      ['milk', 'bread'],
      ['milk', 'bread', 'eggs'],
      ['milk', 'bread'],
      ['milk', 'bread', 'eggs'],
      ['milk', 'bread'],
    );
    const usual = predictUsualBasket(orders);
    expect(usual).not.toContain('birthday-cake');
    expect(usual).toEqual(expect.arrayContaining(['milk', 'bread']));
  });

  it('when the shopper buys a few staples at a time, then the usual is short; when they fill big baskets, it is long', () => {
    const staples = ['milk', 'bread'];
    const small = ordersOf(...Array.from({ length: 6 }, (_, i) => [...staples, `treat-${i}`]));
    const pantry = Array.from({ length: 14 }, (_, i) => `pantry-${i}`);
    const big = ordersOf(...Array.from({ length: 6 }, (_, i) => [...staples, ...pantry.filter((_, j) => (i + j) % 4 !== 0), `treat-${i}`]));
    const smallUsual = predictUsualBasket(small);
    const bigUsual = predictUsualBasket(big);
    expect(smallUsual.length).toBeLessThanOrEqual(3);
    expect(bigUsual.length).toBeGreaterThanOrEqual(8);
  });

  it('when the last few baskets were small, then the usual shrinks to match', () => {
    const weekly = Array.from({ length: 10 }, (_, i) => `item-${i}`);
    const bigThenSmall = ordersOf(weekly, weekly, weekly, weekly, ['item-0', 'item-1'], ['item-0', 'item-1'], ['item-0', 'item-1']);
    const usual = predictUsualBasket(bigThenSmall);
    expect(usual.slice(0, 2).sort()).toEqual(['item-0', 'item-1']);
    expect(usual.length).toBeLessThan(weekly.length);
  });

  it('gives the same basket every time for the same history, whatever order the orders are given in', () => {
    const orders = ordersOf(['a', 'b', 'c'], ['b', 'c', 'd'], ['c', 'd', 'e'], ['a', 'e', 'f']);
    const first = predictUsualBasket(orders);
    expect(predictUsualBasket(orders)).toEqual(first);
    expect(predictUsualBasket([...orders].reverse())).toEqual(first);
  });

  it('when the shopper has never ordered, then there is no usual', () => {
    expect(predictUsualBasket([])).toEqual([]);
    expect(reorderProbabilities([])).toEqual([]);
    expect(lastOrder([])).toEqual([]);
  });

  it('after a single order, suggests from it rather than nothing', () => {
    const usual = predictUsualBasket(ordersOf(['milk', 'bread', 'eggs']));
    expect(usual.length).toBeGreaterThan(0);
    expect(['milk', 'bread', 'eggs']).toEqual(expect.arrayContaining(usual));
  });

  it('rates a product bought every time above one bought now and then, and both above one bought once', () => {
    const orders = ordersOf(['milk', 'jam', 'kite'], ['milk'], ['milk', 'jam'], ['milk'], ['milk', 'jam'], ['milk']);
    const byId = new Map(reorderProbabilities(orders).map((s) => [s.productId, s.probability]));
    expect(byId.get('milk')).toBeGreaterThan(byId.get('jam') ?? 1);
    expect(byId.get('jam')).toBeGreaterThan(byId.get('kite') ?? 1);
  });

  it('refuses coefficients that do not fit the features', () => {
    expect(() => predictUsualBasket(ordersOf(['milk']), { coefficients: [1, 2] })).toThrow(/coefficients/);
  });
});

describe('the last order', () => {
  it('when the shopper asks for what they got last time, then it is their latest order, each product once', () => {
    const orders = ordersOf(['milk'], ['bread', 'eggs', 'bread']);
    expect(lastOrder(orders)).toEqual(['bread', 'eggs']);
    expect(lastOrder([...orders].reverse())).toEqual(['bread', 'eggs']);
  });
});
