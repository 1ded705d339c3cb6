import { describe, expect, it } from 'vitest';
import type { PastOrder } from '../../src/catalog/history.ts';
import { catalogOf, type Product } from '../../src/catalog/product.ts';
import { Resolver } from '../../src/catalog/resolver.ts';

const shelf: Product[] = [
  { id: 'j1', name: 'Squeezed Oj', category: 'beverages > juice nectars' },
  { id: 'j2', name: 'Country Style Orange Juice', category: 'beverages > refrigerated' },
  { id: 'j3', name: 'Apple Juice', category: 'beverages > juice nectars' },
  { id: 'm1', name: 'Skim Milk', category: 'dairy eggs > milk' },
  { id: 'm2', name: 'Fat Free Milk', category: 'dairy eggs > milk' },
  { id: 'm3', name: 'Whole Milk', category: 'dairy eggs > milk' },
  { id: 'm4', name: 'Unsweetened Almond Milk', category: 'dairy eggs > soy lactosefree' },
  { id: 'y1', name: 'Almond Milk Honey Yogurt', category: 'dairy eggs > yogurt' },
  { id: 'y2', name: 'Honey Greek Yogurt', category: 'dairy eggs > yogurt' },
  { id: 'y3', name: 'Strawberry Yogurt', category: 'dairy eggs > yogurt' },
  { id: 'c1', name: 'Sour Cream & Onion Dip', category: 'deli > dips' },
  { id: 'c2', name: 'Sour Cream', category: 'dairy eggs > other creams cheeses' },
  { id: 'c3', name: 'Sweet Onion', category: 'produce > fresh vegetables' },
  { id: 'k1', name: 'Multigrain Bagel Crisps', category: 'snacks > crackers' },
  { id: 'k2', name: 'Tortilla Chips', category: 'snacks > chips pretzels' },
];
const resolver = Resolver.build(catalogOf(shelf));
const buys = (...ids: string[]): { history: PastOrder[] } => ({
  history: [1, 2, 3].map((n) => ({ orderId: `o${n}`, orderNumber: n, productIds: ids })),
});
const names = (text: string, context = {}): (string | undefined)[] => resolver.resolveAll(text, context).map((r) => r.product?.name);

describe('two everyday things joined by "and", each with a word before its noun', () => {
  it('"honey yogurt and almond milk" is a yogurt and a milk, not the one yogurt whose name has every word', () => {
    const [yogurt, milk, more] = names('honey yogurt and almond milk');
    expect(yogurt).toMatch(/Honey .*Yogurt/);
    expect([milk, more]).toEqual(['Unsweetened Almond Milk', undefined]);
  });

  it('"sour cream and onion dip" stays one dip: names join the words around its "and"', () => {
    expect(names('sour cream and onion dip')).toEqual(['Sour Cream & Onion Dip']);
  });
});

describe('a pair the store itself joins with "and" in a name it gives a product', () => {
  const store = Resolver.build(
    catalogOf([
      { id: 'p1', name: 'Original Macaroni & Cheese Dinner', category: 'pantry > pasta', synonyms: ['mac and cheese'] },
      { id: 'p2', name: 'Elbow Macaroni', category: 'pantry > pasta', synonyms: ['mac'] },
      { id: 'p3', name: 'Cream Cheese', category: 'dairy eggs > other creams cheeses' },
      { id: 'p4', name: 'Sourdough Bread', category: 'bakery > bread' },
    ]),
  );

  it('"mac and cheese and sourdough bread" is the dinner and the bread, never macaroni and a cheese', () => {
    expect(store.resolveAll('mac and cheese and sourdough bread').map((r) => r.product?.name)).toEqual(['Original Macaroni & Cheese Dinner', 'Sourdough Bread']);
  });
});

describe('a household that buys the thing a short word is said for', () => {
  it('"oj" is the orange juice it buys, though another is named in the short word', () => {
    expect(resolver.resolve('oj', buys('j2')).product?.name).toBe('Country Style Orange Juice');
    expect(resolver.resolve('oj').product?.name).toBe('Squeezed Oj');
  });

  it('"skim milk" is the fat free milk it buys; a shopper with no habit gets the skim milk', () => {
    expect(resolver.resolve('skim milk', buys('m2')).product?.name).toBe('Fat Free Milk');
    expect(resolver.resolve('skim milk').product?.name).toBe('Skim Milk');
  });

  it('"chips" of a household that buys bagel crisps and tortilla chips are the chips: crisps are said for chips, not short for them', () => {
    expect(resolver.resolve('chips', buys('k1', 'k1', 'k2')).product?.name).toBe('Tortilla Chips');
  });
});
