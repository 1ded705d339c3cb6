import { describe, expect, it } from 'vitest';
import type { PastOrder } from '../../src/catalog/history.ts';
import { catalogOf, type Product } from '../../src/catalog/product.ts';
import { Resolver } from '../../src/catalog/resolver.ts';

const rows: [string, string, string][] = [
  ['f1', 'Bananas', 'produce > fresh fruit'],
  ['v1', 'Baby Spinach', 'produce > packaged vegetables'],
  ['s1', 'Banana Spinach Smoothie', 'beverages > juice smoothies'],
  ['c1', 'Medium Roast Ground Coffee', 'beverages > coffee'],
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
