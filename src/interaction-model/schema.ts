import { z } from 'zod';

/**
 * The skill package's `interactionModels/custom/<locale>.json`, as far as voicecart uses it:
 * Alexa's `interactionModel.languageModel`, and a dialog model (`dialog`, `prompts`) for the slots
 * the skill asks for with Dialog.ElicitSlot.
 */
export const SlotSchema = z.object({
  name: z.string().min(1),
  type: z.string().min(1),
  /** What a shopper says when Alexa asks for just this slot ("the {product}"); used only while it is elicited. */
  samples: z.array(z.string()).optional(),
});

export const IntentSchema = z.object({
  name: z.string().min(1),
  slots: z.array(SlotSchema).optional(),
  samples: z.array(z.string()).default([]),
});

export const SlotTypeValueSchema = z.object({
  id: z.string().min(1).optional(),
  name: z.object({
    value: z.string().min(1),
    synonyms: z.array(z.string().min(1)).optional(),
  }),
});

export const SlotTypeSchema = z.object({
  name: z.string().min(1),
  values: z.array(SlotTypeValueSchema),
});

export const LanguageModelSchema = z.object({
  invocationName: z.string().min(1),
  intents: z.array(IntentSchema),
  types: z.array(SlotTypeSchema).default([]),
});

export const DialogSlotSchema = z.object({
  name: z.string().min(1),
  type: z.string().min(1),
  confirmationRequired: z.boolean(),
  elicitationRequired: z.boolean(),
  /** Prompt ids, defined in `prompts`. */
  prompts: z.object({ elicitation: z.string().min(1).optional(), confirmation: z.string().min(1).optional() }),
});

export const DelegationStrategySchema = z.enum(['ALWAYS', 'SKILL_RESPONSE']);

export const DialogIntentSchema = z.object({
  name: z.string().min(1),
  delegationStrategy: DelegationStrategySchema.optional(),
  confirmationRequired: z.boolean(),
  prompts: z.object({ confirmation: z.string().min(1).optional() }),
  slots: z.array(DialogSlotSchema),
});

export const DialogSchema = z.object({
  delegationStrategy: DelegationStrategySchema.optional(),
  intents: z.array(DialogIntentSchema),
});

export const PromptSchema = z.object({
  id: z.string().min(1),
  variations: z.array(z.object({ type: z.enum(['PlainText', 'SSML']), value: z.string() })),
});

export const InteractionModelSchema = z.object({
  interactionModel: z.object({
    languageModel: LanguageModelSchema,
    dialog: DialogSchema.optional(),
    prompts: z.array(PromptSchema).optional(),
  }),
});

export type Slot = z.infer<typeof SlotSchema>;
export type Intent = z.infer<typeof IntentSchema>;
export type SlotTypeValue = z.infer<typeof SlotTypeValueSchema>;
export type SlotType = z.infer<typeof SlotTypeSchema>;
export type LanguageModel = z.infer<typeof LanguageModelSchema>;
export type DialogSlot = z.infer<typeof DialogSlotSchema>;
export type DialogIntent = z.infer<typeof DialogIntentSchema>;
export type Dialog = z.infer<typeof DialogSchema>;
export type Prompt = z.infer<typeof PromptSchema>;
export type InteractionModel = z.infer<typeof InteractionModelSchema>;
