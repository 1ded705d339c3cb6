import { describe, expect, it } from 'vitest';
import type { PastOrder } from '../../src/catalog/history.ts';
import { catalogOf, type Product } from '../../src/catalog/product.ts';
import { Resolver } from '../../src/catalog/resolver.ts';
import { saidAsNamesSayIt } from '../../src/catalog/quantity.ts';

/** A name that says its product is without something ("sugar free") never is that something. */
const shelf: Product[] = [
  { id: 'g1', name: 'Sugarfree Spearmint Gum', category: 'snacks > mint gum' },
  { id: 'g2', name: 'Gluten Free Crackers', category: 'snacks > crackers' },
  { id: 's1', name: 'Cane Sugar', category: 'pantry > baking ingredients' },
  { id: 'w1', name: 'Whole Wheat Crackers', category: 'snacks > crackers' },
  { id: 'j1', name: 'Extra Pulp Grapefruit Juice', category: 'beverages > juice' },
  { id: 'j2', name: 'Pulp Free Grapefruit Juice', category: 'beverages > juice' },
];
const resolver = Resolver.build(catalogOf(shelf));
const orders = (ids: string[]): PastOrder[] => ids.map((id, at) => ({ orderId: `o${at}`, orderNumber: at + 1, productIds: [id] }));

describe('when a name says what its product is without', () => {
  it('"sugar" is the sugar, even for a household that buys sugar-free gum every week', () => {
    expect(resolver.resolve('sugar').product?.name).toBe('Cane Sugar');
    expect(resolver.resolve('sugar', { history: orders(['g1', 'g1', 'g1']) }).product?.name).toBe('Cane Sugar');
  });

  it('"sugar free gum" is the gum: said with "free", the word is found', () => {
    expect(resolver.resolve('sugar free gum').product?.name).toBe('Sugarfree Spearmint Gum');
  });

  it('"gluten crackers" are no gluten-free crackers', () => {
    expect(resolver.resolve('gluten free crackers').product?.name).toBe('Gluten Free Crackers');
    expect(resolver.resolve('gluten crackers').product?.name).not.toBe('Gluten Free Crackers');
  });

  it('"grapefruit juice without pulp", or "with no pulp", is the pulp free one, said back as said when asked about', () => {
    expect(resolver.resolve('grapefruit juice without pulp').product?.name).toBe('Pulp Free Grapefruit Juice');
    expect(resolver.resolve('grapefruit juice with no pulp').product?.name).toBe('Pulp Free Grapefruit Juice');
    expect(resolver.resolve('grapefruit juice with no pulp').query).toBe('grapefruit juice with no pulp');
    expect(resolver.resolve('extra pulp grapefruit juice').product?.name).toBe('Extra Pulp Grapefruit Juice');
  });

  it('what is left out runs to the next "and": "juice without pulp and sugar" is two things', () => {
    expect(resolver.resolveAll('grapefruit juice without pulp and cane sugar').map((found) => found.product?.name)).toEqual([
      'Pulp Free Grapefruit Juice',
      'Cane Sugar',
    ]);
  });

  it('"no" after a word the catalog does not know is a piece of a word heard apart, not a thing left out', () => {
    const known = (word: string): boolean => ['juice', 'pulp', 'peppers'].includes(word);
    expect(saidAsNamesSayIt(['juice', 'no', 'pulp'], known)).toEqual(['juice', 'with', 'pulp', 'free']);
    expect(saidAsNamesSayIt(['pobla', 'no', 'peppers'], known)).toEqual(['pobla', 'no', 'peppers']);
  });
});
