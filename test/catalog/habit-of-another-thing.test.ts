import { describe, expect, it } from 'vitest';
import type { PastOrder } from '../../src/catalog/history.ts';
import { catalogOf, type Product } from '../../src/catalog/product.ts';
import { Resolver } from '../../src/catalog/resolver.ts';

/**
 * A household's habit answers for what it buys, not for every word on its products: a soda that
 * tastes of lime is bought, limes are asked for.
 */
const shelf: Product[] = [
  { id: 'f1', name: 'Limes', category: 'produce > fresh fruits' },
  { id: 'f2', name: 'Organic Limes', category: 'produce > fresh fruits' },
  { id: 'f3', name: 'Key Limes', category: 'produce > fresh fruits' },
  { id: 'f6', name: 'Persian Limes', category: 'produce > fresh fruits' },
  { id: 'f7', name: 'Bagged Limes', category: 'produce > fresh fruits' },
  { id: 'f4', name: 'Honeycrisp Apples', category: 'produce > fresh fruits' },
  { id: 'f5', name: 'Gala Apples', category: 'produce > fresh fruits' },
  { id: 'f8', name: 'Fuji Apples', category: 'produce > fresh fruits' },
  { id: 'f9', name: 'Granny Smith Apples', category: 'produce > fresh fruits' },
  { id: 'f10', name: 'Pink Lady Apples', category: 'produce > fresh fruits' },
  { id: 'd1', name: 'Lemon Lime Soda', category: 'beverages > soft drinks' },
  { id: 'd2', name: 'Club Soda', category: 'beverages > soft drinks' },
  { id: 'd3', name: 'Orange Soda', category: 'beverages > soft drinks' },
  { id: 'd4', name: 'Root Beer Soda', category: 'beverages > soft drinks' },
  { id: 'd5', name: 'Diet Cola', category: 'beverages > soft drinks' },
  // Names that put the flavour last, as catalogs do, leave a lime or two among the soft drinks.
  { id: 'd6', name: 'Zero Sugar Soda Lime', category: 'beverages > soft drinks' },
  { id: 'j1', name: 'Cranberry Apple Juice Drink', category: 'beverages > juice nectars' },
  { id: 'j2', name: 'Fruit Punch Juice Drink', category: 'beverages > juice nectars' },
  { id: 'j3', name: 'Orange Juice', category: 'beverages > juice nectars' },
  { id: 'j4', name: 'Sparkling Juice Apple', category: 'beverages > juice nectars' },
  { id: 'b1', name: 'Maple Brown Sugar Instant Oatmeal', category: 'breakfast > hot cereal pancake mixes' },
  { id: 'b2', name: 'Buttermilk Pancake Mix', category: 'breakfast > hot cereal pancake mixes' },
  { id: 'b3', name: 'Toasted Oat Rings', category: 'breakfast > cereal' },
  { id: 'b4', name: 'Honey Nut Cereal', category: 'breakfast > cereal' },
  { id: 'c1', name: 'Shredded Sharp Cheddar Cheese', category: 'dairy eggs > packaged cheese' },
  { id: 'c2', name: 'Swiss Cheese Slices', category: 'dairy eggs > packaged cheese' },
  { id: 'c3', name: 'Colby Jack Cheese', category: 'dairy eggs > packaged cheese' },
  { id: 'c5', name: 'Mozzarella Cheese', category: 'dairy eggs > packaged cheese' },
  { id: 'c6', name: 'Provolone Cheese', category: 'dairy eggs > packaged cheese' },
  { id: 'c8', name: 'Pepper Jack Cheese', category: 'dairy eggs > packaged cheese' },
  { id: 'c4', name: 'Macaroni & Cheese Dinner', category: 'dry goods pasta > instant foods' },
  { id: 'c7', name: 'Microwave Cups Mac Cheese', category: 'dry goods pasta > instant foods' },
  { id: 'm1', name: 'Milk', category: 'dairy eggs > milk' },
  { id: 'm2', name: 'Two Percent Milk', category: 'dairy eggs > milk' },
  { id: 'm3', name: 'Unsweetened Oat Milk', category: 'dairy eggs > soy lactosefree' },
  { id: 'y1', name: 'Plain Cottage Cheese', category: 'dairy eggs > other creams cheeses' },
  { id: 'y2', name: 'Four Percent Small Curd Cottage Cheese with Pineapple', category: 'dairy eggs > other creams cheeses' },
  { id: 'y3', name: 'Lowfat Cottage Cheese with Chives', category: 'dairy eggs > other creams cheeses' },
  { id: 'k1', name: 'Garden Vegetable Cream Spread', category: 'dairy eggs > other creams cheeses' },
  { id: 'k2', name: 'Light Cream', category: 'dairy eggs > cream' },
  { id: 'k3', name: 'Heavy Whipping Cream', category: 'dairy eggs > cream' },
  { id: 'u1', name: 'Salted Butter', category: 'dairy eggs > butter' },
  { id: 'u2', name: 'Unsalted Butter Sticks', category: 'dairy eggs > butter' },
  { id: 'u5', name: 'European Style Butter', category: 'dairy eggs > butter' },
  { id: 'u6', name: 'Whipped Butter', category: 'dairy eggs > butter' },
  { id: 'u3', name: 'Creamy Almond Butter', category: 'pantry > spreads' },
  { id: 'u7', name: 'Strawberry Preserves', category: 'pantry > spreads' },
  { id: 'u8', name: 'Hazelnut Spread with Cocoa', category: 'pantry > spreads' },
  { id: 'u4', name: 'Crunchy Cashew Butter', category: 'pantry > spreads' },
  { id: 'p1', name: 'Kettle Cooked Potato Chips', category: 'snacks > chips pretzels' },
  { id: 'p2', name: 'Tortilla Chips', category: 'snacks > chips pretzels' },
  { id: 'p3', name: 'Sandwich Dill Pickle Chips', category: 'pantry > pickled goods olives' },
  { id: 's1', name: 'Gin', category: 'alcohol > spirits' },
  { id: 's2', name: 'London Dry Gin Special Reserve', category: 'alcohol > spirits' },
  { id: 's3', name: 'Botanical Gin', category: 'alcohol > spirits' },
];
const resolver = Resolver.build(catalogOf(shelf));
const buys = (...ids: string[]): { history: PastOrder[] } => ({
  history: [1, 2, 3].map((n) => ({ orderId: `o${n}`, orderNumber: n, productIds: ids })),
});
const nameFor = (text: string, context: { history: PastOrder[] }): string | undefined => resolver.resolve(text, context).product?.name;
const offered = (text: string, context: { history: PastOrder[] }): { asks: boolean; names: string[] } => {
  const { product, alternatives, ambiguous } = resolver.resolve(text, context);
  return { asks: ambiguous, names: [product, ...alternatives].slice(0, 2).map((p) => p?.name ?? '') };
};

