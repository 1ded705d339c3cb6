import { z } from 'zod';

/**
 * The skill package's `interactionModels/custom/<locale>.json`, as far as voicecart uses it
 * (Alexa's `interactionModel.languageModel`; dialog and prompts are not used).
 */
export const SlotSchema = z.object({
  name: z.string().min(1),
  type: z.string().min(1),
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

export const InteractionModelSchema = z.object({
  interactionModel: z.object({ languageModel: LanguageModelSchema }),
});

export type Slot = z.infer<typeof SlotSchema>;
export type Intent = z.infer<typeof IntentSchema>;
export type SlotTypeValue = z.infer<typeof SlotTypeValueSchema>;
export type SlotType = z.infer<typeof SlotTypeSchema>;
export type LanguageModel = z.infer<typeof LanguageModelSchema>;
export type InteractionModel = z.infer<typeof InteractionModelSchema>;
