import type { Speech } from '../skill/speech/index.ts';
import type { Ssml } from '../skill/ssml.ts';

/** A slot of an intent: its name is a contract with Alexa and the handlers, its type says what fills it. */
export interface SlotDefinition {
  readonly name: string;
  readonly type: string;
}

/**
 * What the intent does to the shopper's goods, so that the parts of the skill that care (the
 * NLU's slot filling, the skill's "is this groceries?" judgment) know it without a list of names.
 * `adds` puts things on the cart or a list, `removes` takes them off; `answers` only answers a
 * question about them ("do I have tea?"), changing nothing.
 */
/** What an intent does to the shopper's things: puts something on, takes it off, changes what is there, or only answers. */
export type IntentEffect = 'adds' | 'removes' | 'changes' | 'answers';

/**
 * One intent, defined once. The interaction model, the dialog model, the builder's registration,
 * the interceptors' rules and the NLU are all derived from these; the samples themselves are data,
 * one file per intent and locale (models/<locale>/<name>.yaml).
 */
export interface IntentDefinition<Name extends string = string> {
  readonly name: Name;
  readonly slots: readonly SlotDefinition[];
  /**
   * Slots the skill asks for on its own with Dialog.ElicitSlot, with the question it asks. The
   * dialog model is made from these; the answers Alexa listens for are the slot's samples.
   */
  readonly elicits: Readonly<Record<string, (say: Speech) => Ssml>>;
  /**
   * It can answer the question voicecart asked ("yes", "the second one"): a pending question
   * survives it. Any other intent moves on, and the question lapses.
   */
  readonly answersAQuestion: boolean;
  /** It leaves a slot question standing (help, repeat, a mumble): the next answer still answers it. */
  readonly keepsSlotQuestion: boolean;
  readonly effect: IntentEffect | undefined;
  /** Whether shoppers' phrasings of it are samples (an Alexa built-in like FallbackIntent may have none). */
  readonly hasSamples: boolean;
}

export interface IntentOptions<Name extends string> {
  readonly name: Name;
  readonly slots?: readonly SlotDefinition[];
  readonly elicits?: Readonly<Record<string, (say: Speech) => Ssml>>;
  readonly answersAQuestion?: boolean;
  readonly keepsSlotQuestion?: boolean;
  readonly effect?: IntentEffect;
  readonly hasSamples?: boolean;
}

export function defineIntent<const Name extends string>(options: IntentOptions<Name>): IntentDefinition<Name> {
  const slots = options.slots ?? [];
  for (const slot of Object.keys(options.elicits ?? {})) {
    if (!slots.some((candidate) => candidate.name === slot)) throw new Error(`${options.name} elicits {${slot}}, which it does not declare`);
  }
  return {
    name: options.name,
    slots,
    elicits: options.elicits ?? {},
    answersAQuestion: options.answersAQuestion ?? false,
    keepsSlotQuestion: options.keepsSlotQuestion ?? false,
    effect: options.effect,
    hasSamples: options.hasSamples ?? true,
  };
}
