import { describe, expect, it } from 'vitest';
import type { PastOrder } from '../../src/catalog/history.ts';
import { favouriteProducts, phraseKey } from '../../src/catalog/personal.ts';
import { catalogOf } from '../../src/catalog/product.ts';
import { Resolver } from '../../src/catalog/resolver.ts';
import { fixtureCatalog } from './fixture-catalog.ts';

const resolver = Resolver.build(fixtureCatalog());
const productOf = (text: string): string | null => resolver.resolve(text).product?.name ?? null;

describe('when the shopper names a product', () => {
  it('gives the product itself, not things that merely mention it', () => {
    expect(productOf('bananas')).toBe('Bananas');
    expect(productOf('banana')).toBe('Bananas');
    expect(productOf('banana bread')).toBe('Banana Bread');
    expect(productOf('whole milk')).toBe('Whole Milk');
    expect(resolver.resolve('milk').product?.category).toBe('dairy eggs > milk');
    expect(productOf('milk chocolate')).toBe('Milk Chocolate Bar');
    expect(productOf('spinach')).toBe('Baby Spinach');
  });

  it('hears numbers and symbols the way they are printed', () => {
    expect(productOf('two percent milk')).toBe('2% Reduced Fat Milk');
    expect(productOf('salt and pepper kettle chips')).toBe('Salt & Pepper Kettle Chips');
    expect(productOf("ben and jerry's ice cream chunky monkey")).toBe("Ben & Jerry's Chunky Monkey Ice Cream");
    expect(productOf('sour cream and onion pringles')).toBe('Sour Cream & Onion Potato Chips');
    expect(productOf('coca cola')).toBe('Coca-Cola');
  });

  it('finds products through speech recognition slips', () => {
    expect(productOf('a bunch of time')).toBe('Fresh Thyme');
    expect(productOf('clean ex tissues')).toBe('Kleenex Facial Tissues');
    expect(productOf('a pound of muscles')).toBe('Live Blue Mussels');
    expect(productOf('cue tip swabs')).toBe('Q-Tips Cotton Swabs');
    expect(productOf('frosted flakes serial')).toBe('Frosted Flakes Cereal');
    expect(productOf('non bread')).toBe('Naan Bread');
  });

  it('knows the everyday words a recogniser writes for grocery words', () => {
    expect(productOf('hole wheat flower')).toBe('Whole Wheat Flour');
    expect(productOf('catch up')).toBe('Tomato Ketchup');
    expect(productOf('flowers')).toBe('Mixed Flowers');
  });

  it('joins and splits words the way the catalog writes them', () => {
    expect(productOf('straw berries')).toBe('Strawberries');
    expect(productOf('grape fruit')).toBe('Grapefruit');
    expect(productOf('almondmilk')).toBe('Unsweetened Almond Milk');
    expect(productOf('fizz water')).toBe('Fizzwater');
  });

  it('takes a misspelt word for the word, not for two words it happens to contain', () => {
    expect(productOf('bagles')).toBe('Plain Bagels');
  });

  it('gives the plain kind unless the shopper names the variant', () => {
    expect(productOf('chunky monkey')).toBe("Ben & Jerry's Chunky Monkey Ice Cream");
    expect(productOf('non dairy chunky monkey')).toBe('Non Dairy Chunky Monkey');
  });

  it('keeps an exact match exact', () => {
    expect(productOf('sea salt')).toBe('Sea Salt');
    expect(productOf('thin spaghetti')).toBe('Thin Spaghetti');
  });

  it('carries the amount with the product', () => {
    const resolution = resolver.resolve('three boxes of thin spaghetti');
    expect(resolution).toMatchObject({ quantity: 3, unit: 'box', query: 'thin spaghetti' });
    expect(resolution.product?.id).toBe('p22');
  });
});

describe('when the shopper names a brand', () => {
  it('a product the catalog gives another brand is never taken for the brand said ("charmin toilet tissue" is no Scott)', () => {
    for (const said of ['charmin toilet tissue', 'some toilet tissue, the charmin']) {
      expect(productOf(said) ?? 'Charmin').toMatch(/^Charmin/);
    }
  });
});

describe('when the words fit several products in full', () => {
  it('names every product that has all the words, so the skill can ask which', () => {
    expect(resolver.namingAll('the milk').map((p) => p.id)).toEqual(expect.arrayContaining(['p04', 'p05']));
    expect(resolver.namingAll('whole milk').map((p) => p.id)).toEqual(['p04']);
    expect(resolver.namingAll('snow tires')).toEqual([]);
  });
});

