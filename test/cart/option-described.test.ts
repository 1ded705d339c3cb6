import { describe, expect, it } from 'vitest';
import { optionDescribed } from '../../src/cart/choosing.ts';

const names = (...list: string[]): { name: string }[] => list.map((name) => ({ name }));

describe('which offered option the shopper\'s words describe', () => {
  it('picks the one option carrying every word said: "the wheat one" of white and wheat bread', () => {
    expect(optionDescribed('the wheat one', names('Classic White Bread', 'Honey Wheat Bread', 'Banana Bread'))).toBe(1);
  });

  it('of several carrying the words, picks the one named by nothing else: "the milk" of goat milk, milk and organic milk', () => {
    expect(optionDescribed('the milk', names('Goat Milk', 'Milk', 'Organic Milk'))).toBe(1);
    expect(optionDescribed('butter please', names('Crunchy Peanut Butter', 'Butter', 'Apple Butter'))).toBe(1);
  });

  it('picks nothing when the words fit several and none is named by them alone', () => {
    expect(optionDescribed('the butter', names('Crunchy Peanut Butter', 'Salted Butter', 'Apple Butter'))).toBeUndefined();
  });
});
