import { describe, expect, it } from 'vitest';
import { words } from '../../src/catalog/normalise.ts';
import { splitAmount, unitNamed } from '../../src/catalog/quantity.ts';
import { UNIT_TYPE } from '../../src/intents/registry.ts';
import { FIXED_TYPES } from '../../src/interaction-model/slot-values.ts';

const read = (text: string): [number | null, string | null, string] => {
  const { quantity, unit, product } = splitAmount(words(text));
  return [quantity, unit, product.join(' ')];
};

describe('the words around a request', () => {
  it('leaves out a clause saying the thing is the household\'s usual, and keeps names that only look like one', () => {
    expect(splitAmount(words('two cartons of the milk I always get')).product).toEqual(['milk']);
    expect(splitAmount(words('coffee that we usually buy here')).product).toEqual(['coffee']);
    expect(splitAmount(words('the juice my kids drink every week')).product).toEqual(['juice']);
    expect(splitAmount(words('the bran flakes he likes')).product).toEqual(['bran', 'flakes']);
    expect(splitAmount(words("i can't believe it's not butter")).product).toEqual(words("i can't believe it's not butter"));
  });
});

describe('how much the shopper asks for', () => {
  it.each([
    ['three boxes of angel hair pasta', 3, 'box', 'angel hair pasta'],
    ['a bag of frozen corn', 1, 'bag', 'frozen corn'],
    ['a dozen eggs', 1, 'dozen', 'eggs'],
    ['half a pound of turkey', 0.5, 'pound', 'turkey'],
    ['a couple of avocados', 2, null, 'avocados'],
    ['a couple jars of stage one baby food', 2, 'jar', 'stage 1 baby food'],
    ['three bananas', 3, null, 'bananas'],
    ['bananas', null, null, 'bananas'],
    ['four pounds of yellow onions', 4, 'pound', 'yellow onions'],
    ['a gallon of milk', 1, 'gallon', 'milk'],
    ['three cans of black beans', 3, 'can', 'black beans'],
    ['six ears of sweet corn', 6, 'ear', 'sweet corn'],
    ['two loaves of bread', 2, 'loaf', 'bread'],
    ['a big bag of tortilla chips', 1, 'bag', 'tortilla chips'],
    ['a pound and a half of ground beef', 1.5, 'pound', 'ground beef'],
    ['2 lbs ground beef', 2, 'pound', 'ground beef'],
    ['a quarter pound of sliced ham', 0.25, 'pound', 'sliced ham'],
    ['three quarters of a pound of turkey', 0.75, 'pound', 'turkey'],
    ['a quarter of a pound of salami', 0.25, 'pound', 'salami'],
    ['quarter pound burgers', null, null, 'quarter pound burgers'],
    ['a sack of potatoes', 1, 'sack', 'potatoes'],
    ['a 5 pound bag of flour', 1, 'bag', 'flour'],
    ['two 5 pound bags of flour', 2, 'bag', 'flour'],
    ['3 lb bag of apples', 1, 'bag', 'apples'],
    ['a 2 liter of sprite', 1, null, 'sprite'],
    ['3 cans tuna', 3, 'can', 'tuna'],
    ['several lemons', null, null, 'lemons'],
    ['two percent milk', null, null, '2 percent milk'],
    ['a gallon of two percent milk', 1, 'gallon', '2 percent milk'],
    ['jar of peanut butter', null, 'jar', 'peanut butter'],
    ['two tins of sardines', 2, 'can', 'sardines'],
    ['a canister of ground coffee', 1, 'canister', 'ground coffee'],
    ['a case of sparkling water', 1, 'case', 'sparkling water'],
    ['a six pack of lemon soda', 1, 'six pack', 'lemon soda'],
    ['two twelve packs of root beer', 2, 'twelve pack', 'root beer'],
    ['two racks of lamb', 2, 'rack', 'lamb'],
    ['one and a half pounds of salmon', 1.5, 'pound', 'salmon'],
    ['a few peaches', 3, null, 'peaches'],
    ['couple of limes', 2, null, 'limes'],
  ])('"%s" → %s × %s of "%s"', (text, quantity, unit, product) => {
    expect(read(text)).toEqual([quantity, unit, product]);
  });

  it('drops the talk around the request', () => {
    expect(read('um can you get me some of those little plums please')).toEqual([null, null, 'little plums']);
    expect(read('I need the big tub of ice cream')).toEqual([null, 'tub', 'ice cream']);
    expect(read('add a box of salt and pepper crackers to my cart')).toEqual([1, 'box', 'salt and pepper crackers']);
    expect(read('one of those mini watermelons')).toEqual([1, null, 'mini watermelons']);
  });

  it('hears a number the recogniser wrote as another word, where a number belongs', () => {
    expect(read('to boxes of tissues')).toEqual([2, 'box', 'tissues']);
    expect(read('won quart of buttermilk')).toEqual([1, 'quart', 'buttermilk']);
    expect(read('for green apples')).toEqual([4, null, 'green apples']);
    expect(read('too cans of chickpeas')).toEqual([2, 'can', 'chickpeas']);
  });

  it('keeps such a word as itself elsewhere', () => {
    expect(read('won ton soup')).toEqual([null, null, 'won ton soup']);
    expect(read('for dinner')).toEqual([null, null, 'for dinner']);
    expect(read('ready to eat salad')).toEqual([null, null, 'ready to eat salad']);
  });

  it('understands every unit the voice model offers the shopper', () => {
    const units = FIXED_TYPES.find((type) => type.name === UNIT_TYPE);
    expect(units).toBeDefined();
    for (const { name } of units?.values ?? []) {
      for (const spoken of [name.value, ...(name.synonyms ?? [])]) expect(unitNamed(spoken), spoken).not.toBeNull();
    }
  });

  it('does not read "a" alone as an amount', () => {
    expect(read('a wrench')).toEqual([null, null, 'wrench']);
  });

  it('reads an amount or a named pack said after the product, never a size', () => {
    expect(read('chicken thighs three pounds')).toEqual([3, 'pound', 'chicken thighs']);
    expect(read('apple cider a gallon')).toEqual([1, 'gallon', 'apple cider']);
    expect(read('root beer six pack')).toEqual([1, 'six pack', 'root beer']);
    expect(read('training pants size four')).toEqual([null, null, 'training pants size 4']);
    expect(read('ginger ale two cans')).toEqual([2, 'can', 'ginger ale']);
    expect(read('pork chops, a pound and a half')).toEqual([1.5, 'pound', 'pork chops']);
    expect(read('pork chops one and a half pounds')).toEqual([1.5, 'pound', 'pork chops']);
  });

  it('hears a hedge before an amount as softening it, and keeps the word where no amount follows', () => {
    expect(read('roughly three pounds of carrots')).toEqual([3, 'pound', 'carrots']);
    expect(read('radishes, around a bunch')).toEqual([1, 'bunch', 'radishes']);
    expect(read('maybe a dozen eggs')).toEqual([1, 'dozen', 'eggs']);
    expect(read('around the clock energy drink')).toEqual([null, null, 'around the clock energy drink']);
  });
});