describe('when the shopper talks around the product', () => {
  it('finds the product past casual words, wherever they stand', () => {
    expect(productOf('that almond milk stuff')).toBe('Unsweetened Almond Milk');
    expect(productOf('kleenex')).toBe('Kleenex Facial Tissues');
  });

  it('knows the other names shoppers use for a kind of product', () => {
    expect(productOf('tin foil')).toBe('Aluminum Foil');
    expect(productOf('a pound of prawns')).toBe('Raw Shrimp');
  });

  it('does not let a rare casual word choose which names are looked at', () => {
    // In a large catalog strawberry is in so many names that only a request's rarer words open the search.
    const flavours = Array.from({ length: 900 }, (_, i) => ({ id: `f${i}`, name: `Strawberry Flavour ${i}`, category: 'snacks > candy chocolate' }));
    const staples = Array.from({ length: 20_000 }, (_, i) => ({ id: `o${i}`, name: `Pantry Staple ${i}`, category: 'pantry > other' }));
    const big = Resolver.build(
      catalogOf([
        ...flavours,
        ...staples,
        { id: 's', name: 'Strawberries', category: 'produce > fresh fruits' },
        { id: 't', name: 'Sweet Thing Cold Brew', category: 'beverages > coffee' },
      ]),
    );
    expect(big.resolve('a thing of strawberries').product?.id).toBe('s');
  });
});

describe('when a word is misspelt', () => {
  it('takes a word the catalog barely uses, a slip from one it uses everywhere, for that word misspelt', () => {
    const yogurts = Array.from({ length: 120 }, (_, i) => ({ id: `y${i}`, name: `Yogurt Cup ${i}`, category: 'dairy eggs > yogurt' }));
    const big = Resolver.build(
      catalogOf([...yogurts, { id: 'plain', name: 'Yogurt', category: 'dairy eggs > yogurt' }, { id: 'typo', name: 'Vanilla Yougurt with Snickers Pieces', category: 'dairy eggs > yogurt' }]),
    );
    expect(big.resolve('yougurt').product?.id).toBe('plain');
    expect(big.resolve('vanilla yougurt').product?.id).toBe('typo');
  });
});

describe('when a word only sounds a little like a product', () => {
  it('says none rather than take a loose sound-alike', () => {
    for (const text of ['tires', 'a hose', 'garden hose', 'lawn mower']) {
      expect(resolver.resolve(text).product, text).toBeNull();
    }
  });

  it('still hears what a recogniser really writes for a product', () => {
    expect(productOf('two leaks')).toBe('Leeks');
    expect(productOf('muscles')).toBe('Live Blue Mussels');
    expect(productOf('clean ex')).toBe('Kleenex Facial Tissues');
    expect(productOf('cool ranch dor eatoes')).toBe('Doritos Cool Ranch Tortilla Chips');
    expect(resolver.resolve('serial').product?.category).toBe('breakfast > cereal');
    expect(productOf('hass avocados')).toBe('Organic Hass Avocados');
    expect(productOf('eye drops')).toBe('Tears Lubricant Eye Drops');
  });
});

describe('when a word is listed as sounding like an aisle\'s name', () => {
  it('offers that aisle, as the word itself would, not the one product that happens to say it', () => {
    const store = Resolver.build(
      catalogOf([
        { id: 'baby', name: 'Rice Baby Cereal', category: 'baby > baby food' },
        { id: 'o', name: 'Toasted Oat Rings', category: 'breakfast > cereal' },
        { id: 'f', name: 'Frosted Corn Flakes', category: 'breakfast > cereal' },
        { id: 'b', name: 'Bran Flakes', category: 'breakfast > cereal' },
        { id: 'm', name: 'Whole Milk', category: 'dairy > milk' },
      ]),
    );
    for (const heard of ['cereal', 'serial']) {
      const found = store.resolve(heard);
      expect(found.ambiguous, heard).toBe(true);
      expect([found.product, ...found.alternatives].map((product) => product?.category), heard).toEqual(Array(3).fill('breakfast > cereal'));
    }
  });
});

describe('when a vowel is spelt as two letters', () => {
  it('hears "ai" as the long a it says: "kail" is kale, not a remedy spelt with the same letters', () => {
    const store = Resolver.build(
      catalogOf([
        { id: 'kale', name: 'Kale', category: 'produce > fresh vegetables' },
        { id: 'kali', name: 'Kali Phosphoricum 6X', category: 'personal care > homeopathic' },
      ]),
    );
    expect(store.resolve('a bunch of kail').product?.id).toBe('kale');
  });
});

