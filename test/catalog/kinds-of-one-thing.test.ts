import { describe, expect, it } from 'vitest';
import { catalogOf, type Product } from '../../src/catalog/product.ts';
import { Resolver } from '../../src/catalog/resolver.ts';

/**
 * A store where fruit, chocolate and coffee are sold on their own and also flavour ice creams and
 * yogurts, so a flavour said before "and" could be read as the fruit or the bar.
 */
const rows: [string, string, string][] = [
  ['f1', 'Strawberries', 'produce > fresh fruit'],
  ['f2', 'Peaches', 'produce > fresh fruit'],
  ['f3', 'Gala Apples', 'produce > fresh fruit'],
  ['c1', 'Dark Chocolate Bar', 'snacks > candy chocolate'],
  ['c2', 'Milk Chocolate Bar', 'snacks > candy chocolate'],
  ['c3', 'Chocolate', 'snacks > candy chocolate'],
  ['c4', 'Chocolate Chip Cookies', 'snacks > cookies'],
  ['i1', 'Chocolate Ice Cream', 'frozen > ice cream'],
  ['i2', 'Strawberry Ice Cream', 'frozen > ice cream'],
  ['i3', 'Vanilla Ice Cream', 'frozen > ice cream'],
  ['i4', 'Coffee Ice Cream', 'frozen > ice cream'],
  ['y1', 'Strawberry Yogurt', 'dairy eggs > yogurt'],
  ['y2', 'Peach Mango Yogurt', 'dairy eggs > yogurt'],
  ['y3', 'Vanilla Yogurt', 'dairy eggs > yogurt'],
  ['y4', 'Maple Yogurt', 'dairy eggs > yogurt'],
  ['y5', 'Lemon Yogurt', 'dairy eggs > yogurt'],
  ['k3', 'Vanilla', 'beverages > coffee'],
  ['k4', 'Vanilla Wafers', 'snacks > cookies'],
  ['k5', 'French Vanilla Creamer', 'dairy eggs > creamers'],
  ['k6', 'Pure Vanilla Extract', 'pantry > baking'],
  ['j1', 'Strawberry Jam', 'pantry > spreads'],
  ['j2', 'Strawberry Lemonade', 'beverages > juice'],
  ['j3', 'Peach Iced Tea', 'beverages > tea'],
  ['j4', 'Peach Salsa', 'pantry > salsa'],
  ['j5', 'Peach Cobbler', 'bakery > desserts'],
  ['k1', 'Ground Coffee', 'beverages > coffee'],
  ['k2', 'Whole Bean Coffee', 'beverages > coffee'],
  ['b1', 'Banana Bread', 'bakery > bread'],
  ['b2', 'Whole Wheat Bread', 'bakery > bread'],
  ['b3', 'White Sandwich Bread', 'bakery > bread'],
  ['m1', 'Whole Milk', 'dairy eggs > milk'],
  ['m2', 'Sharp Cheddar Cheese', 'dairy eggs > cheese'],
  ['m3', 'Goat Milk Cheddar Cheese', 'dairy eggs > cheese'],
];
const products: Product[] = rows.map(([id, name, category]) => ({ id, name, category }));
const resolver = Resolver.build(catalogOf(products));
const itemsOf = (text: string): string[] => resolver.resolveAll(text).map((resolution) => resolution.product?.name ?? 'nothing');

describe('flavours said before "and" of one thing', () => {
  it('"chocolate and strawberry ice cream" is two ice creams, never a bar of chocolate', () => {
    expect(itemsOf('chocolate and strawberry ice cream')).toEqual(['Chocolate Ice Cream', 'Strawberry Ice Cream']);
  });

  it('"strawberry and vanilla yogurt" is two yogurts, not the fresh strawberries', () => {
    expect(itemsOf('strawberry and vanilla yogurt')).toEqual(['Strawberry Yogurt', 'Vanilla Yogurt']);
  });

  it('"the strawberry and the vanilla yogurt" is two yogurts too', () => {
    expect(itemsOf('the strawberry and the vanilla yogurt')).toEqual(['Strawberry Yogurt', 'Vanilla Yogurt']);
  });

  it('"two vanilla yogurts and a maple yogurt" is two vanilla yogurts and a maple one, never the coffee called Vanilla and the lemon yogurt the household buys', () => {
    const history = [['k3', 'y5'], ['k3', 'y5'], ['k3', 'y5']].map((productIds, at) => ({ orderId: `o${at + 1}`, orderNumber: at + 1, productIds }));
    const [vanilla, maple, ...more] = resolver.resolveAll('two vanilla yogurts and a maple yogurt', { history });
    expect(more).toEqual([]);
    expect(vanilla).toMatchObject({ product: { name: 'Vanilla Yogurt' }, quantity: 2 });
    expect(maple?.product?.name).toBe('Maple Yogurt');
  });

  it('kinds said after the thing are as many of it: "two yogurts, the strawberry one and the vanilla one" is one of each', () => {
    const said = resolver.resolveAll('two yogurts, the strawberry one and the vanilla one');
    expect(said.map((resolution) => [resolution.product?.name, resolution.quantity])).toEqual([
      ['Strawberry Yogurt', null],
      ['Vanilla Yogurt', null],
    ]);
  });

  it('"the cheese, the goat milk one" after more things is one cheese of that kind, never a second thing named "goat milk 1"', () => {
    expect(itemsOf('some ground coffee, a banana bread and the cheese, the goat milk one')).toEqual(['Ground Coffee', 'Banana Bread', 'Goat Milk Cheddar Cheese']);
  });

  it('a product that prints both flavours together is the one thing: "peach and mango yogurt"', () => {
    expect(itemsOf('peach and mango yogurt')).toEqual(['Peach Mango Yogurt']);
  });

  it('a word that names things of its own stays a thing: "coffee and vanilla ice cream"', () => {
    expect(itemsOf('coffee and vanilla ice cream')).toEqual(['Ground Coffee', 'Vanilla Ice Cream']);
  });

  it('a plural is a thing of its own: "apples and banana bread"', () => {
    expect(itemsOf('apples and banana bread')).toEqual(['Gala Apples', 'Banana Bread']);
  });
});

describe('describing words said after a comma', () => {
  it('"a loaf of bread, whole wheat" is one whole wheat loaf', () => {
    const [loaf, ...more] = resolver.resolveAll('a loaf of bread, whole wheat');
    expect(more).toEqual([]);
    expect(loaf).toMatchObject({ product: { name: 'Whole Wheat Bread' }, quantity: 1, unit: 'loaf' });
  });

  it('"milk, cheddar, and bread" stays three things: a cheese of goat milk is no milk', () => {
    const [milk, cheddar, bread, ...more] = resolver.resolveAll('milk, cheddar, and white bread');
    expect(more).toEqual([]);
    expect(milk?.product?.name).toBe('Whole Milk');
    expect(cheddar?.heard).toBe('cheddar');
    expect(bread?.product?.name).toBe('White Sandwich Bread');
  });
});
