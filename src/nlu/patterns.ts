import type { InteractionModel } from '../interaction-model/schema.ts';
import { FUNCTION_WORDS, meaningfulWords } from './text.ts';

export type Element =
  | { readonly kind: 'word'; readonly word: string; readonly gain: number; readonly miss: number }
  | { readonly kind: 'slot'; readonly name: string; readonly type: string };

export interface Pattern {
  readonly intent: string;
  readonly elements: readonly Element[];
  /** Content words of the sample: a sentence must share one of them to be compared with it. */
  readonly contentWords: readonly string[];
  readonly words: ReadonlySet<string>;
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

function element(token: string, slots: ReadonlyMap<string, { name: string; type: string }>): Element {
  const reference = /^\{(\w+)\}$/.exec(token);
  if (reference !== null) {
    // Words are lowercased before this point, so slots are looked up by their lowercase name.
    const slot = slots.get(reference[1] ?? '');
    return { kind: 'slot', name: slot?.name ?? reference[1] ?? '', type: slot?.type ?? 'AMAZON.SearchQuery' };
  }
  const isFunction = FUNCTION_WORDS.has(token);
  return {
    kind: 'word',
    word: token,
    gain: isFunction ? WORD_WEIGHTS.functionGain : WORD_WEIGHTS.contentGain,
    miss: isFunction ? WORD_WEIGHTS.functionMiss : WORD_WEIGHTS.contentMiss,
  };
}

type Intent = InteractionModel['interactionModel']['languageModel']['intents'][number];

/** Samples of one intent as patterns, skipping those that read like one already in `seen` after filler removal. */
function compileSamples(intent: Intent, samples: readonly string[], seen: Set<string>): Pattern[] {
  const patterns: Pattern[] = [];
  const slots = new Map((intent.slots ?? []).map((slot) => [slot.name.toLowerCase(), slot]));
  for (const sample of samples) {
    const tokens = meaningfulWords(sample.replace(/\{(\w+)\}/g, ' {$1} '));
    const key = tokens.join(' ');
    if (tokens.length === 0 || seen.has(key)) continue;
    seen.add(key);
    const elements = tokens.map((token) => element(token, slots));
    const words = elements.flatMap((e) => (e.kind === 'word' ? [e] : []));
    patterns.push({
      intent: intent.name,
      elements,
      words: new Set(words.map((w) => w.word)),
      contentWords: [...new Set(words.filter((w) => w.gain === WORD_WEIGHTS.contentGain).map((w) => w.word))],
      slotCount: elements.length - words.length,
    });
  }
  return patterns;
}

/** Every sample of the model as a pattern, in model order, samples that read the same after filler removal kept once. */
export function compilePatterns(model: InteractionModel): Pattern[] {
  const seen = new Set<string>();
  return model.interactionModel.languageModel.intents.flatMap((intent) => compileSamples(intent, intent.samples, seen));
}

/** Where a slot's own samples are kept: "RemoveItemIntent.product". */
export function slotKey(intent: string, slot: string): string {
  return `${intent}.${slot}`;
}

/**
 * Each slot's own samples ("the {product}", "I said {product}") as patterns of its intent, by
 * `slotKey`: what a shopper says when asked for just that slot.
 */
export function compileSlotSamples(model: InteractionModel): Map<string, Pattern[]> {
  const bySlot = new Map<string, Pattern[]>();
  for (const intent of model.interactionModel.languageModel.intents) {
    for (const slot of intent.slots ?? []) {
      const samples = slot.samples ?? [];
      if (samples.length > 0) bySlot.set(slotKey(intent.name, slot.name), compileSamples(intent, samples, new Set()));
    }
  }
  return bySlot;
}
