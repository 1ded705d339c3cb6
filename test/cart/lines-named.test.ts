import { describe, expect, it } from 'vitest';
import { findLineFor, linesMeantBy } from '../../src/cart/matching.ts';
import { lineFor } from '../../src/cart/requests.ts';
import { catalogOf, type Product } from '../../src/catalog/product.ts';
import type { Line } from '../../src/shopper/state.ts';

/** A cart whose gum is kept on a shelf named for mint gum: the shelf says the word the shopper will use of the line. */
const products: Product[] = [
  { id: 'g1', name: 'Natural Mint Gum', category: 'snacks > mint gum' },
  { id: 'm1', name: 'Whole Milk', category: 'dairy eggs > milk' },
];
const catalog = catalogOf(products);
function line(id: string): Line {
  const product = catalog.byId.get(id);
  if (product === undefined) throw new Error(`no product ${id}`);
  return lineFor(product, 1, null);
}

describe('a line named by a word of its name', () => {
  it('"the gum" is the one gum in the cart, to read, take off or change', () => {
    const cart = [line('g1'), line('m1')];
    expect(findLineFor('the gum', cart, catalog, {})?.productId).toBe('g1');
    expect(linesMeantBy('gum', cart, catalog, {}).map((l) => l.productId)).toEqual(['g1']);
  });
});
