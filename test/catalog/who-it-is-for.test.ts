import { describe, expect, it } from 'vitest';
import { catalogOf, type Product } from '../../src/catalog/product.ts';
import { Resolver } from '../../src/catalog/resolver.ts';

const rows: [string, string, string][] = [
  ['k1', 'Kids Party Mix', 'snacks > candy chocolate'],
  ['k2', 'Kids Strawberry Yogurt Cups', 'dairy eggs > yogurt'],
  ['k3', 'Kids Organic Fruit Snacks', 'snacks > fruit vegetable snacks'],
  ['n1', 'Breaded Chicken Nuggets', 'frozen > frozen meat seafood'],
  ['n2', 'Dino Chicken Nuggets', 'frozen > frozen meat seafood'],
  ['f1', 'Crinkle Cut Fries', 'frozen > frozen appetizers sides'],
  ['m1', 'Whole Milk', 'dairy eggs > milk'],
];
// As in real catalogs, "kids" says who names are for, and hardly any name is about kids themselves.
const forKids = ['Toothpaste', 'Shampoo', 'Sunscreen', 'Crackers', 'Cereal Bars', 'Pasta Shapes', 'Pretzels', 'Toothbrush', 'Bubble Bath', 'Cheddar Bunnies', 'Granola Bites', 'Oat Bars', 'Pouches', 'Soap', 'Cough Syrup', 'Lip Balm', 'Mac Cheese', 'Veggie Puffs', 'Fish Oil'].flatMap((name) => [name, `Organic ${name}`]).map(
  (name, at): [string, string, string] => [`q${at}`, `Kids ${name}`, ['pantry > snacks', 'personal care > oral care', 'personal care > hair care', 'babies > baby food'][at % 4] ?? ''],
);
const products: Product[] = [...rows, ...forKids].map(([id, name, category]) => ({ id, name, category }));
const resolver = Resolver.build(catalogOf(products));
const itemsOf = (text: string): string[] => resolver.resolveAll(text).map((resolution) => resolution.product?.name ?? 'nothing');

describe('when the shopper says who a thing is for before it', () => {
  it('"the kids chicken nuggets" is one thing, nuggets, never a candy the store calls Kids Party Mix beside them', () => {
    const items = itemsOf('the kids chicken nuggets');
    expect(items).toHaveLength(1);
    expect(items[0]).toMatch(/Chicken Nuggets$/);
  });
});
