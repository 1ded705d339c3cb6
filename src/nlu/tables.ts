import type { InteractionModel } from '../interaction-model/schema.ts';
import { meaningfulWords, words } from './text.ts';

/**
 * What the NLU reads from an interaction model, in the form it compares sentences in: each
 * sample as its meaningful words, each slot type's values as their words. Making it is most of
 * what building the NLU costs, and it is plain data, so a start can read it kept instead.
 */
export interface NluTables {
  readonly invocationName: string;
  readonly intents: readonly TableIntent[];
  /** Each slot type's values and synonyms, as words joined by spaces, each once. */
  readonly types: readonly (readonly [name: string, phrases: readonly string[]])[];
}

export interface TableIntent {
  readonly name: string;
  readonly slots: readonly TableSlot[];
  /**
   * Its samples as words joined by spaces ("add {quantity} {product}"), in model order; a sample
   * that reads like one before it, in this intent or an earlier one, is left out.
   */
  readonly samples: readonly string[];
}

export interface TableSlot {
  readonly name: string;
  readonly type: string;
  /** The slot's own samples, as the intent's are (each once within the slot); none when it has none. */
  readonly samples?: readonly string[];
}

/** A sample's words, with each slot reference ("{product}") a word of its own. */
function sampleWords(sample: string): string[] {
  return meaningfulWords(sample.includes('{') ? sample.replace(/\{(\w+)\}/g, ' {$1} ') : sample);
}

/** Samples as their words, each once: `seen` holds those already taken. */
function distinctSamples(samples: readonly string[], seen: Set<string>): string[] {
  const kept: string[] = [];
  for (const sample of samples) {
    const key = sampleWords(sample).join(' ');
    if (key === '' || seen.has(key)) continue;
    seen.add(key);
    kept.push(key);
  }
  return kept;
}

export function nluTables(model: InteractionModel): NluTables {
  const { invocationName, intents, types } = model.interactionModel.languageModel;
  const seen = new Set<string>();
  return {
    invocationName,
    intents: intents.map((intent) => ({
      name: intent.name,
      slots: (intent.slots ?? []).map((slot) => {
        const samples = slot.samples ?? [];
        return { name: slot.name, type: slot.type, ...(samples.length > 0 ? { samples: distinctSamples(samples, new Set()) } : {}) };
      }),
      samples: distinctSamples(intent.samples, seen),
    })),
    types: types.map((type) => {
      const phrases = new Set<string>();
      for (const value of type.values) {
        for (const text of [value.name.value, ...(value.name.synonyms ?? [])]) phrases.add(words(text).join(' '));
      }
      return [type.name, [...phrases]] as const;
    }),
  };
}
