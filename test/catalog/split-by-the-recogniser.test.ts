import { describe, expect, it } from 'vitest';
import { catalogOf, type Product } from '../../src/catalog/product.ts';
import { Resolver } from '../../src/catalog/resolver.ts';
import { shelfOf } from '../support/shelf.ts';

const rows: [string, string, string][] = [
  ['s01', 'Acetaminophen Extra Strength Tablets', 'personal care > muscles joints pain relief'],
  ['s02', 'Chicken Quesadilla', 'frozen > frozen meals'],
  ['s03', 'Cheese Quesadilla', 'frozen > frozen meals'],
  ['s04', 'Chicken Nuggets', 'frozen > frozen meat seafood'],
  ['s05', 'Dukag Rye Crackers', 'snacks > crackers'],
  ['s06', 'Large Brown Eggs', 'dairy eggs > eggs'],
  ['s07', 'Vitamin D Tablets', 'personal care > vitamins supplements'],
  ['s08', 'Set of Measuring Spoons', 'household > kitchen supplies'],
  ['s09', 'Thin Sliced Honey Ham', 'deli > lunch meat'],
];
const products: Product[] = rows.map(([id, name, category]) => ({ id, name, category }));
const resolver = Resolver.build(catalogOf(products));
const productOf = (text: string): string | null => resolver.resolve(text).product?.name ?? null;

describe('when the recogniser splits a word it does not know into English-sounding pieces', () => {
  it('hears the pieces run together as the one catalog word', () => {
    expect(productOf('asset a mino fen tablets')).toBe('Acetaminophen Extra Strength Tablets');
    expect(productOf('chicken kay sa dilla')).toBe('Chicken Quesadilla');
  });

  it('does not take pieces that only sound like a product\'s describing words, its noun unsaid, for that product', () => {
    expect(productOf('tah he nee')).toBeNull();
    expect(productOf('honey ham')).toBe('Thin Sliced Honey Ham');
  });

  it('does not run the noun asked for, heard as itself, into a sound-alike of something else', () => {
    expect(productOf('duck eggs')).not.toBe('Dukag Rye Crackers');
  });
});

describe('when the shopper runs together two words the catalog prints apart', () => {
  const everyday = ['Spearmint', 'Cherry', 'Vanilla', 'Honey', 'Coconut', 'Mango', 'Lemon', 'Peach', 'Berry', 'Cocoa', 'Shea', 'Aloe', 'Apricot', 'Melon', 'Almond', 'Plum', 'Grape', 'Lime', 'Orange', 'Mint', 'Papaya'];
  const shelf: Product[] = [
    ...everyday.map((flavor, i) => ({ id: `l${i}`, name: `${flavor} Lip Balm`, category: 'personal care > lip care' })),
    ...everyday.map((flavor, i) => ({ id: `g${i}`, name: `${flavor} Lip Gloss`, category: 'personal care > lip care' })),
    ...everyday.map((flavor, i) => ({ id: `b${i}`, name: `${flavor} Body Balm`, category: 'personal care > skin care' })),
    { id: 'w1', name: 'Classic Lipbalm Stick', category: 'personal care > lip care' },
    { id: 'p1', name: 'Pomegranate Lip Balm', category: 'personal care > lip care' },
  ];
  const balms = Resolver.build(catalogOf(shelf));

  it('finds the words apart, where a rare run-together name would otherwise be all it could mean', () => {
    expect(balms.resolve('lipbalm pomegranate').product?.name).toBe('Pomegranate Lip Balm');
  });

  it('still finds the name printed run together when that is what was said', () => {
    expect(balms.resolve('classic lipbalm stick').product?.name).toBe('Classic Lipbalm Stick');
  });

  it('keeps everyday words of talk whole, never two catalog words', () => {
    const talk = Resolver.build(catalogOf([...shelf, { id: 'x1', name: 'Pro Per Wrappers', category: 'household > kitchen supplies' }]));
    expect(talk.resolve('some proper lip balm').product?.name).toMatch(/Lip Balm$/);
  });
});

describe('when the recogniser writes a word it does not know as English words that sound like it', () => {
  const shelf: Product[] = [
    { id: 'r01', name: 'Fettuccine Pasta', category: 'dry goods pasta > dry pasta' },
    { id: 'r02', name: 'Sliced Prosciutto', category: 'deli > lunch meat' },
    { id: 'r03', name: 'Flour Tortillas', category: 'bakery > tortillas flat bread' },
    { id: 'r04', name: 'Chunk Light Tuna', category: 'canned goods > canned meat seafood' },
    { id: 'r05', name: 'Pickled Jalapeno Slices', category: 'canned goods > canned jarred vegetables' },
    { id: 'r06', name: 'Paper Lunch Sacks', category: 'household > kitchen supplies' },
    { id: 'r07', name: 'Paint Brush Set', category: 'household > more household' },
    { id: 'r08', name: 'Whole Milk', category: 'dairy eggs > milk' },
    { id: 'r09', name: 'Hollow Chocolate Bunny', category: 'snacks > candy chocolate' },
  ];
  const named = shelfOf(shelf);

  it('hears the pieces, said as English spells them, as the word they sound out', () => {
    expect(named('a box of fed a cheeny pasta')).toBe('Fettuccine Pasta');
    expect(named('sliced pro shoot oh')).toBe('Sliced Prosciutto');
    expect(named('flour tor tea yas')).toBe('Flour Tortillas');
    expect(named('a can of tuner')).toBe('Chunk Light Tuna');
  });

  it('still takes words the catalog prints as said', () => {
    expect(named('hollow chocolate bunny')).toBe('Hollow Chocolate Bunny');
    expect(named('whole milk')).toBe('Whole Milk');
  });

  it('never takes a word with another first vowel, a syllable more or another consonant for a catalog word', () => {
    expect(named('socks')).toBeNull();
    expect(named('a painter')).toBeNull();
    expect(named('a slicer')).toBeNull();
  });
});
