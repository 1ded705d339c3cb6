import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { z } from 'zod';
import { readCsv } from './csv.ts';
import { SOUND_ALIKE_SETS } from './lexicon.ts';
import { stem, STOPWORDS } from './normalise.ts';
import { MATCH } from './query.ts';

/**
 * Words a speech recogniser writes for one another, from lists the store's operator supplies
 * (`--asr DIR`, `VOICECART_ASR_DIR`): sets of homophones, words with similar-sounding words, and
 * a recogniser's observed word confusions. voicecart ships only a few grocery homophones of its
 * own (lexicon.ts); beyond them and its phonetic keys and typing slips, a store's lists teach it
 * the slips of its recogniser.
 */

/** A word a heard word may have been, and how strongly the lists say so. */
export interface SoundAlike {
  /** Stemmed, as the catalog's vocabulary holds it ("berries" → berry). */
  readonly word: string;
  /** At most MATCH.phonetic: a listed sound-alike is never as sure as hearing the word itself. */
  readonly strength: number;
}

/** Heard word (stemmed, run together when it was several words) → the words it may have been. */
export type SoundAlikes = ReadonlyMap<string, readonly SoundAlike[]>;

/** Listed as sounding the same ("time", "thyme"): as strong as sharing a sound key, never more. */
export const HOMOPHONE_STRENGTH = MATCH.phonetic;
/**
 * Listed as sounding similar, not the same ("leak", "lake"): still enough for a one-word
 * request (the fit wants 0.84), below what a list item needs to be taken as heard for sure (0.89).
 */
export const SIMILAR_SOUND_STRENGTH = 0.86;
/** A slip a recogniser was seen to make often enough to trust: as strong as a similar sound. */
export const CONFUSION_STRENGTH = 0.86;
/**
 * A recogniser confusion counts only when it was seen at least this often. Most pairs in a
 * recogniser's error log are seen once, one-offs of a garbled utterance (a word misheard as whatever
 * the rest of the sentence suggested); a pair seen again is a habit of the recogniser. Twice is the
 * least that tells a habit from chance.
 */
export const MIN_CONFUSION_COUNT = 2;
/**
 * ...and only when it is at least this share of the recogniser's mistakes in writing that word. A
 * word it writes in place of a dozen different words says little about any one of them; one it
 * writes mostly in place of the same word says a lot. Below a fifth, the pairs of a real
 * recogniser's log were mostly such scatter, and they misled requests that were otherwise resolved.
 */
export const MIN_CONFUSION_SHARE = 0.2;
/** What a recogniser writes for a word it could not make out: no word at all. */
const UNKNOWN_WORD_TOKENS: ReadonlySet<string> = new Set(['unk']);

