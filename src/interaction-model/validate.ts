import { interactionModelBytes } from './format.ts';
import { ALEXA_LIMITS, FORBIDDEN_INVOCATION_WORDS, WEAK_INVOCATION_WORDS } from './limits.ts';
import type { Intent, InteractionModel, Slot } from './schema.ts';

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

/** What Alexa refuses in one sample, of an intent or of a slot (`where` names it). */
function sampleProblems(where: string, sample: string, slotNames: ReadonlySet<string>): string[] {
  const problems: string[] = [];
  const references = [...sample.matchAll(SLOT_REFERENCE)].map((match) => match[1] ?? '');
  for (const reference of references) {
    if (!slotNames.has(reference)) problems.push(`${where}: "${sample}" uses {${reference}}, which the intent does not declare`);
  }
  if (new Set(references).size !== references.length) problems.push(`${where}: "${sample}" uses a slot twice`);
  const text = sample.replace(SLOT_REFERENCE, ' ').trim();
  if (text !== '' && !SAMPLE_TEXT.test(text)) problems.push(`${where}: "${sample}" has characters Alexa does not allow`);
  if (/[0-9]/.test(text)) problems.push(`${where}: "${sample}" has digits; numbers must be spelled out`);
  if (sample !== sample.trim() || /\s{2,}/.test(sample)) problems.push(`${where}: "${sample}" has stray spaces`);
  return problems;
}

/**
 * A slot's own samples are what a shopper says when asked for that slot: each must say the slot
 * (it may say others of the intent too), none twice, and they count only where the dialog model
 * lets the skill ask for the slot.
 */
function slotSampleProblems(intent: Intent, slot: Slot, slotNames: ReadonlySet<string>, inDialog: boolean): string[] {
  const where = `${intent.name}.${slot.name}`;
  const problems: string[] = [];
  const samples = slot.samples ?? [];
  if (samples.length > 0 && !inDialog) problems.push(`${where} has slot samples but is not in the dialog model`);
  const seen = new Set<string>();
  for (const sample of samples) {
    problems.push(...sampleProblems(where, sample, slotNames));
    const references = [...sample.matchAll(SLOT_REFERENCE)].map((match) => match[1] ?? '');
    if (!references.includes(slot.name)) problems.push(`${where}: slot sample "${sample}" does not say {${slot.name}}`);
    const key = sample.toLowerCase();
    if (seen.has(key)) problems.push(`${where}: slot sample "${sample}" appears twice`);
    seen.add(key);
  }
  return problems;
}

/**
 * The dialog model and its prompts: every intent and slot it names is declared in the language
 * model with the same type, every prompt it uses exists and says something, and a required slot
 * has a prompt to ask for it and samples to hear the answer.
 */
function dialogProblems(model: InteractionModel): string[] {
  const { languageModel, dialog, prompts = [] } = model.interactionModel;
  const problems: string[] = [];
  const promptIds = new Set<string>();
  for (const prompt of prompts) {
    if (promptIds.has(prompt.id)) problems.push(`prompt ${prompt.id} is declared twice`);
    promptIds.add(prompt.id);
    if (prompt.variations.length === 0) problems.push(`prompt ${prompt.id} has no variations`);
    for (const variation of prompt.variations) {
      if (variation.value.trim() === '') problems.push(`prompt ${prompt.id} has an empty variation`);
      if (variation.type === 'PlainText' && /[<>]/.test(variation.value)) problems.push(`prompt ${prompt.id} has markup in plain text`);
      if (variation.type === 'SSML' && !/^<speak>[\s\S]*<\/speak>$/.test(variation.value)) problems.push(`prompt ${prompt.id} is SSML outside <speak>`);
    }
  }
  const used = new Set<string>();
  const usePrompt = (id: string | undefined, where: string): void => {
    if (id === undefined) return;
    used.add(id);
    if (!promptIds.has(id)) problems.push(`${where} uses prompt ${id}, which is not defined`);
  };
  const dialogIntents = new Set<string>();
  for (const intent of dialog?.intents ?? []) {
    if (dialogIntents.has(intent.name)) problems.push(`dialog intent ${intent.name} is declared twice`);
    dialogIntents.add(intent.name);
    const declared = languageModel.intents.find((candidate) => candidate.name === intent.name);
    if (declared === undefined) {
      problems.push(`dialog intent ${intent.name} is not an intent of the language model`);
      continue;
    }
    usePrompt(intent.prompts.confirmation, intent.name);
    if (intent.confirmationRequired && intent.prompts.confirmation === undefined) problems.push(`${intent.name} requires confirmation without a prompt`);
    for (const slot of intent.slots) {
      const where = `${intent.name}.${slot.name}`;
      const declaredSlot = declared.slots?.find((candidate) => candidate.name === slot.name);
      if (declaredSlot === undefined) problems.push(`dialog slot ${where} is not a slot of the intent`);
      else if (declaredSlot.type !== slot.type) problems.push(`dialog slot ${where} has type ${slot.type}, the intent says ${declaredSlot.type}`);
      usePrompt(slot.prompts.elicitation, where);
      usePrompt(slot.prompts.confirmation, where);
      if (slot.elicitationRequired && slot.prompts.elicitation === undefined) problems.push(`${where} is required without a prompt to ask for it`);
      if (slot.elicitationRequired && (declaredSlot?.samples ?? []).length === 0) problems.push(`${where} is required without samples to hear the answer`);
      if (slot.confirmationRequired && slot.prompts.confirmation === undefined) problems.push(`${where} requires confirmation without a prompt`);
    }
  }
  for (const id of promptIds) if (!used.has(id)) problems.push(`prompt ${id} is never used`);
  for (const intent of languageModel.intents) {
    const slotNames = new Set((intent.slots ?? []).map((slot) => slot.name));
    const dialogIntent = dialog?.intents.find((candidate) => candidate.name === intent.name);
    for (const slot of intent.slots ?? []) {
      const inDialog = dialogIntent?.slots.some((candidate) => candidate.name === slot.name) === true;
      problems.push(...slotSampleProblems(intent, slot, slotNames, inDialog));
    }
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
      problems.push(...sampleProblems(intent.name, sample, slotNames));
      const key = sample.toLowerCase();
      const earlier = seenSamples.get(key);
      if (earlier !== undefined) {
        problems.push(earlier === intent.name ? `${intent.name}: "${sample}" appears twice` : `"${sample}" is a sample of both ${earlier} and ${intent.name}`);
      } else {
        seenSamples.set(key, intent.name);
      }
    }
  }

  problems.push(...dialogProblems(model));

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
