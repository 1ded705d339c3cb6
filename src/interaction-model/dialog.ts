import type { IntentRegistry } from '../intents/registry.ts';
import { enUS } from '../skill/speech/en-US.ts';
import { plainText } from '../skill/ssml.ts';
import type { Dialog, Intent, Prompt } from './schema.ts';

/** The prompt id for asking one slot, in the form the developer console uses. */
export function elicitationPromptId(intent: string, slot: string): string {
  return `Elicit.Intent-${intent}.IntentSlot-${slot}`;
}

/**
 * The dialog model for the slots the skill asks for (each intent's `elicits`): each intent
 * concerned with all its slots (none required, none confirmed: the skill decides when to ask),
 * the elicited ones with the question the shopper really hears, from the speech module. The skill
 * speaks its own question with Dialog.ElicitSlot; the prompt is what Alexa would say were the
 * dialog ever delegated to it. Delegation stays with the skill, so Alexa never asks on its own.
 */
export function dialogModel(registry: IntentRegistry, intents: readonly Intent[]): { dialog: Dialog; prompts: Prompt[] } {
  const prompts: Prompt[] = [];
  const dialogIntents = registry
    .filter((definition) => Object.keys(definition.elicits).length > 0)
    .map((definition) => {
      const intent = intents.find((candidate) => candidate.name === definition.name);
      if (intent === undefined) throw new Error(`the dialog model names ${definition.name}, which the model does not declare`);
      return {
        name: definition.name,
        confirmationRequired: false,
        prompts: {},
        slots: (intent.slots ?? []).map((slot) => {
          const question = definition.elicits[slot.name];
          const id = elicitationPromptId(definition.name, slot.name);
          if (question !== undefined) prompts.push({ id, variations: [{ type: 'PlainText', value: plainText(question(enUS).markup) }] });
          return {
            name: slot.name,
            type: slot.type,
            confirmationRequired: false,
            elicitationRequired: false,
            prompts: question === undefined ? {} : { elicitation: id },
          };
        }),
      };
    });
  return { dialog: { delegationStrategy: 'SKILL_RESPONSE', intents: dialogIntents }, prompts };
}
