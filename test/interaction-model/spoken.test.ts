import { describe, expect, it } from 'vitest';
import { numberToWords, spokenForm } from '../../src/interaction-model/spoken.ts';

describe('catalog text said aloud', () => {
  it('spells out numbers, symbols and pack-size abbreviations', () => {
    expect(spokenForm('Whole Milk 1 gal')).toBe('whole milk one gallon');
    expect(spokenForm('2% Reduced Fat Milk')).toBe('two percent reduced fat milk');
    expect(spokenForm('Ground Coffee 12oz')).toBe('ground coffee twelve ounce');
    expect(spokenForm('Salt & Vinegar Chips, 7.5 oz.')).toBe('salt and vinegar chips seven point five ounce');
    expect(spokenForm("Ben & Jerry's")).toBe("ben and jerry's");
  });

  it('reads numbers as words', () => {
    expect(numberToWords('0')).toBe('zero');
    expect(numberToWords('45')).toBe('forty five');
    expect(numberToWords('1200')).toBe('one thousand two hundred');
    expect(numberToWords('2.25')).toBe('two point two five');
  });
});
