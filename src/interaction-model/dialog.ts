import { enUS } from '../skill/speech/en-US.ts';
import { plainText, type Ssml } from '../skill/ssml.ts';
import { ELICITED_SLOTS } from './samples.ts';
import type { Dialog, Intent, Prompt } from './schema.ts';

/**
 * What the skill asks when it elicits each slot, from the speech module, so the dialog model's
 * prompt is the question the shopper really hears. The skill speaks its own question with
 * Dialog.ElicitSlot; the prompt is what Alexa would say were the dialog ever delegated to it.
 */
const QUESTIONS: Readonly<Record<string, Ssml>> = {
  'AddItemIntent.product': enUS.askProduct('add'),
  'AddItemIntent.quantity': enUS.quantityZero(),
  'RemoveItemIntent.product': enUS.askProduct('remove'),
  'ChangeQuantityIntent.product': enUS.askProduct('change'),
  'ChangeQuantityIntent.quantity': enUS.askQuantity(),
  'CreateListIntent.list': enUS.askListName(),
};

/** The prompt id for asking one slot, in the form the developer console uses. */
export function elicitationPromptId(intent: string, slot: string): string {
  return `Elicit.Intent-${intent}.IntentSlot-${slot}`;
}

/**
 * The dialog model for the elicited slots: each intent concerned with all its slots (none
 * required, none confirmed: the skill decides when to ask), the elicited ones with a prompt.
 * Delegation stays with the skill, so Alexa never asks on its own.
 */
export function dialogModel(intents: readonly Intent[]): { dialog: Dialog; prompts: Prompt[] } {
  const concerned = [...new Set(ELICITED_SLOTS.map((elicited) => elicited.intent))];
  const prompts: Prompt[] = [];
  const dialogIntents = concerned.map((name) => {
    const intent = intents.find((candidate) => candidate.name === name);
    if (intent === undefined) throw new Error(`the dialog model names ${name}, which the model does not declare`);
    return {
      name,
      confirmationRequired: false,
      prompts: {},
      slots: (intent.slots ?? []).map((slot) => {
        const elicited = ELICITED_SLOTS.some((e) => e.intent === name && e.slot === slot.name);
        const question = QUESTIONS[`${name}.${slot.name}`];
        if (elicited && question === undefined) throw new Error(`no question for ${name}.${slot.name}`);
        const id = elicitationPromptId(name, slot.name);
        if (elicited && question !== undefined) prompts.push({ id, variations: [{ type: 'PlainText', value: plainText(question.markup) }] });
        return {
          name: slot.name,
          type: slot.type,
          confirmationRequired: false,
          elicitationRequired: false,
          prompts: elicited ? { elicitation: id } : {},
        };
      }),
    };
  });
  return { dialog: { delegationStrategy: 'SKILL_RESPONSE', intents: dialogIntents }, prompts };
}
