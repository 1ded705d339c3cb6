import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanText, plainWords, stem, tokens, words } from '../../src/catalog/normalise.ts';
import { firstVowel, phoneticKeys, soundDistance } from '../../src/catalog/phonetic.ts';

describe('spoken and printed forms meet', () => {
  it('turns number words into digits, so "two percent" is "2%"', () => {
    expect(words('two percent milk')).toEqual(words('2% Milk'));
    expect(words('ninety three percent lean')).toEqual(['93', 'percent', 'lean']);
    expect(words('eighty five fifteen ground beef')).toEqual(['85', '15', 'ground', 'beef']);
    expect(words('one hundred percent juice')).toEqual(['100', 'percent', 'juice']);
    expect(words('stage one')).toEqual(['stage', '1']);
    expect(words('a hundred and five eggs and milk')).toEqual(['105', 'eggs', 'and', 'milk']);
    expect(words('two hundred and fifty grams')).toEqual(['250', 'grams']);
  });

  it('says "&" as "and" and drops possessives', () => {
    expect(words("Ben & Jerry's")).toEqual(['ben', 'and', 'jerry']);
    expect(words("kellogg's raisin bran")).toEqual(['kellogg', 'raisin', 'bran']);
    expect(words("Organic D'Anjou Pears")).toEqual(['organic', 'd', 'anjou', 'pears']);
  });

  it('reads two letters joined by "and" as one name, printed or said', () => {
    expect(words("M&M's")).toEqual(['mandm']);
    expect(words("peanut m and m's")).toEqual(['peanut', 'mandm']);
    expect(words('M&Ms').map(stem)).toEqual(['mandm']);
    expect(words('A & W root beer')).toEqual(['aandw', 'root', 'beer']);
    expect(words('milk and eggs')).toEqual(['milk', 'and', 'eggs']);
  });

  it('strips accents and punctuation', () => {
    expect(cleanText('Jalapeño Crème-Brûlée!')).toBe('jalapeno creme brulee');
  });

  it('treats singular and plural alike', () => {
    for (const [a, b] of [['berries', 'berry'], ['tomatoes', 'tomato'], ['peaches', 'peach'], ['cookies', 'cookie'], ['loaves', 'loaf'], ['oats', 'oat']]) {
      expect(stem(a ?? ''), `${a} ~ ${b}`).toBe(stem(b ?? ''));
    }
    expect(stem('hummus')).toBe('hummus');
    expect(stem('swiss')).toBe('swiss');
  });

  it('leaves out words that carry no product meaning', () => {
    expect(tokens('a bag of the frozen peas')).toEqual(['bag', 'frozen', 'pea']);
  });
});

describe('sound-alike keys', () => {
  it('give homophones one key', () => {
    const shared = (a: string, b: string): boolean => phoneticKeys(a).some((k) => phoneticKeys(b).includes(k));
    expect(shared('serial', 'cereal')).toBe(true);
    expect(shared('cleanex', 'kleenex')).toBe(true);
    expect(shared('muscle', 'mussel')).toBe(true);
    expect(shared('milk', 'bread')).toBe(false);
  });

  it('tell a near sound-alike from a consonant skeleton match', () => {
    expect(soundDistance('leak', 'leek')).toBe(0);
    expect(soundDistance('bud', 'pet')).toBeNull();
    expect(soundDistance('card', 'grit')).toBeNull();
  });
});

describe('product names cut without regular expressions', () => {
  const camelSplit = (text: string): string => text.replace(/([a-z])([A-Z])/g, '$1 $2');
  const slowWords = (text: string): string[] => {
    const cleaned = cleanText(camelSplit(text));
    return cleaned === '' ? [] : cleaned.split(' ');
  };

  it('gives the words the full cleaning gives, or leaves the name to it', () => {
    const pieces = ['Aa', 'bB', 'c', 'Z', '1', '23', '.', ',', '-', '/', '&', '%', '+', "'", ' ', '  ', '(', 'é', 'x9y'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 14 }), (parts) => {
        const text = parts.join('');
        const fast = plainWords(text);
        if (fast !== null) expect(fast).toEqual(slowWords(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('reads the usual names itself', () => {
    expect(plainWords('SmartWater 12oz, Lemon & Lime')).toEqual(['smart', 'water', '12', 'oz', 'lemon', 'and', 'lime']);
    expect(plainWords('100% Juice')).toEqual(['100', 'percent', 'juice']);
    expect(plainWords("Ben & Jerry's")).toBeNull();
    expect(plainWords('1.5 L Bottle')).toBeNull();
  });
});

describe('sound-alikes keep their vowel', () => {
  it('tells a long vowel from a short one', () => {
    expect(firstVowel('tire')).not.toBe(firstVowel('tear'));
    expect(firstVowel('hose')).not.toBe(firstVowel('hass'));
    expect(firstVowel('time')).toBe(firstVowel('thyme'));
    expect(firstVowel('muscle')).toBe(firstVowel('mussel'));
    expect(firstVowel('serial')).toBe(firstVowel('cereal'));
  });
});
