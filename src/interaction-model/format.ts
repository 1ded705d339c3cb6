import type { InteractionModel } from './schema.ts';

/** Nesting depth below which the file is laid out one item per line; deeper parts stay on one line. */
const LAID_OUT_DEPTH = 6;

function format(value: unknown, depth: number): string {
  if (depth >= LAID_OUT_DEPTH || value === null || typeof value !== 'object') return JSON.stringify(value);
  const indent = '  '.repeat(depth + 1);
  const close = '  '.repeat(depth);
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    return `[\n${value.map((item) => indent + format(item, depth + 1)).join(',\n')}\n${close}]`;
  }
  const entries = Object.entries(value).filter(([, item]) => item !== undefined);
  if (entries.length === 0) return '{}';
  return `{\n${entries.map(([key, item]) => `${indent}${JSON.stringify(key)}: ${format(item, depth + 1)}`).join(',\n')}\n${close}}`;
}

/**
 * The model as the skill package stores it: intents, samples and slot values one per line, so a
 * catalog change reads well in a diff, without the indentation that would spend Alexa's size limit.
 */
export function serializeInteractionModel(model: InteractionModel): string {
  return `${format(model, 0)}\n`;
}

export function interactionModelBytes(model: InteractionModel): number {
  return Buffer.byteLength(serializeInteractionModel(model));
}

/**
 * What one slot value adds to the file as laid out above, besides its own text: the indentation,
 * `{"id":"…","name":{"value":"…","synonyms":[…]}},` and the line break. Each synonym adds its
 * quotes and comma.
 */
export const SLOT_VALUE_BYTES = { withId: 57, withoutId: 35, perSynonym: 3 } as const;
