import type { NluTables, TableIntent } from './tables.ts';
import { FUNCTION_WORDS } from './text.ts';

export type Element =
  | { readonly kind: 'word'; readonly word: string; readonly gain: number; readonly miss: number }
  | { readonly kind: 'slot'; readonly name: string; readonly type: string };

export interface Pattern {
  readonly intent: string;
  readonly elements: readonly Element[];
  /** Content words of the sample: a sentence must share one of them to be compared with it. */
  readonly contentWords: readonly string[];
  readonly slotCount: number;
}

/** What a matched word is worth, and what leaving it out costs; function words count for less. */
export const WORD_WEIGHTS = {
  contentGain: 1,
  contentMiss: 1.5,
  functionGain: 0.5,
  functionMiss: 0.45,
  contentExtra: 1,
  functionExtra: 0.35,
} as const;

/** A word of a sample as an element, shared by every sample that has it: the elements are never changed. */
const wordElements = new Map<string, Element>();

function wordElement(token: string): Element {
  let made = wordElements.get(token);
  if (made === undefined) {
    const isFunction = FUNCTION_WORDS.has(token);
    made = {
      kind: 'word',
      word: token,
      gain: isFunction ? WORD_WEIGHTS.functionGain : WORD_WEIGHTS.contentGain,
      miss: isFunction ? WORD_WEIGHTS.functionMiss : WORD_WEIGHTS.contentMiss,
    };
    wordElements.set(token, made);
  }
  return made;
}

function slotElement(reference: string, slots: ReadonlyMap<string, { name: string; type: string }>): Element {
  // Words are lowercased before this point, so slots are looked up by their lowercase name.
  const slot = slots.get(reference);
  return { kind: 'slot', name: slot?.name ?? reference, type: slot?.type ?? 'AMAZON.SearchQuery' };
}

/** Samples of one intent, given as their words, as patterns. */
function patternsOf(intent: TableIntent, samples: readonly string[]): Pattern[] {
  const slots = new Map(intent.slots.map((slot) => [slot.name.toLowerCase(), slot]));
  const slotElements = new Map<string, Element>();
  const elementOf = (token: string): Element => {
    if (!token.startsWith('{') || !/^\{\w+\}$/.test(token)) return wordElement(token);
    let made = slotElements.get(token);
    if (made === undefined) slotElements.set(token, (made = slotElement(token.slice(1, -1), slots)));
    return made;
  };
  return samples.map((sample) => {
    const elements = sample.split(' ').map(elementOf);
    const contentWords: string[] = [];
    let slotCount = 0;
    for (const e of elements) {
      if (e.kind === 'slot') slotCount++;
      else if (e.gain === WORD_WEIGHTS.contentGain && !contentWords.includes(e.word)) contentWords.push(e.word);
    }
    return { intent: intent.name, elements, contentWords, slotCount };
  });
}

/** Every sample of the model as a pattern, in model order, samples that read the same after filler removal kept once. */
export function compilePatterns(tables: NluTables): Pattern[] {
  return tables.intents.flatMap((intent) => patternsOf(intent, intent.samples));
}

/** Where a slot's own samples are kept: "RemoveItemIntent.product". */
export function slotKey(intent: string, slot: string): string {
  return `${intent}.${slot}`;
}

/**
 * Each slot's own samples ("the {product}", "I said {product}") as patterns of its intent, by
 * `slotKey`: what a shopper says when asked for just that slot.
 */
export function compileSlotSamples(tables: NluTables): Map<string, Pattern[]> {
  const bySlot = new Map<string, Pattern[]>();
  for (const intent of tables.intents) {
    for (const slot of intent.slots) {
      if (slot.samples !== undefined) bySlot.set(slotKey(intent.name, slot.name), patternsOf(intent, slot.samples));
    }
  }
  return bySlot;
}
