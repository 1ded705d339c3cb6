import { describe, expect, it } from 'vitest';
import { catalogOf, type Product } from '../../src/catalog/product.ts';
import { Resolver } from '../../src/catalog/resolver.ts';

const rows: [string, string, string][] = [
  ['s01', 'Acetaminophen Extra Strength Tablets', 'personal care > muscles joints pain relief'],
  ['s02', 'Chicken Quesadilla', 'frozen > frozen meals'],
  ['s03', 'Cheese Quesadilla', 'frozen > frozen meals'],
  ['s04', 'Chicken Nuggets', 'frozen > frozen meat seafood'],
  ['s05', 'Dukag Rye Crackers', 'snacks > crackers'],
  ['s06', 'Large Brown Eggs', 'dairy eggs > eggs'],
  ['s07', 'Vitamin D Tablets', 'personal care > vitamins supplements'],
  ['s08', 'Set of Measuring Spoons', 'household > kitchen supplies'],
];
const products: Product[] = rows.map(([id, name, category]) => ({ id, name, category }));
const resolver = Resolver.build(catalogOf(products));
const productOf = (text: string): string | null => resolver.resolve(text).product?.name ?? null;

describe('when the recogniser splits a word it does not know into English-sounding pieces', () => {
  it('hears the pieces run together as the one catalog word', () => {
    expect(productOf('asset a mino fen tablets')).toBe('Acetaminophen Extra Strength Tablets');
    expect(productOf('chicken kay sa dilla')).toBe('Chicken Quesadilla');
  });

  it('does not run the noun asked for, heard as itself, into a sound-alike of something else', () => {
    expect(productOf('duck eggs')).not.toBe('Dukag Rye Crackers');
  });
});