const ALPHABETIC = /^[a-z]+$/;
/** What a listed entry may be: words of letters or digits, with apostrophes, hyphens, dots or spaces between. */
const LISTED_WORD = /^[\p{L}\p{N}][\p{L}\p{N}' .-]*$/u;

const ListedWordSchema = z.string().trim().regex(LISTED_WORD, 'is not a word');

/**
 * Gathers listed pairs as the resolver looks words up: lower case and stemmed, the strongest
 * listing of a pair kept. A heard entry of several words ("ice cream") is kept run together
 * ("icecream"), as the resolver meets two heard words merged; a catalog-side entry of several words
 * is skipped, since one heard word is matched with one catalog word. Entries with apostrophes or
 * digits ("don't", "7") are skipped too: the resolver cleans those into other words first.
 */
class SoundAlikesBuilder {
  private readonly pairs = new Map<string, Map<string, number>>();

  add(heard: string, meant: string, strength: number): void {
    const heardParts = heard.toLowerCase().trim().split(/[\s-]+/);
    if (!heardParts.every((part) => ALPHABETIC.test(part))) return;
    const meantWord = meant.toLowerCase().trim();
    if (!ALPHABETIC.test(meantWord)) return;
    const heardKey = stem(heardParts.join(''));
    const meantKey = stem(meantWord);
    // A stopword heard is never looked up, and one meant is in no name; a plural is already its stem.
    if (heardKey === meantKey || STOPWORDS.has(heardKey) || STOPWORDS.has(meantKey)) return;
    const targets = this.pairs.get(heardKey) ?? new Map<string, number>();
    this.pairs.set(heardKey, targets);
    targets.set(meantKey, Math.max(targets.get(meantKey) ?? 0, Math.min(strength, MATCH.phonetic)));
  }

  /** Words that sound alike each stand for the others. */
  addSet(words: readonly string[], strength: number): void {
    for (const heard of words) for (const meant of words) if (heard !== meant) this.add(heard, meant, strength);
  }

  addAll(list: SoundAlikes): void {
    for (const [heard, alikes] of list) for (const { word, strength } of alikes) this.add(heard, word, strength);
  }

  build(): SoundAlikes {
    const built = new Map<string, SoundAlike[]>();
    for (const [heard, targets] of this.pairs) {
      built.set(heard, [...targets].map(([word, strength]) => ({ word, strength })).sort((a, b) => b.strength - a.strength));
    }
    return built;
  }
}

/** The first problem zod found, said plainly. */
function firstProblem(error: z.ZodError, describePath: (path: readonly PropertyKey[]) => string): string {
  const issue = error.issues[0];
  if (issue === undefined) return 'is invalid';
  return `${describePath(issue.path)} ${issue.message}`.trim();
}

const HomophoneSetSchema = z.array(ListedWordSchema).min(2, 'a set needs at least two words');

/**
 * Sets of words that sound alike, one set a line, comma separated, no header ("time,thyme").
 * Each word of a set stands for every other, both ways.
 */
export function parseHomophones(text: string, source = 'homophones'): SoundAlikes {
  const builder = new SoundAlikesBuilder();
  for (const { line, cells } of readCsv(text.replace(/^\uFEFF/, ''), source)) {
    const parsed = HomophoneSetSchema.safeParse(cells);
    if (!parsed.success) {
      throw new Error(`${source} line ${line}: ${firstProblem(parsed.error, (path) => wordAt(path, cells))}`);
    }
    builder.addSet(parsed.data, HOMOPHONE_STRENGTH);
  }
  return builder.build();
}

/** "word 2 ("x1!")" for a problem with one cell, nothing for a problem with the whole row. */
function wordAt(path: readonly PropertyKey[], cells: readonly string[]): string {
  const at = path[0];
  return typeof at === 'number' ? `word ${at + 1} (${JSON.stringify(cells[at] ?? '')})` : '';
}

const SimilarSoundingSchema = z.record(ListedWordSchema, z.array(ListedWordSchema));

/**
 * A JSON object from a word to the words that sound similar to it ({"word": ["similar", …]}).
 * Sounding alike goes both ways, so each listed word also stands for the key.
 */
export function parseSimilarSounding(text: string, source = 'similar-sounding words'): SoundAlikes {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const position = /position (\d+)/.exec(message);
    const where = position === null ? '' : ` line ${lineAt(text, Number(position[1]))}`;
    throw new Error(`${source}${where}: not valid JSON (${message})`);
  }
  const parsed = SimilarSoundingSchema.safeParse(json);
  if (!parsed.success) {
    const key = parsed.error.issues[0]?.path[0];
    if (typeof key !== 'string') throw new Error(`${source}: expected an object of word → [similar-sounding words]`);
    const line = lineOfKey(text, key);
    const problem = firstProblem(parsed.error, (path) => {
      const at = path[1];
      return typeof at === 'number' ? `${JSON.stringify(key)}, word ${at + 1}` : JSON.stringify(key);
    });
    throw new Error(`${source}${line === null ? '' : ` line ${line}`}: ${problem}`);
  }
  const builder = new SoundAlikesBuilder();
  for (const [word, similar] of Object.entries(parsed.data)) {
    for (const other of similar) {
      builder.add(word, other, SIMILAR_SOUND_STRENGTH);
      builder.add(other, word, SIMILAR_SOUND_STRENGTH);
    }
  }
  return builder.build();
}

/** The 1-based line of a character offset. */
function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** The line where a key of a JSON object is written, so a bad entry can be found in the file. */
function lineOfKey(text: string, key: string): number | null {
  const escaped = JSON.stringify(key).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const match = new RegExp(`${escaped}\\s*:`).exec(text);
  return match === null ? null : lineAt(text, match.index);
}

const CONFUSION_COLUMNS = ['gold_word', 'asr_word', 'type', 'count'] as const;

const ConfusionRowSchema = z.object({
  gold_word: z.string().trim(),
  asr_word: z.string().trim(),
  type: z.enum(['substitution', 'insertion', 'deletion']),
  count: z.string().trim().regex(/^\d+$/, 'must be a whole number').transform(Number),
});

/**
 * A recogniser's word confusions, CSV with the header `gold_word,asr_word,type,count,…`: the word
 * said, the word the recogniser wrote, and how often. Only substitutions of one alphabetic word for
 * another, seen often enough (MIN_CONFUSION_COUNT, MIN_CONFUSION_SHARE), count; the written (heard)
 * word then stands for the said one, that way only: a recogniser's slips have a direction (it may
 * write a common word for a rare one it barely knows, and hardly ever the rare one for the common).
 */
