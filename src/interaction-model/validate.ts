import { interactionModelBytes } from './format.ts';
import { ALEXA_LIMITS, FORBIDDEN_INVOCATION_WORDS, WEAK_INVOCATION_WORDS } from './limits.ts';
import type { InteractionModel } from './schema.ts';

/** Characters Alexa accepts in a sample besides slot references. */
const SAMPLE_TEXT = /^[a-z0-9' .]+$/;
const SLOT_REFERENCE = /\{([^{}]*)\}/g;

function invocationProblems(name: string): string[] {
  const problems: string[] = [];
  if (!/^[a-z][a-z' .]*$/.test(name)) problems.push(`invocation name "${name}" must be lowercase letters, spaces, apostrophes or periods`);
  if (name.length < 2 || name.length > ALEXA_LIMITS.invocationNameCharacters) {
    problems.push(`invocation name "${name}" must be 2 to ${ALEXA_LIMITS.invocationNameCharacters} characters`);
  }
  const words = name.split(/\s+/).filter(Boolean);
  for (const word of words) {
    if (FORBIDDEN_INVOCATION_WORDS.has(word)) problems.push(`invocation name "${name}" must not contain "${word}"`);
  }
  if (words.length === 1) problems.push(`invocation name "${name}" is one word: allowed only for a brand you own`);
  if (words.length === 2 && words.some((word) => WEAK_INVOCATION_WORDS.has(word))) {
    problems.push(`invocation name "${name}" has two words, one an article or preposition`);
  }
  return problems;
}

/** Everything in a model that Alexa would reject or that breaks the skill's conventions. */
export function validateInteractionModel(model: InteractionModel): string[] {
  const { invocationName, intents, types } = model.interactionModel.languageModel;
  const problems = invocationProblems(invocationName);
  const typeNames = new Set(types.map((type) => type.name));
  const seenSamples = new Map<string, string>();
  const intentNames = new Set<string>();

  for (const intent of intents) {
    if (intentNames.has(intent.name)) problems.push(`intent ${intent.name} is declared twice`);
    intentNames.add(intent.name);
    const slotNames = new Set((intent.slots ?? []).map((slot) => slot.name));
    for (const slot of intent.slots ?? []) {
      if (!slot.type.startsWith('AMAZON.') && !typeNames.has(slot.type)) {
        problems.push(`${intent.name}: slot {${slot.name}} has type ${slot.type}, which is not defined`);
      }
    }
    if (intent.name === 'AMAZON.FallbackIntent' && intent.samples.length > 0) {
      problems.push('AMAZON.FallbackIntent cannot have samples');
    }
    for (const sample of intent.samples) {
      const references = [...sample.matchAll(SLOT_REFERENCE)].map((match) => match[1] ?? '');
      for (const reference of references) {
        if (!slotNames.has(reference)) problems.push(`${intent.name}: "${sample}" uses {${reference}}, which the intent does not declare`);
      }
      if (new Set(references).size !== references.length) problems.push(`${intent.name}: "${sample}" uses a slot twice`);
      const text = sample.replace(SLOT_REFERENCE, ' ').trim();
      if (text !== '' && !SAMPLE_TEXT.test(text)) problems.push(`${intent.name}: "${sample}" has characters Alexa does not allow`);
      if (/[0-9]/.test(text)) problems.push(`${intent.name}: "${sample}" has digits; numbers must be spelled out`);
      if (sample !== sample.trim() || /\s{2,}/.test(sample)) problems.push(`${intent.name}: "${sample}" has stray spaces`);
      const key = sample.toLowerCase();
      const earlier = seenSamples.get(key);
      if (earlier !== undefined) {
        problems.push(earlier === intent.name ? `${intent.name}: "${sample}" appears twice` : `"${sample}" is a sample of both ${earlier} and ${intent.name}`);
      } else {
        seenSamples.set(key, intent.name);
      }
    }
  }

  let strings = 0;
  for (const type of types) {
    const seenValues = new Set<string>();
    for (const value of type.values) {
      for (const text of [value.name.value, ...(value.name.synonyms ?? [])]) {
        strings += 1;
        if (text.length > ALEXA_LIMITS.slotValueCharacters) {
          problems.push(`${type.name}: "${text.slice(0, 40)}…" is longer than ${ALEXA_LIMITS.slotValueCharacters} characters`);
        }
        if (seenValues.has(text)) problems.push(`${type.name}: "${text}" appears twice`);
        seenValues.add(text);
      }
    }
  }
  if (strings > ALEXA_LIMITS.slotValuesAndSynonyms) {
    problems.push(`${strings} slot values and synonyms: more than Alexa's ${ALEXA_LIMITS.slotValuesAndSynonyms}`);
  }
  const bytes = interactionModelBytes(model);
  if (bytes > ALEXA_LIMITS.modelBytes) problems.push(`the model is ${bytes} bytes: more than Alexa's ${ALEXA_LIMITS.modelBytes}`);
  return problems;
}
