import { describe, expect, it } from 'vitest';
import enUS from '../../src/language/en-US/sounds.json' with { type: 'json' };
import { allowedGap, SaidWords, sayWord, soundGap, syllables, waysHeard, waysToSay } from '../../src/catalog/pronunciation.ts';
import { SoundsSchema } from '../../src/language/sounds.ts';

const vocabulary = ['fettuccine', 'prosciutto', 'tortilla', 'tuna', 'lasagna', 'jalapeno', 'pesto', 'milk', 'bread'];
const said = new SaidWords(vocabulary);
const wordsNear = (pieces: readonly string[]): string[] =>
  [...said.near(pieces)].sort((a, b) => a[1] - b[1]).map(([id]) => vocabulary[id] ?? '');

describe('how a written word is said', () => {
  it('follows English spelling: a silent e, a doubled letter, c before e and i, qu, ph', () => {
    expect(sayWord('shoot')).toBe('shut');
    expect(sayWord('cheeny')).toBe('khini');
    expect(sayWord('quick')).toBe('kwik');
    expect(sayWord('phone')).toBe('fon');
  });

  it('says a borrowed word both the English way and the way of the language it came from', () => {
    expect(waysToSay('tortilla')).toEqual(expect.arrayContaining(['tortila', 'tortiya']));
    expect(waysToSay('jalapeno')).toContain('halapeno');
    expect(waysToSay('milk')).toEqual(['milk']);
  });

  it('runs heard pieces together, once with the r a speaker may leave unsaid and once without', () => {
    expect(waysHeard(['tuner'])).toEqual(['tuner', 'tune']);
    expect(waysHeard(['mots', 'a', 'rella'])).toEqual(['motsarela']);
  });

  it('counts syllables by groups of vowels, a silent final e not one', () => {
    expect(syllables('painter')).toBe(2);
    expect(syllables('paint')).toBe(1);
    expect(syllables('tortilla')).toBe(3);
  });
});

describe('how far apart two sounds are', () => {
  it('counts a vowel for another or a consonant for its voiced twin as a small slip, another consonant as a whole one', () => {
    expect(soundGap('tuna', 'tune')).toBeCloseTo(0.4);
    expect(soundGap('lota', 'loda')).toBeCloseTo(0.4);
    expect(soundGap('sok', 'sak')).toBeCloseTo(0.4);
    expect(soundGap('slisa', 'slipa')).toBe(1);
    expect(soundGap('tortiya', 'tortiya')).toBe(0);
  });

  it('stops early once two sounds are plainly further apart than a limit', () => {
    expect(soundGap('lasagna', 'bread', undefined, 1)).toBeGreaterThan(1);
    expect(soundGap('tortiya', 'tortiyas', undefined, 1)).toBe(1);
  });

  it('lets longer words drift further than short ones', () => {
    expect(allowedGap(4)).toBeLessThan(allowedGap(7));
    expect(allowedGap(7)).toBeLessThanOrEqual(allowedGap(10));
  });
});

describe('the catalog words heard pieces sound like', () => {
  it('finds the word a recogniser wrote as English words', () => {
    expect(wordsNear(['fed', 'a', 'cheeny'])[0]).toBe('fettuccine');
    expect(wordsNear(['pro', 'shoot', 'oh'])[0]).toBe('prosciutto');
    expect(wordsNear(['tor', 'tea', 'ya'])[0]).toBe('tortilla');
    expect(wordsNear(['lass', 'on', 'ya'])[0]).toBe('lasagna');
    expect(wordsNear(['hollow', 'peno'])[0]).toBe('jalapeno');
    expect(wordsNear(['tuner'])[0]).toBe('tuna');
  });

  it('finds nothing for words that sound like none of them', () => {
    expect(wordsNear(['garden', 'hose'])).toEqual([]);
    expect(wordsNear(['paper', 'towels'])).toEqual([]);
  });
});

describe('the sound rules', () => {
  it('are checked: a rule that is no regular expression is refused', () => {
    expect(SoundsSchema.safeParse(enUS).success).toBe(true);
    const broken = SoundsSchema.safeParse({ ...enUS, spelling: [['(unclosed', 'x']] });
    expect(broken.success).toBe(false);
    expect(broken.error?.issues[0]?.message).toBe('is not a regular expression');
  });
});
