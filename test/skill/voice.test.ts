import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { soldBy } from '../../src/catalog/packs.ts';
import { lineFor } from '../../src/cart/requests.ts';
import { enUS, describeLine, numberWords } from '../../src/skill/speech/en-US.ts';
import { pluralName, singularName } from '../../src/skill/speech/en-US-grammar.ts';
import { distinctChoices, firstFew, MOST_NAMED, speakable, spokenSize } from '../../src/skill/speech/voice.ts';
import { plainText, ssml } from '../../src/skill/ssml.ts';
import { demoCatalog } from '../support/skill.ts';

const { catalog } = demoCatalog();
const names = catalog.products.map((p) => p.name).sort((a, b) => b.length - a.length);

/** How many of the catalog's products a sentence names (longest names first, each mention once). */
function productsNamed(sentence: string): number {
  let rest = sentence;
  let count = 0;
  for (const name of names) {
    const heard = speakable(name);
    while (rest.includes(heard)) {
      count++;
      rest = rest.replace(heard, ' ');
    }
  }
  return count;
}

const product = fc.constantFrom(...catalog.products);
const line = fc.tuple(product, fc.integer({ min: 1, max: 12 }), fc.constantFrom(null, 'pound', 'each')).map(([p, q, unit]) => lineFor(p, q, unit));
const spoken = (markup: { markup: string }): string => plainText(markup.markup);

describe('no reply names more than three products', () => {
  it('saying what was added names three at most, however many were', () => {
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 15 }), (lines) => {
        const said = spoken(enUS.added(lines, 'cart'));
        expect(productsNamed(said)).toBeLessThanOrEqual(MOST_NAMED);
        if (lines.length > MOST_NAMED) expect(said).toContain(`Added ${numberWords(lines.length)} items`);
      }),
    );
  });

  it('saying what cannot be ordered names three at most', () => {
    const productNames = fc.array(fc.constantFrom(...names), { maxLength: 8 });
    fc.assert(
      fc.property(productNames, productNames, (unavailable, unpriced) => {
        if (unavailable.length + unpriced.length === 0) return;
        expect(productsNamed(spoken(enUS.nothingAvailable(unavailable, unpriced)))).toBeLessThanOrEqual(MOST_NAMED);
      }),
    );
  });

  it('a read-back chunk names as many as the chunk holds, at most three', () => {
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 3 }), fc.integer({ min: 0, max: 9 }), (chunk, more) => {
        expect(productsNamed(spoken(enUS.readChunk('cart', chunk.length + more, chunk, more, true)))).toBeLessThanOrEqual(MOST_NAMED);
      }),
    );
  });

  it('firstFew keeps at most the limit and counts the rest', () => {
    fc.assert(
      fc.property(fc.array(fc.nat()), fc.integer({ min: 1, max: 5 }), (items, max) => {
        const { named, more } = firstFew(items, max);
        expect(named.length).toBeLessThanOrEqual(max);
        expect(named.length + more).toBe(items.length);
        expect(named).toEqual(items.slice(0, named.length));
      }),
    );
  });
});

describe('products in one choice can be told apart', () => {
  const choosable = fc.record({
    id: fc.uuid(),
    name: fc.constantFrom('Barista Oat Drink', 'Whole Milk', 'Barista  Oat Drink', 'barista oat drink', 'Sharp Cheddar'),
    brand: fc.option(fc.constantFrom('Hillside', 'Corner Grocer', 'Meadow Farm'), { nil: undefined }),
    size: fc.option(fc.constantFrom('0.5 gal', '1 gal', '8 oz'), { nil: undefined }),
  });

  it('never offers two options that sound the same, and keeps one of each product said', () => {
    fc.assert(
      fc.property(fc.array(choosable, { minLength: 1, maxLength: 4 }), (options) => {
        const offered = distinctChoices(options);
        const heard = offered.map((o) => speakable(o.name).toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim());
        expect(new Set(heard).size).toBe(heard.length);
        expect(offered.length).toBeGreaterThan(0);
        for (const o of offered) expect(options).toContain(o.option);
      }),
    );
  });

  it('tells apart by brand, then size, and merges what is the same thing listed twice', () => {
    const choice = distinctChoices([
      { id: '1', name: 'Barista Oat Drink', brand: 'Hillside', size: '0.5 gal' },
      { id: '2', name: 'Barista Oat Drink', brand: 'Meadow Farm', size: '0.5 gal' },
      { id: '3', name: 'Barista Oat Drink', brand: 'Hillside', size: '1 gal' },
      { id: '4', name: 'Barista Oat Drink', brand: 'Hillside', size: '1 gal' },
    ]).map((o) => o.name);
    expect(choice).toEqual(['Hillside Barista Oat Drink, half gallon', 'Meadow Farm Barista Oat Drink', 'Hillside Barista Oat Drink, 1 gallon']);
    expect(plainText(enUS.choose('milk', choice).markup)).toBe(
      'Which milk did you mean: one, Hillside Barista Oat Drink, half gallon, two, Meadow Farm Barista Oat Drink, and three, Hillside Barista Oat Drink, 1 gallon? Say one, two, or three.',
    );
  });
});

