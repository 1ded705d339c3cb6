import { describe, expect, it } from 'vitest';
import { isNumberWord, joinsANumber, parseFourDigits, parseNumber } from '../../src/nlu/numbers.ts';

const said = (text: string) => text.split(' ');

describe('spoken numbers', () => {
  it('reads cardinals, digits and ordinals as one number', () => {
    expect(parseNumber(said('two'))).toBe(2);
    expect(parseNumber(said('twenty five'))).toBe(25);
    expect(parseNumber(said('a hundred'))).toBe(100);
    expect(parseNumber(said('one hundred and five'))).toBe(105);
    expect(parseNumber(said('a hundred and five'))).toBe(105);
    expect(parseNumber(said('two thousand and ten'))).toBe(2010);
    expect(parseNumber(said('two thousand three hundred'))).toBe(2300);
    expect(parseNumber(said('12'))).toBe(12);
    expect(parseNumber(said('second'))).toBe(2);
    expect(parseNumber(said('3rd'))).toBe(3);
  });

  it('refuses words that are not exactly one number', () => {
    expect(parseNumber(said('one two'))).toBeUndefined();
    expect(parseNumber(said('milk'))).toBeUndefined();
    expect(parseNumber(said('a'))).toBeUndefined();
    expect(parseNumber([])).toBeUndefined();
  });

  it('reads a four digit code said digit by digit, in pairs or as a number', () => {
    expect(parseFourDigits(said('one two three four'))).toBe('1234');
    expect(parseFourDigits(said('twelve thirty four'))).toBe('1234');
    expect(parseFourDigits(said('nineteen oh five'))).toBe('1905');
    expect(parseFourDigits(said('4321'))).toBe('4321');
    expect(parseFourDigits(said('one two three'))).toBeUndefined();
    // Any grouping a shopper uses for the same four digits.
    for (const grouping of ['twenty five eight oh', 'two fifty eight zero', 'two five eighty', 'twenty five eighty', 'two five eight zero']) {
      expect(parseFourDigits(said(grouping)), grouping).toBe('2580');
    }
  });

  it('tells the words of a number from other words', () => {
    for (const word of ['two', 'forty', 'hundred', 'oh', '7', 'third']) expect(isNumberWord(word), word).toBe(true);
    for (const word of ['milk', 'a', 'percent', 'last']) expect(isNumberWord(word), word).toBe(false);
  });

  it('tells the "and" inside a number from the "and" between two items', () => {
    expect(joinsANumber(said('a hundred and five eggs'), 2)).toBe(true);
    expect(joinsANumber(said('two thousand and twenty apples'), 2)).toBe(true);
    expect(joinsANumber(said('a hundred eggs and five apples'), 2)).toBe(false);
    expect(joinsANumber(said('a hundred and milk'), 2)).toBe(false);
    expect(joinsANumber(said('five and five'), 1)).toBe(false);
  });
});