describe('when the store does not carry a thing asked for by its plain name', () => {
  it('says so, rather than offer a sound-alike ("beer" is not gummy bears)', () => {
    const small = Resolver.build(
      catalogOf([
        { id: 'g', name: 'Gold-Bears Gummy Bears', category: 'snacks > candy' },
        { id: 'p', name: 'Bartlett Pears', category: 'produce > fresh fruit' },
      ]),
    );
    expect(small.resolve('beer').product).toBeNull();
    expect(small.resolve('bears').product?.id).toBe('g');
  });
});

describe('when the store does not sell it', () => {
  it('says so honestly, with the nearest alternatives', () => {
    for (const text of ['snow tires', 'a wrench', 'toner cartridges', 'a garden gnome', 'three movie tickets', 'car battery', 'motor oil']) {
      expect(resolver.resolve(text).product, text).toBeNull();
    }
    expect(resolver.resolve('').product).toBeNull();
  });

  it('finds nothing for words that say which or how big but never what', () => {
    for (const text of ['the big pack', 'a family size', 'the regular kind', 'the original one', 'a variety pack']) {
      expect(resolver.resolve(text).product, text).toBeNull();
    }
    expect(productOf('a big bag of frozen peas')).toBe('Frozen Sweet Peas');
  });
});

describe('when two products fit equally well', () => {
  it('flags the choice so the skill can ask', () => {
    const cheerios = resolver.resolve('cheerios');
    expect(cheerios.ambiguous).toBe(true);
    expect([cheerios.product?.id, cheerios.alternatives[0]?.id].sort()).toEqual(['p08', 'p09']);
    expect(resolver.resolve('original cheerios').ambiguous).toBe(false);
  });

  it('does not ask when one product is named in full', () => {
    expect(resolver.resolve('bananas')).toMatchObject({ ambiguous: false, product: { id: 'p01' } });
    expect(resolver.resolve('bananas').alternatives[0]?.id).toBe('p02');
  });
});

describe('for a shopper with a history', () => {
  const orders = (...baskets: string[][]): PastOrder[] =>
    baskets.map((productIds, i) => ({ orderId: `o${i + 1}`, orderNumber: i + 1, productIds }));

  const kitchen = Resolver.build(
    catalogOf([
      { id: 'eggs', name: 'Large Brown Eggs', category: 'dairy eggs > eggs' },
      { id: 'bar', name: 'Chocolate Egg White Protein Bar', category: 'snacks > energy bars' },
      { id: 'cream', name: 'Cookies & Cream', category: 'frozen > ice cream' },
      { id: 'grain', name: 'Whole Grain Bread', category: 'bakery > bread' },
      { id: 'pita', name: 'Seeded Flatbread Loaves', category: 'bakery > bread' },
      { id: 'gallon', name: 'Cookies Variety Pack', category: 'snacks > cookies' },
    ]),
  );

  it('never takes a product the household buys that only says what kind of another thing it is', () => {
    const history = orders(['bar'], ['bar'], ['bar', 'pita']);
    expect(kitchen.resolve('eggs', { history }).product?.id).toBe('eggs');
    expect(kitchen.resolve('a dozen eggs', { history }).product?.id).toBe('eggs');
  });

  it('a habit speaks for one thing: two things said with "and" stay two', () => {
    const history = orders(['gallon'], ['gallon', 'bar'], ['gallon']);
    const items = kitchen.resolveAll('cookies and cream and a loaf of whole grain bread', { history });
    expect(items.map((item) => item.product?.id)).toEqual(['cream', 'grain']);
  });

  it('takes "milk" to mean the milk the household buys', () => {
    const history = orders(['p05', 'p01'], ['p05'], ['p04', 'p05']);
    expect(resolver.resolve('milk', { history }).product?.id).toBe('p05');
    expect(resolver.resolve('grapes', { history: orders(['p38'], ['p38']) }).product?.id).toBe('p38');
    expect(resolver.resolve('grapes', { history: orders(['p37']) }).product?.id).toBe('p37');
  });

  it('among the household\'s products, takes the one the request says most of', () => {
    const history = orders(['p52', 'p53'], ['p52'], ['p52', 'p53'], ['p52']);
    expect(resolver.resolve('strawberry yogurt low fat', { history }).product?.id).toBe('p53');
    const yogurts = orders(['p54', 'p55'], ['p54'], ['p55'], ['p55', 'p54']);
    expect(resolver.resolve('yogurt', { history: yogurts }).product?.id).toBe('p55');
    expect(resolver.resolve('greek yogurt', { history: yogurts }).product?.id).toBe('p54');
  });

  it('takes its own product named only by its aisle, never by its department', () => {
    expect(resolver.resolve('cereal', { history: orders(['p08'], ['p08']) }).product?.id).toBe('p08');
    expect(resolver.resolve('eggs', { history: orders(['p04'], ['p04']) }).product?.id).toBe('p14');
  });

  it('takes its own product when the request adds only a generic noun to its name', () => {
    expect(productOf('somen noodles')).toBe('Wild Yam Somen Noodles');
    expect(resolver.resolve('somen noodles', { history: orders(['p59'], ['p59']) }).product?.id).toBe('p59');
  });

  it('still hears a different product named in full', () => {
    const history = orders(['p05'], ['p05']);
    expect(resolver.resolve('banana bread', { history }).product?.id).toBe('p03');
    expect(resolver.resolve('organic bananas', { history: orders(['p01'], ['p01']) }).product?.id).toBe('p02');
  });

  it('lets a preference set after a correction win next time', () => {
    const preferences = new Map([[phraseKey('cheerios'), 'p09']]);
    const resolution = resolver.resolve('two boxes of cheerios', { preferences });
    expect(resolution.product?.id).toBe('p09');
    expect(resolution.ambiguous).toBe(false);
  });

  it('keys preferences on the product words only', () => {
    expect(phraseKey('two pounds of bananas')).toBe(phraseKey('some banana'));
    expect(phraseKey('Cheerios')).toBe('cheerio');
  });

  it('ranks favourites by how often and how lately they were bought, at most 100', () => {
    const history = orders(['a', 'b'], ['a', 'c'], ['a', 'c'], ['d']);
    expect(favouriteProducts(history, 3)).toEqual(['a', 'c', 'd']);
    const many = orders(Array.from({ length: 150 }, (_, i) => `x${i}`));
    expect(favouriteProducts(many, 500)).toHaveLength(100);
  });
});