describe('when a household says a word its usual product only carries', () => {
  it('"limes" are limes for a household that buys lemon lime soda every week, and its "soda" is still that soda', () => {
    const household = buys('d1');
    expect(nameFor('limes', household)).toMatch(/Limes$/);
    expect(nameFor('soda', household)).toBe('Lemon Lime Soda');
    expect(nameFor('lime soda', household)).toBe('Lemon Lime Soda');
  });

  it('"apples" are apples, not its cranberry apple juice; "juice" is that juice', () => {
    const household = buys('j1');
    expect(nameFor('apples', household)).toMatch(/Apples$/);
    expect(nameFor('juice', household)).toBe('Cranberry Apple Juice Drink');
  });

  it('"soda" is its cola, shelved among the sodas, but never its fruit punch juice drink', () => {
    expect(nameFor('soda', buys('d5'))).toBe('Diet Cola');
    expect(nameFor('soda', buys('j2'))).toMatch(/Soda$/);
  });

  it('"pancake mix" is a pancake mix, not the oatmeal shelved beside it; "oatmeal" is the oatmeal', () => {
    const household = buys('b1');
    expect(nameFor('pancake mix', household)).toBe('Buttermilk Pancake Mix');
    expect(nameFor('oatmeal', household)).toBe('Maple Brown Sugar Instant Oatmeal');
  });

  it('"cheese" is the cheese it buys, not the macaroni and cheese it buys more often', () => {
    const household = { history: [...buys('c4').history, ...buys('c4', 'c1').history] };
    expect(nameFor('cheese', household)).toBe('Shredded Sharp Cheddar Cheese');
  });

  it('"milk" is its oat milk: a product named for the word is the household\'s, wherever it is shelved', () => {
    expect(nameFor('milk', buys('m3'))).toBe('Unsweetened Oat Milk');
  });

  it('"cottage cheese, the plain kind" is the plain one, not its cottage cheese with pineapple; "cottage cheese" is its own', () => {
    const household = buys('y2');
    expect(nameFor('cottage cheese the plain kind', household)).toBe('Plain Cottage Cheese');
    expect(nameFor('cottage cheese', household)).toBe('Four Percent Small Curd Cottage Cheese with Pineapple');
  });

  it('"cream" is cream for a household that buys a cream spread, shelved among "other creams" and cheeses', () => {
    expect(nameFor('cream', buys('k1'))).toMatch(/Cream$/);
    expect(nameFor('cream spread', buys('k1'))).toBe('Garden Vegetable Cream Spread');
  });

  it('what its shelf says it is still stands: "cereal" is its oat rings, "gin" its special reserve', () => {
    expect(nameFor('cereal', buys('b3'))).toBe('Toasted Oat Rings');
    expect(nameFor('gin', buys('s2'))).toBe('London Dry Gin Special Reserve');
  });
});

describe('when a household says a word its usual is named for, and the usual is kept away from the store\'s shelf for it', () => {
  it('"butter" asks between its almond butter and the store\'s butter, its usual first', () => {
    expect(offered('butter', buys('u3'))).toEqual({ asks: true, names: ['Creamy Almond Butter', expect.stringMatching(/Butter( Sticks)?$/)] });
    expect(offered('butter', buys('u3')).names[1]).not.toMatch(/Cashew/);
  });

  it('"chips" asks between its pickle chips and the store\'s chips; "pickle chips" are its own, unasked', () => {
    const household = buys('p3');
    expect(offered('chips', household).asks).toBe(true);
    expect(offered('chips', household).names[0]).toBe('Sandwich Dill Pickle Chips');
    expect(offered('chips', household).names[1]).toMatch(/Chips$/);
    expect(offered('pickle chips', household)).toMatchObject({ asks: false, names: ['Sandwich Dill Pickle Chips', expect.any(String)] });
  });

  it('a usual on the shelf the store keeps for the thing is taken unasked: its butter sticks, its cheddar, its tortilla chips', () => {
    expect(offered('butter', buys('u2'))).toMatchObject({ asks: false, names: ['Unsalted Butter Sticks', expect.any(String)] });
    expect(offered('cheese', buys('c1'))).toMatchObject({ asks: false, names: ['Shredded Sharp Cheddar Cheese', expect.any(String)] });
    expect(offered('chips', buys('p2'))).toMatchObject({ asks: false, names: ['Tortilla Chips', expect.any(String)] });
  });
});
