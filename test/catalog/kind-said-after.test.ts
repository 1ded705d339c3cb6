import { describe, expect, it } from 'vitest';
import { catalogOf, type Product } from '../../src/catalog/product.ts';
import { Resolver } from '../../src/catalog/resolver.ts';

const rows: [string, string, string][] = [
  ['f1', 'Sardines in Olive Oil', 'canned goods > canned meat seafood'],
  ['f2', 'Wild Atlantic Salmon', 'meat seafood > seafood counter'],
  ['f3', 'Ocean Fish & Sardine Pate Cat Food', 'pets > cat food care'],
  ['f4', 'Whitefish Dinner Cat Food', 'pets > cat food care'],
  ['f5', 'Battered Fish Fillets', 'frozen > frozen meat seafood'],
  ['f6', 'Fish', 'meat seafood > seafood counter'],
  ['m1', 'Pork Loin Chops', 'meat seafood > pork'],
  ['m2', 'Beef Stew Meat', 'meat seafood > beef'],
  ['m3', 'Ground Pork', 'meat seafood > pork'],
  ['m4', 'Luncheon Meat', 'deli > lunch meat'],
];
const products: Product[] = rows.map(([id, name, category]) => ({ id, name, category }));
const resolver = Resolver.build(catalogOf(products));
const itemsOf = (text: string): string[] => resolver.resolveAll(text).map((resolution) => resolution.product?.name ?? 'nothing');

describe('when the shopper names a thing and then the kind of thing it is', () => {
  it('"sardine fish" is the sardines: one item, never a cat food that prints both words, nor sardines and a fish', () => {
    expect(itemsOf('a can of sardine fish')).toEqual(['Sardines in Olive Oil']);
    expect(itemsOf('salmon fish')).toEqual(['Wild Atlantic Salmon']);
  });

  it('"pork meat" is pork: the meat said is no beef that a meat name prints', () => {
    expect(itemsOf('pork meat')).not.toContain('Beef Stew Meat');
    expect(itemsOf('pork meat')).toHaveLength(1);
  });

  it('a kind of fish the store does not sell is not any fish: "haddock fillets" finds none', () => {
    expect(itemsOf('haddock fillets')).toEqual(['nothing']);
  });

  it('the kind said alone is still the thing itself', () => {
    expect(itemsOf('a pound of fish')).toEqual(['Fish']);
  });
});
