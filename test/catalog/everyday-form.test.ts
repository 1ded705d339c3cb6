import { describe, expect, it } from 'vitest';
import { catalogOf, type Product } from '../../src/catalog/product.ts';
import { Resolver } from '../../src/catalog/resolver.ts';
import { shelfOf } from '../support/shelf.ts';

const rows: [string, string, string][] = [
  ['f01', 'Blueberries', 'produce > fresh fruits'],
  ['f02', 'Fresh Frozen Blueberries', 'frozen > frozen produce'],
  ['f03', 'Blueberry Yogurt', 'dairy eggs > yogurt'],
  ['f04', 'Fresh Blueberry Lemonade', 'beverages > juice nectars'],
  ['f05', 'Pineapple Chunks', 'produce > packaged vegetables fruits'],
  ['f06', 'Fresh Pineapple Spears', 'produce > packaged vegetables fruits'],
  ['f07', 'Pineapple Juice', 'beverages > juice nectars'],
  ['f08', 'Pineapple Salsa', 'deli > fresh dips tapenades'],
  ['f09', 'Pine Syrup', 'pantry > spreads'],
  ['f10', 'Pine Scented Cleaner', 'household > cleaning products'],
  ['f11', 'Pine Honey', 'pantry > spreads'],
  ['f12', 'Apple Jelly', 'pantry > spreads'],
  ['f13', 'Apple Butter', 'pantry > spreads'],
  ['f14', 'Dried Apple Rings', 'snacks > fruit vegetable snacks'],
  ['f15', 'Fruitwater', 'beverages > water seltzer sparkling water'],
  ['f16', 'Fruit Punch', 'beverages > juice nectars'],
  ['f17', 'Fruit Snacks', 'snacks > fruit vegetable snacks'],
  ['f18', 'Fruit Cocktail', 'canned goods > canned fruit applesauce'],
  ['f19', 'Spring Water', 'beverages > water seltzer sparkling water'],
  ['f20', 'Sparkling Water', 'beverages > water seltzer sparkling water'],
  ['f21', 'Birch Water', 'beverages > juice nectars'],
];
const products: Product[] = rows.map(([id, name, category]) => ({ id, name, category }));
const resolver = Resolver.build(catalogOf(products));
const productOf = (text: string): string | null => resolver.resolve(text).product?.name ?? null;

describe('when the shopper asks for the everyday kind', () => {
  it('takes the fresh product when "fresh" is said, as its aisle says, over a name that merely prints the word', () => {
    expect(productOf('fresh blueberries')).toBe('Blueberries');
  });
});

describe('when the request is part of a longer word', () => {
  it('never takes the longer word for it: apples are not pineapple', () => {
    // This store has no apples: jelly and butter made of them are not apples either.
    expect(productOf('apples')).toBeNull();
    expect(productOf('fresh apples') ?? '').not.toMatch(/Pineapple/);
    expect(productOf('pine syrup')).toBe('Pine Syrup');
    expect(productOf('pineapple')).toMatch(/Pineapple/);
  });

  it('still finds a coined name by its parts', () => {
    expect(productOf('fruit water')).toBe('Fruitwater');
  });
});

describe('when the shopper joins two everyday products with "and"', () => {
  const pairs = Resolver.build(
    catalogOf(
      (
        [
          ['a01', 'Sea Salt Crackers', 'snacks > crackers'],
          ['a02', 'Classic Hummus', 'deli > fresh dips tapenades'],
          ['a03', 'Crackers & Hummus Snack Pack', 'snacks > crackers'],
          ['a11', 'Whole Wheat Crackers', 'snacks > crackers'],
          ['a12', 'Roasted Red Pepper Hummus', 'deli > fresh dips tapenades'],
          ['a04', 'Tomato Soup', 'canned goods > soup broth bouillon'],
          ['a05', 'Grilled Cheese Sandwich', 'deli > prepared meals'],
          ['a06', 'Tomato & Basil Soup', 'canned goods > soup broth bouillon'],
          ['a07', 'Fresh Basil', 'produce > fresh herbs'],
          ['a08', 'Pork & Beans', 'canned goods > canned meals beans'],
          ['a09', 'Ground Pork', 'meat seafood > meat counter'],
          ['a10', 'Black Beans', 'canned goods > canned meals beans'],
        ] as const
      ).map(([id, name, category]) => ({ id, name, category })),
    ),
  );
  const items = (text: string): (string | null)[] => pairs.resolveAll(text).map((item) => item.product?.name ?? null);

  it('adds them as two items, though one product holds both words', () => {
    expect(items('crackers and hummus')).toEqual(['Sea Salt Crackers', 'Classic Hummus']);
  });

  it('keeps one item when a product is named exactly that', () => {
    expect(items('pork and beans')).toEqual(['Pork & Beans']);
  });

  it('keeps one item when the pair describes a noun said after it', () => {
    expect(items('tomato and basil soup')).toEqual(['Tomato & Basil Soup']);
  });
});

