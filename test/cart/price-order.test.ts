import { describe, expect, it } from 'vitest';
import { atPriceEnd, priceOrderSaid } from '../../src/cart/choosing.ts';
import type { Product } from '../../src/catalog/product.ts';

const butter: Product = { id: 'b1', name: 'Salted Butter', category: 'dairy eggs > butter', price: 5.49 };
const unsalted: Product = { id: 'b2', name: 'Unsalted Butter', category: 'dairy eggs > butter', price: 5.99 };
const peanut: Product = { id: 'p1', name: 'Crunchy Peanut Butter', category: 'pantry > spreads', price: 3.29 };
const unpriced: Product = { id: 'b3', name: 'Irish Butter', category: 'dairy eggs > butter' };

describe('which one costs least or most', () => {
  it('reads the words shoppers use for either end', () => {
    expect(priceOrderSaid('least expensive')).toBe('cheapest');
    expect(priceOrderSaid('Priciest')).toBe('dearest');
    expect(priceOrderSaid('tastiest')).toBeUndefined();
  });

  it('keeps to the aisle of the product meant: the cheapest butter is no peanut butter, and an unpriced one is never it', () => {
    const named = [peanut, unpriced, unsalted, butter];
    expect(atPriceEnd(named, 'butter', 'cheapest', butter)?.name).toBe('Salted Butter');
    expect(atPriceEnd(named, 'butter', 'dearest', butter)?.name).toBe('Unsalted Butter');
  });

  it('without a product meant, takes names ending in the noun said; with no price at all, none', () => {
    expect(atPriceEnd([peanut, butter], 'butter', 'cheapest')?.name).toBe('Crunchy Peanut Butter');
    expect(atPriceEnd([unpriced], 'butter', 'cheapest')).toBeUndefined();
  });
});
