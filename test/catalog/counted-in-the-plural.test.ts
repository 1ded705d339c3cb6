import { describe, expect, it } from 'vitest';
import type { PastOrder } from '../../src/catalog/history.ts';
import { catalogOf, type Product } from '../../src/catalog/product.ts';
import { Resolver } from '../../src/catalog/resolver.ts';

/**
 * A store where more yogurts are named for a fruit, in the singular, than fruit is sold under its
 * name: "Peach", "Raspberry" and "Blueberry" are yogurt flavours; the fruit itself is counted, in the plural.
 */
const rows: [string, string, string][] = [
  ['y1', 'Peach', 'dairy eggs > yogurt'],
  ['y2', 'Raspberry', 'dairy eggs > yogurt'],
  ['y3', 'Blueberry', 'dairy eggs > yogurt'],
  ['y4', 'Peach Greek Yogurt', 'dairy eggs > yogurt'],
  ['y5', 'Raspberry Lowfat Yogurt', 'dairy eggs > yogurt'],
  ['y6', 'Peach Whole Milk Yogurt', 'dairy eggs > yogurt'],
  ['f1', 'Peaches', 'produce > fresh fruits'],
  ['f2', 'Raspberries', 'produce > fresh fruits'],
  ['f3', 'Organic Raspberries', 'produce > fresh fruits'],
  ['w1', 'Peach with Electrolytes Water Beverage', 'beverages > water seltzer'],
  // Kept on two shelves of one department, as stores do with what is both fruit and vegetable.
  ['v1', 'Avocados', 'produce > fresh vegetables'],
  ['v2', 'Organic Hass Avocado', 'produce > fresh fruits'],
];
/** The rest of a small store, so that a fruit's name is as rare in it as in a real one. */
const shelves = ['Whole Milk', 'Large Eggs', 'Sourdough Bread', 'Salted Butter', 'Cheddar Cheese', 'Ground Coffee', 'Green Tea', 'Spaghetti', 'Marinara Sauce', 'Long Grain Rice', 'Black Beans', 'Paper Towels', 'Dish Soap', 'Tortilla Chips', 'Orange Juice', 'Chicken Breasts', 'Ground Beef', 'Baby Carrots', 'Yellow Onions', 'Russet Potatoes'];
const products: Product[] = [...rows.map(([id, name, category]) => ({ id, name, category })), ...shelves.map((name, at) => ({ id: `s${at}`, name, category: 'pantry > other' }))];
const resolver = Resolver.build(catalogOf(products));
const ordersOf = (...orders: string[][]): PastOrder[] => orders.map((productIds, at) => ({ orderId: `o${at + 1}`, orderNumber: at + 1, productIds }));

describe('a thing counted, said in the plural', () => {
  it('"peaches" and "raspberries" are the fruit, never a yogurt flavour named for it in the singular', () => {
    expect(resolver.resolve('peaches').product?.name).toBe('Peaches');
    expect(resolver.resolve('raspberries').product?.name).toBe('Raspberries');
  });

  it('"peaches" of a household that buys a peach-flavoured water every week are still the fruit', () => {
    const history = ordersOf(['w1'], ['w1'], ['w1', 'y4'], ['w1']);
    expect(resolver.resolve('peaches', { history }).product?.name).toBe('Peaches');
  });

  it('"avocados" of a household that buys its own organic avocado, shelved apart from the store\'s Avocados, is the household\'s', () => {
    const history = ordersOf(['v2'], ['v2', 's0'], ['v2']);
    expect(resolver.resolve('avocados', { history }).product?.name).toBe('Organic Hass Avocado');
    expect(resolver.resolve('avocados').product?.name).toBe('Avocados');
  });

  it('"peach" in the singular still says which flavour of yogurt, and "peach yogurt" is a yogurt', () => {
    expect(resolver.resolve('peach yogurt').product?.category).toBe('dairy eggs > yogurt');
  });
});