describe('when several items come in one request', () => {
  const items = (text: string): [string | null, number | null, string | null][] =>
    resolver.resolveAll(text).map((r) => [r.product?.id ?? null, r.quantity, r.unit]);

  it('splits a list into its items with their amounts', () => {
    expect(items('milk eggs and two loaves of white bread')).toEqual([
      ['p04', null, null],
      ['p14', null, null],
      ['p15', 2, 'loaf'],
    ]);
    expect(items('can you add bananas, strawberries and a bag of frozen sweet peas')).toEqual([
      ['p01', null, null],
      ['p13', null, null],
      ['p23', 1, 'bag'],
    ]);
  });

  it('never invents an item from part of something the store does not sell', () => {
    for (const text of ['snow tires', 'motor oil', 'car battery']) {
      const found = resolver.resolveAll(text);
      expect(found, text).toHaveLength(1);
      expect(found[0]?.product, text).toBeNull();
    }
    expect(items('snow peas')).toEqual([['p39', null, null]]);
  });

  it('keeps brands joined by "and" as one item', () => {
    expect(items("ben and jerry's ice cream chunky monkey")).toEqual([['p27', null, null]]);
    expect(items('arm and hammer baking soda')).toEqual([['p42', null, null]]);
    expect(items("m and m's")).toEqual([['p44', null, null]]);
    expect(items("m and m's and bananas")).toEqual([['p44', null, null], ['p01', null, null]]);
  });

  it('reads words naming one product as that product, not as a list', () => {
    expect(items('light bulbs')).toEqual([['p46', null, null]]);
    expect(items('milk eggs strawberries')).toEqual([['p04', null, null], ['p14', null, null], ['p13', null, null]]);
  });

  it('hears a bare singular thing said just before another as the kind of it, not as an item', () => {
    // The store sells bananas and milk but no banana milk: neither is added in its place.
    expect(items('banana milk')).toEqual([[null, null, null]]);
    expect(items('strawberry milk')).toEqual([[null, null, null]]);
    // Said in the plural, or joined by "and", they are two things; milk is never plural, so it may lead a list.
    expect(items('bananas milk')).toEqual([['p01', null, null], ['p04', null, null]]);
    expect(items('strawberry and milk')).toEqual([['p13', null, null], ['p04', null, null]]);
    expect(items('milk bananas')).toEqual([['p04', null, null], ['p01', null, null]]);
  });

  it('keeps products whose names hold "and" whole', () => {
    expect(items('macaroni and cheese')).toEqual([['p16', null, null]]);
    expect(items('salt and pepper kettle chips')).toEqual([['p20', null, null]]);
    expect(items('salt and pepper chips')).toEqual([['p20', null, null]]);
  });
});