describe('when the shopper names the pack after the product', () => {
  const packs = Resolver.build(
    catalogOf(
      (
        [
          ['k01', 'Garlic Herb Oatmeal, Pouch', 'breakfast > hot cereal pancake mixes'],
          ['k02', 'Maple Oatmeal Pouches', 'breakfast > hot cereal pancake mixes'],
          ['k03', 'Steel Cut Oatmeal', 'breakfast > hot cereal pancake mixes'],
        ] as const
      ).map(([id, name, category]) => ({ id, name, category })),
    ),
  );

  it('takes the product, not the pack, for what each name is about', () => {
    expect(packs.resolve('oatmeal pouches').product?.name).toBe('Maple Oatmeal Pouches');
  });
});

describe('when the shopper counts what is sold both loose and packed', () => {
  const counted = Resolver.build(
    catalogOf(
      (
        [
          ['e01', 'Eggs', 'dairy eggs > eggs'],
          ['e02', 'Large Brown Eggs', 'dairy eggs > eggs'],
          ['e03', 'Free Range Eggs', 'dairy eggs > eggs'],
          ['e04', 'Pasture Raised Eggs', 'dairy eggs > eggs'],
          ['e05', 'Egg', 'bakery > breakfast bakery'],
        ] as const
      ).map(([id, name, category]) => ({ id, name, category })),
    ),
  );

  it('takes the kind the store shelves that noun under, not an odd one the count points to', () => {
    expect(counted.resolve('six eggs').product?.category).toBe('dairy eggs > eggs');
  });
});

describe('when the thing asked for is, in the only products that say it, just what kind another thing is', () => {
  const shelf: Product[] = [
    { id: 'k1', name: 'Peaches', category: 'produce > fresh fruits' },
    { id: 'k2', name: 'Organic Peach Yogurt', category: 'dairy eggs > yogurt' },
    { id: 'k3', name: 'Plain Skyr Yogurt', category: 'dairy eggs > yogurt' },
    { id: 'k4', name: 'Large Brown Eggs', category: 'dairy eggs > eggs' },
    { id: 'k5', name: 'Egg White Protein Bars', category: 'snacks > energy granola bars' },
    { id: 'k6', name: 'Dry Roasted Peanuts', category: 'snacks > nuts seeds dried fruit' },
    { id: 'k7', name: 'Mixed Nuts', category: 'snacks > nuts seeds dried fruit' },
  ];
  const named = shelfOf(shelf);

  it('says the store has none rather than adding the other thing', () => {
    expect(named('organic peaches')).toBeNull();
    expect(named('a dozen organic eggs')).toBeNull();
  });

  it('still finds the other thing when that is what was asked for', () => {
    expect(named('peach yogurt')).toBe('Organic Peach Yogurt');
    expect(named('protein bars')).toBe('Egg White Protein Bars');
  });

  it('takes an aisle that says the thing asked for as saying what the product is', () => {
    expect(named('roasted nuts')).toBe('Dry Roasted Peanuts');
  });
});

describe('when the words that seem to be another thing are how this product is named', () => {
  const shelf: Product[] = [
    { id: 'j1', name: 'Gummy Bears', category: 'snacks > candy chocolate' },
    { id: 'j2', name: 'Sour Gummy Bears', category: 'snacks > candy chocolate' },
    { id: 'j3', name: 'Honey Bears Cereal', category: 'breakfast > cereal' },
    { id: 'j4', name: 'Honey Oat Clusters', category: 'breakfast > cereal' },
    { id: 'j5', name: 'Clover Honey', category: 'pantry > spreads' },
    { id: 'j6', name: 'Steak Fries', category: 'frozen > frozen produce' },
    { id: 'j7', name: 'Crinkle Cut Fries', category: 'frozen > frozen produce' },
    { id: 'j8', name: 'Southern Fish Fry Breading Mix', category: 'pantry > baking ingredients' },
    { id: 'j9', name: 'Limes', category: 'produce > fresh fruits' },
    { id: 'j10', name: 'Tropical Refreshers Lima Lime Drink', category: 'beverages > juice nectars' },
  ];
  const named = shelfOf(shelf);

  it('takes two nouns said together, which only this product prints, as its name', () => {
    expect(named('honey bears')).toBe('Honey Bears Cereal');
  });

  it('takes the mix asked for when the shopper says the mix, not only what it is for', () => {
    expect(named('fish fry mix')).toBe('Southern Fish Fry Breading Mix');
  });

  it('takes a request that says most of a name as naming that product', () => {
    expect(named('tropical refreshers lima lime')).toBe('Tropical Refreshers Lima Lime Drink');
  });

  it('still finds the noun alone as the thing itself', () => {
    expect(named('limes')).toBe('Limes');
    expect(named('fries')).not.toBe('Southern Fish Fry Breading Mix');
  });
});