describe('catalog text is cleaned for speech', () => {
  it('reads inches, feet and fractions as words, and drops backslashes, quotes and symbols', () => {
    expect(speakable('Easy Grab 9\\"x13\\" Oblong Glass Bakeware')).toBe('Easy Grab 9 inch by 13 inch Oblong Glass Bakeware');
    expect(speakable('Thin Crust Pizza 12"')).toBe('Thin Crust Pizza 12 inch');
    expect(speakable("Extension Cord 6'")).toBe('Extension Cord 6 foot');
    expect(speakable('Clean Breeze™ Dryer Sheets®')).toBe('Clean Breeze Dryer Sheets');
    expect(speakable('1/2 Gallon 80/20 Ground Beef')).toBe('half Gallon 80 20 Ground Beef');
    expect(speakable("Ben & Jerry's Half Baked")).toBe("Ben & Jerry's Half Baked");
    expect(spokenSize('0.5 gal')).toBe('half gallon');
    expect(spokenSize('12 ct, 12 fl oz')).toBe('12 count, 12 fluid ounce');
  });

  it('whatever the text, nothing a voice reads badly is left, and cleaning twice changes nothing', () => {
    const odd = fc.string({ unit: fc.constantFrom('a', 'B', '1', '2', ' ', '"', "'", '\\', '™', '®', '*', '#', '|', '/', 'x', '<', '>', '&', '_', '+', ',') });
    fc.assert(
      fc.property(odd, (text) => {
        const clean = speakable(text);
        expect(clean).not.toMatch(/[\\"™®*#|_<>]/);
        expect(speakable(clean)).toBe(clean);
      }),
    );
  });

  it('is applied wherever speech is built: every interpolated name is cleaned', () => {
    expect(plainText(ssml`Added ${'Pizza Stone 14" \\ Round'} to your cart.`.markup)).toBe('Added Pizza Stone 14 inch Round to your cart.');
    expect(plainText(describeLine({ quantity: 1, unit: null, name: 'Pizza 12"' }).markup)).toBe('Pizza 12 inch');
  });
});

describe('read-back grammar follows the count', () => {
  it('never says a count of packs as a count of the things in them ("six Large White Eggs" for six cartons)', () => {
    const packs = catalog.products.filter((p) => soldBy(p).kind === 'pack');
    fc.assert(
      fc.property(fc.constantFrom(...packs), fc.integer({ min: 2, max: 12 }), (p, quantity) => {
        const said = spoken(describeLine(lineFor(p, quantity, null)));
        expect(said).not.toBe(`${numberWords(quantity)} ${p.name}`);
        expect(said).toMatch(/ dozen | of /);
      }),
    );
  });

  it('puts a counted name in the plural after a count, and one of them in the singular', () => {
    expect(spoken(describeLine({ quantity: 6, unit: null, name: 'Large Egg' }))).toBe('six dozen Large Eggs');
    expect(spoken(describeLine({ quantity: 2, unit: null, name: 'Hamburger Bun', size: '8 ct' }))).toBe('two packs of Hamburger Buns');
    expect(spoken(describeLine({ quantity: 3, unit: null, name: 'French Baguette', size: 'each' }))).toBe('three French Baguettes');
    expect(spoken(describeLine({ quantity: 1, unit: 'each', name: 'Honeycrisp Apples', size: 'per lb' }))).toBe('one Honeycrisp Apple');
    expect(spoken(describeLine({ quantity: 2, unit: 'loaf', name: 'Sourdough Loaf' }))).toBe('two Sourdough Loaves');
    expect(spoken(describeLine({ quantity: 1, unit: 'bag', name: 'Bag of Organic Bananas' }))).toBe('a Bag of Organic Bananas');
    expect(spoken(describeLine({ quantity: 2, unit: 'bag', name: 'Bag of Organic Bananas' }))).toBe('two Bags of Organic Bananas');
    expect(spoken(describeLine({ quantity: 2, unit: null, name: 'Whole Milk', size: '1 gal' }))).toBe('two Whole Milk');
    expect(spoken(describeLine({ quantity: 1, unit: null, name: 'Large White Eggs', size: '12 ct' }))).toBe('a dozen Large White Eggs');
    expect(spoken(describeLine({ quantity: 1, unit: null, name: 'Brown Eggs Half Dozen', size: '6 ct' }))).toBe('half a dozen Brown Eggs Half Dozen');
  });

  it('says what is in a container as the store prints it, so a plural never names another product', () => {
    expect(spoken(describeLine({ quantity: 1, unit: 'jar', name: 'Peanut Butter Creamy' }))).toBe('a jar of Peanut Butter Creamy');
    expect(spoken(describeLine({ quantity: 2, unit: 'jar', name: 'Marinara' }))).toBe('two jars of Marinara');
  });

  it('plural and singular of a name go back and forth for counted nouns', () => {
    for (const name of ['Gala Apple', 'French Baguette', 'Sourdough Loaf', 'Peach', 'Cherry', 'Roma Tomato', 'Brownie']) {
      expect(singularName(pluralName(name))).toBe(name);
    }
  });
});
