import { describe, expect, it } from 'vitest';
import type { PastOrder } from '../../src/catalog/history.ts';
import { catalogOf, type Product } from '../../src/catalog/product.ts';
import { Resolver } from '../../src/catalog/resolver.ts';

const rows: [string, string, string][] = [
  ['f1', 'Bananas', 'produce > fresh fruit'],
  ['v1', 'Baby Spinach', 'produce > packaged vegetables'],
  ['s1', 'Banana Spinach Smoothie', 'beverages > juice smoothies'],
  ['c1', 'Medium Roast Ground Coffee', 'beverages > coffee'],
  ['b1', 'Thick Cut Bacon', 'meat seafood > bacon'],
  ['r1', 'Ranch Dressing', 'pantry > salad dressing'],
  ['r2', 'Bacon Ranch Dressing', 'pantry > salad dressing'],
];
const products: Product[] = rows.map(([id, name, category]) => ({ id, name, category }));
const resolver = Resolver.build(catalogOf(products));
/** A household that drinks the smoothie every week and buys bananas and spinach now and then. */
const history: PastOrder[] = [['s1', 'f1'], ['s1'], ['s1', 'v1'], ['s1']].map((productIds, at) => ({ orderId: `o${at + 1}`, orderNumber: at + 1, productIds }));
const itemsOf = (text: string): string[] => resolver.resolveAll(text, { history }).map((resolution) => resolution.product?.name ?? 'nothing');

describe('"my usual" said before a thing', () => {
  it('"my usual bananas and some spinach" is the bananas and the spinach, never the smoothie that has both words', () => {
    expect(itemsOf('my usual bananas and some spinach')).toEqual(['Bananas', 'Baby Spinach']);
  });

  it('"the usual coffee" is the coffee', () => {
    expect(itemsOf('the usual coffee')).toEqual(['Medium Roast Ground Coffee']);
  });

  it('"my usual" alone names no product: it asks for the usual basket, which the skill offers', () => {
    expect(itemsOf('my usual')).toEqual(['nothing']);
  });
});

describe('a household\'s habits on each side of "and"', () => {
  it('"bacon and ranch" of a household that buys bacon and ranch is the two, never the dressing named for both', () => {
    const buysBoth: PastOrder[] = [['b1', 'r1'], ['b1'], ['r1', 'b1']].map((productIds, at) => ({ orderId: `o${at + 1}`, orderNumber: at + 1, productIds }));
    expect(resolver.resolveAll('bacon and ranch', { history: buysBoth }).map((resolution) => resolution.product?.name)).toEqual(['Thick Cut Bacon', 'Ranch Dressing']);
  });

  it('a household that buys the dressing named for both gets the dressing', () => {
    const buysTheDressing: PastOrder[] = [['r2'], ['r2', 'b1'], ['r2']].map((productIds, at) => ({ orderId: `o${at + 1}`, orderNumber: at + 1, productIds }));
    expect(resolver.resolveAll('bacon and ranch', { history: buysTheDressing }).map((resolution) => resolution.product?.name)).toEqual(['Bacon Ranch Dressing']);
  });
});