export function parseRecogniserConfusions(text: string, source = 'recogniser confusions'): SoundAlikes {
  const [header, ...records] = readCsv(text.replace(/^\uFEFF/, ''), source);
  if (header === undefined) throw new Error(`${source}: the file is empty`);
  const names = header.cells.map((cell) => cell.trim().toLowerCase());
  const missing = CONFUSION_COLUMNS.filter((column) => !names.includes(column));
  if (missing.length > 0) throw new Error(`${source} line ${header.line}: the header has no ${missing.join(', ')} column`);
  const substitutions: { said: string; written: string; count: number }[] = [];
  const mistakesWriting = new Map<string, number>();
  for (const { line, cells } of records) {
    if (cells.length !== names.length) {
      throw new Error(`${source} line ${line}: expected ${names.length} fields as in the header, found ${cells.length}`);
    }
    const parsed = ConfusionRowSchema.safeParse(Object.fromEntries(names.map((name, i) => [name, cells[i] ?? ''])));
    if (!parsed.success) throw new Error(`${source} line ${line}: ${firstProblem(parsed.error, (path) => `${path.map(String).join('.')}:`)}`);
    const row = parsed.data;
    if (row.type !== 'substitution') continue;
    const written = row.asr_word.toLowerCase();
    mistakesWriting.set(written, (mistakesWriting.get(written) ?? 0) + row.count);
    substitutions.push({ said: row.gold_word.toLowerCase(), written, count: row.count });
  }
  const builder = new SoundAlikesBuilder();
  for (const { said, written, count } of substitutions) {
    // Only single words: a contraction or a token like "<unk>" names no product word.
    if (!ALPHABETIC.test(said) || !ALPHABETIC.test(written) || UNKNOWN_WORD_TOKENS.has(written)) continue;
    if (count < MIN_CONFUSION_COUNT || count < MIN_CONFUSION_SHARE * (mistakesWriting.get(written) ?? count)) continue;
    builder.add(written, said, CONFUSION_STRENGTH);
  }
  return builder.build();
}

/**
 * The sound-alikes voicecart knows of itself (lexicon.ts), as strong as homophones from a list.
 * Built once: every resolver uses them, including the small ones built to match a cart's lines.
 */
export function grocerySoundAlikes(): SoundAlikes {
  if (grocery === undefined) {
    const builder = new SoundAlikesBuilder();
    for (const set of SOUND_ALIKE_SETS) builder.addSet(set, HOMOPHONE_STRENGTH);
    grocery = builder.build();
  }
  return grocery;
}

let grocery: SoundAlikes | undefined;

/** Several lists as one, the strongest listing of each pair kept. */
export function mergeSoundAlikes(lists: readonly SoundAlikes[]): SoundAlikes {
  const builder = new SoundAlikesBuilder();
  for (const list of lists) builder.addAll(list);
  return builder.build();
}

/**
 * Reads one list file, its kind told by its content: JSON is words with their similar-sounding
 * words; CSV whose header has gold_word and asr_word is a recogniser's confusions; other CSV is
 * homophone sets.
 */
export function loadSoundAlikesFile(path: string): SoundAlikes {
  const extension = extname(path).toLowerCase();
  const text = readFileSync(path, 'utf8');
  if (extension === '.json') return parseSimilarSounding(text, path);
  if (extension !== '.csv') throw new Error(`${path}: a sound-alike list must be a .csv or .json file`);
  const firstLine = (text.replace(/^\uFEFF/, '').split('\n', 1)[0] ?? '').toLowerCase();
  const header = firstLine.split(',').map((cell) => cell.trim());
  return header.includes('gold_word') && header.includes('asr_word') ? parseRecogniserConfusions(text, path) : parseHomophones(text, path);
}

/**
 * Reads every .csv and .json list in a directory (other files are left alone) into one set of
 * sound-alikes. A directory with no list at all is an error: the operator meant to give some.
 */
export function loadSoundAlikesDir(dir: string): SoundAlikes {
  let entries: string[];
  try {
    entries = readdirSync(dir).sort();
  } catch (error) {
    throw new Error(`${dir}: cannot read the sound-alike lists (${error instanceof Error ? error.message : String(error)})`);
  }
  const files = entries
    .filter((name) => ['.csv', '.json'].includes(extname(name).toLowerCase()))
    .map((name) => join(dir, name))
    .filter((path) => statSync(path).isFile());
  if (files.length === 0) throw new Error(`${dir}: holds no sound-alike list (.csv or .json)`);
  return mergeSoundAlikes(files.map(loadSoundAlikesFile));
}
