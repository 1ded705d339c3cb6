import { describe, expect, it } from 'vitest';
import { meaningfulWords, words } from '../../src/nlu/text.ts';
import { saysToKeep } from '../../src/nlu/questions.ts';

describe('words as the NLU compares them', () => {
  it('reads plain and unplain text alike: lowercase, numbers joined, signs said, quotes trimmed', () => {
    expect(words('Whats in my cart')).toEqual(["what's", 'in', 'my', 'cart']);
    expect(words("add 2,000 M&M's")).toEqual(['add', '2000', 'm', 'and', "m's"]);
    expect(words('milk   2% and eggs\tplease')).toEqual(['milk', '2', 'percent', 'and', 'eggs', 'please']);
    expect(words("'ok' rock 'n roll")).toEqual(['okay', 'rock', 'n', 'roll']);
    expect(meaningfulWords('add {quantity} {product} please')).toEqual(['add', '{quantity}', '{product}']);
  });

  it('leaves out a hedge or thanks said after the request, but not when it is all that was said', () => {
    expect(meaningfulWords("a pound of sliced cheddar if you've got it")).toEqual(['a', 'pound', 'of', 'sliced', 'cheddar']);
    expect(meaningfulWords('some rye bread if you have any thank you')).toEqual(['some', 'rye', 'bread']);
    expect(meaningfulWords('butter then')).toEqual(['butter']);
    expect(meaningfulWords('thank you')).toEqual(['thank', 'you']);
  });

  it('takes words that name properties of objects as words', () => {
    expect(words('constructor toString hasOwnProperty')).toEqual(['constructor', 'tostring', 'hasownproperty']);
  });
});

describe('words that say to keep a thing', () => {
  it('"leave out the sour cream" and "keep the leeks off" say to take out, "leave the eggs in" to keep', () => {
    expect(saysToKeep(words('leave out the sour cream and the radishes'))).toBe(false);
    expect(saysToKeep(words('keep the leeks off'))).toBe(false);
    expect(saysToKeep(words('leave the eggs in'))).toBe(true);
    expect(saysToKeep(words('actually i do want it'))).toBe(true);
  });
});
