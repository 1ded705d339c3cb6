import { describe, expect, it } from 'vitest';
import { words } from '../../src/catalog/normalise.ts';
import { splitAmount } from '../../src/catalog/quantity.ts';

const read = (text: string): [number | null, string | null, string] => {
  const { quantity, unit, product } = splitAmount(words(text));
  return [quantity, unit, product.join(' ')];
};

describe('how much the shopper asks for', () => {
  it.each([
    ['two boxes of thin spaghetti', 2, 'box', 'thin spaghetti'],
    ['a bag of frozen peas', 1, 'bag', 'frozen peas'],
    ['a dozen eggs', 1, 'dozen', 'eggs'],
    ['half a pound of turkey', 0.5, 'pound', 'turkey'],
    ['a couple of avocados', 2, null, 'avocados'],
    ['a couple jars of stage one baby food', 2, 'jar', 'stage 1 baby food'],
    ['three bananas', 3, null, 'bananas'],
    ['bananas', null, null, 'bananas'],
    ['five pounds of russet potatoes', 5, 'pound', 'russet potatoes'],
    ['a gallon of milk', 1, 'gallon', 'milk'],
    ['three cans of black beans', 3, 'can', 'black beans'],
    ['four ears of corn', 4, 'ear', 'corn'],
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
  ])('"%s" → %s × %s of "%s"', (text, quantity, unit, product) => {
    expect(read(text)).toEqual([quantity, unit, product]);
  });

  it('drops the talk around the request', () => {
    expect(read('um can you get me some of those little clementines please')).toEqual([null, null, 'little clementines']);
    expect(read('I need the big tub of ice cream')).toEqual([null, 'tub', 'ice cream']);
    expect(read('add a carton of half and half to my cart')).toEqual([1, 'carton', 'half and half']);
    expect(read('one of those seedless watermelons')).toEqual([1, null, 'seedless watermelons']);
  });

  it('does not read "a" alone as an amount', () => {
    expect(read('a hammer')).toEqual([null, null, 'hammer']);
  });
});
