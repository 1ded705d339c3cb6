import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalogOf } from '../../src/catalog/product.ts';
import { MATCH } from '../../src/catalog/query.ts';
import { Resolver } from '../../src/catalog/resolver.ts';
import {
  loadSoundAlikesDir,
  parseHomophones,
  parseRecogniserConfusions,
  parseSimilarSounding,
  type SoundAlikes,
} from '../../src/catalog/sound-alikes.ts';

/**
 * A store of made-up names, so that no spelling or sound rule links a heard word to a product:
 * whatever the lists add is the lists' doing.
 */
const catalog = catalogOf([
  { id: 'g1', name: 'Grindle Jam', category: 'pantry > spreads' },
  { id: 'v1', name: 'Vorple Jam', category: 'pantry > spreads' },
  { id: 'z1', name: 'Zibbet Crackers', category: 'snacks > crackers' },
  { id: 'k1', name: 'Kestrow Crackers', category: 'snacks > crackers' },
  { id: 'm1', name: 'Morkin Tea', category: 'beverages > tea' },
  { id: 'b1', name: 'Blemmet Tea', category: 'beverages > tea' },
  { id: 's1', name: 'Snargle Cheese', category: 'dairy > cheese' },
]);

/** The operator's lists as three files in a folder, one per format, a few lines each. */
function listsDir(files: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'voicecart-asr-'));
  const all = {
    'homophones.csv': 'thwimp,vorple\nsnargle,plenth,crawdy\n',
    'similar.json': '{\n  "zibbet": ["quandle", "glim shaw"],\n  "fennow": ["twenty-one"]\n}\n',
    'confusions.csv':
      'gold_word,asr_word,type,count,count_in_shopping_or_list_utterances\n' +
      'morkin,daxter,substitution,4,1\n' +
      'blemmet,daxter,substitution,1,0\n' +
      ',daxter,insertion,9,0\n' +
      "kestrow,o'dell,substitution,5,0\n",
    ...files,
  };
  for (const [name, text] of Object.entries(all)) writeFileSync(join(dir, name), text);
  return dir;
}

const withLists = Resolver.build(catalog, { soundAlikes: loadSoundAlikesDir(listsDir()) });
const withoutLists = Resolver.build(catalog);
const productOf = (resolver: Resolver, text: string): string | null => resolver.resolve(text).product?.id ?? null;
const wordsFor = (list: SoundAlikes, heard: string): string[] => (list.get(heard) ?? []).map((alike) => alike.word);

describe('when the shopper says a word only the operator\'s lists explain', () => {
  it('finds the product a listed homophone names, either way round', () => {
    expect(productOf(withoutLists, 'thwimp jam')).not.toBe('v1');
    expect(productOf(withLists, 'thwimp jam')).toBe('v1');
    expect(productOf(withLists, 'thwimp')).toBe('v1');
    expect(productOf(withLists, 'plenth cheese')).toBe('s1');
  });

  it('finds the product a similar-sounding word names, a heard phrase run together as the resolver merges words', () => {
    expect(productOf(withoutLists, 'quandle crackers')).not.toBe('z1');
    expect(productOf(withLists, 'quandle crackers')).toBe('z1');
    expect(productOf(withLists, 'glim shaw crackers')).toBe('z1');
  });

  it('finds the product a recogniser writes that word for, often enough to be a habit', () => {
    expect(productOf(withoutLists, 'daxter tea')).not.toBe('m1');
    expect(productOf(withLists, 'daxter tea')).toBe('m1');
  });

  it('still gives the product named exactly, though the lists say its word sounds like another', () => {
    expect(productOf(withLists, 'vorple jam')).toBe('v1');
    expect(productOf(withLists, 'snargle cheese')).toBe('s1');
    expect(productOf(withLists, 'zibbet crackers')).toBe('z1');
    expect(productOf(withLists, 'grindle jam')).toBe('g1');
  });

  it('never lets a listed word outweigh the word heard exactly', () => {
    const both = catalogOf([
      { id: 'v1', name: 'Vorple Jam', category: 'pantry > spreads' },
      { id: 't1', name: 'Thwimp Jam', category: 'pantry > spreads' },
    ]);
    const resolver = Resolver.build(both, { soundAlikes: parseHomophones('thwimp,vorple\n') });
    expect(productOf(resolver, 'thwimp jam')).toBe('t1');
    expect(productOf(resolver, 'vorple jam')).toBe('v1');
    expect(productOf(resolver, 'thwimp')).toBe('t1');
    // Even a list that claims full certainty is held below an exact match.
    const overclaiming = Resolver.build(both, { soundAlikes: new Map([['thwimp', [{ word: 'vorple', strength: 5 }]]]) });
    expect(productOf(overclaiming, 'thwimp jam')).toBe('t1');
  });
});

