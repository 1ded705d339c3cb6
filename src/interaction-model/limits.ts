/**
 * Alexa's limits on a custom interaction model (Alexa Skills Kit documentation: "Custom slot
 * types", "Interaction model schema", "Choose the invocation name for a custom skill").
 *
 * - Custom slot values: at most 50,000 values, counting every value and every synonym. Older
 *   documentation states this for the whole model ("a total of 50,000 custom slot values, totaled
 *   across all custom slots"), newer wording per slot type; the model-wide reading is the
 *   stricter one, so it is the one enforced.
 * - Each slot value or synonym: at most 140 characters.
 * - The whole interaction model JSON: at most 1.5 MB. A margin is kept below it so that
 *   hand-added samples or a few more values never push a generated model over.
 * - Invocation name: lowercase letters, spaces, apostrophes and periods, 2 to 50 characters,
 *   normally two or more words, no wake words or launch phrases.
 */
export const ALEXA_LIMITS = {
  slotValuesAndSynonyms: 50_000,
  slotValueCharacters: 140,
  modelBytes: 1_500_000,
  invocationNameCharacters: 50,
} as const;

/** What the generator aims for, a little under the hard limits. */
export const GENERATION_BUDGET = {
  slotValuesAndSynonyms: ALEXA_LIMITS.slotValuesAndSynonyms,
  modelBytes: Math.floor(ALEXA_LIMITS.modelBytes * 0.95),
} as const;

/** Words an invocation name must not contain: wake words, launch phrases and connecting words. */
export const FORBIDDEN_INVOCATION_WORDS: ReadonlySet<string> = new Set([
  'alexa', 'amazon', 'echo', 'computer', 'skill', 'app',
  'launch', 'ask', 'tell', 'load', 'begin', 'open', 'start', 'enable', 'play', 'resume', 'run', 'use',
  'to', 'from', 'by', 'if', 'and', 'whose',
]);

/** Two-word invocation names may not use these (an article or preposition as half the name). */
export const WEAK_INVOCATION_WORDS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'for', 'to', 'of', 'about', 'up', 'by', 'at', 'off', 'with',
]);