describe('reading the lists', () => {
  it('links every word of a homophone set with the others, stemmed and in lower case', () => {
    const list = parseHomophones('Plenths,Crawdy,snargle\n');
    expect(wordsFor(list, 'plenth').sort()).toEqual(['crawdy', 'snargle']);
    expect(wordsFor(list, 'snargle').sort()).toEqual(['crawdy', 'plenth']);
    expect(list.get('crawdy')?.[0]?.strength).toBe(MATCH.phonetic);
  });

  it('reads similar-sounding words both ways, skipping what names no single catalog word', () => {
    const list = parseSimilarSounding('{"zibbet": ["quandle", "glim shaw", "twenty-one", "o\'dell"], "7": ["seven"]}');
    expect(wordsFor(list, 'quandle')).toEqual(['zibbet']);
    expect(wordsFor(list, 'zibbet')).toEqual(['quandle']);
    expect(wordsFor(list, 'glimshaw')).toEqual(['zibbet']);
    expect(wordsFor(list, 'twentyone')).toEqual(['zibbet']);
    expect(list.has('seven')).toBe(false);
    expect(list.get('quandle')?.[0]?.strength).toBeLessThan(MATCH.phonetic);
  });

  it('keeps only substitutions a recogniser makes as a habit, from the written word to the said one', () => {
    const list = parseRecogniserConfusions(
      'gold_word,asr_word,type,count\n' +
        'morkin,daxter,substitution,6\n' +
        'blemmet,daxter,substitution,2\n' +
        'fennow,glub,substitution,1\n' +
        'kestrow,unk,substitution,8\n' +
        ',daxter,insertion,9\n' +
        'zibbet,,deletion,9\n' +
        "kestrow,o'dell,substitution,5\n",
    );
    expect(wordsFor(list, 'daxter')).toEqual(['morkin', 'blemmet']);
    expect(list.has('morkin')).toBe(false);
    expect(list.has('glub')).toBe(false);
    expect(list.has('unk')).toBe(false);
  });

  it('drops a pair that is a small share of what the recogniser writes that word for', () => {
    const rows = ['gold_word,asr_word,type,count', 'morkin,daxter,substitution,2'];
    for (const word of ['alpha', 'bravo', 'charlie', 'delta', 'echo']) rows.push(`${word},daxter,substitution,3`);
    expect(wordsFor(parseRecogniserConfusions(`${rows.join('\n')}\n`), 'daxter')).toEqual([]);
  });
});

describe('when a list is malformed', () => {
  it('names the file and line of a bad homophone set', () => {
    expect(() => parseHomophones('thwimp,vorple\nlonely\n', 'homophones.csv')).toThrow('homophones.csv line 2: a set needs at least two words');
    expect(() => parseHomophones('thwimp,vorple\n\nplenth,>crawdy\n', 'homophones.csv')).toThrow(
      'homophones.csv line 3: word 2 (">crawdy") is not a word',
    );
  });

  it('names the file and line of a bad similar-sounding entry', () => {
    expect(() => parseSimilarSounding('{\n  "zibbet": ["quandle"],\n  "fennow": "glub"\n}\n', 'similar.json')).toThrow(
      /^similar\.json line 3: "fennow"/,
    );
    expect(() => parseSimilarSounding('{\n  "zibbet": ["quandle"],\n  "fennow": ["glub", 7]\n}\n', 'similar.json')).toThrow(
      /^similar\.json line 3: "fennow", word 2/,
    );
    expect(() => parseSimilarSounding('{\n  "zibbet": ["quandle"]\n  "fennow": []\n}\n', 'similar.json')).toThrow(
      /^similar\.json line 3: not valid JSON/,
    );
    expect(() => parseSimilarSounding('["zibbet"]', 'similar.json')).toThrow('similar.json: expected an object');
  });

  it('names the file and line of a bad recogniser confusion', () => {
    const header = 'gold_word,asr_word,type,count\n';
    expect(() => parseRecogniserConfusions(`${header}morkin,daxter,substitution,many\n`, 'c.csv')).toThrow(
      'c.csv line 2: count: must be a whole number',
    );
    expect(() => parseRecogniserConfusions(`${header}morkin,daxter,substitution,2\nmorkin,daxter,swap,2\n`, 'c.csv')).toThrow(/^c\.csv line 3: type:/);
    expect(() => parseRecogniserConfusions(`${header}morkin,daxter,2\n`, 'c.csv')).toThrow('c.csv line 2: expected 4 fields as in the header, found 3');
    expect(() => parseRecogniserConfusions('gold_word,asr_word,count\n', 'c.csv')).toThrow('c.csv line 1: the header has no type column');
  });

  it('says which file of a folder is at fault', () => {
    const dir = listsDir({ 'homophones.csv': 'thwimp,vorple\nlonely\n' });
    expect(() => loadSoundAlikesDir(dir)).toThrow(`${join(dir, 'homophones.csv')} line 2: a set needs at least two words`);
  });
});

describe('reading a folder of lists', () => {
  it('reads whichever lists it holds, by their content, and leaves other files alone', () => {
    const dir = mkdtempSync(join(tmpdir(), 'voicecart-asr-'));
    writeFileSync(join(dir, 'README.txt'), 'not a list');
    mkdirSync(join(dir, 'old.csv'));
    writeFileSync(join(dir, 'my-confusions.csv'), 'gold_word,asr_word,type,count\nmorkin,daxter,substitution,3\n');
    const list = loadSoundAlikesDir(dir);
    expect(wordsFor(list, 'daxter')).toEqual(['morkin']);
    expect(list.size).toBe(1);
  });

  it('refuses a folder with no list, or none at all', () => {
    const empty = mkdtempSync(join(tmpdir(), 'voicecart-asr-'));
    expect(() => loadSoundAlikesDir(empty)).toThrow(`${empty}: holds no sound-alike list`);
    expect(() => loadSoundAlikesDir(join(empty, 'missing'))).toThrow(/missing: cannot read the sound-alike lists/);
  });
});
