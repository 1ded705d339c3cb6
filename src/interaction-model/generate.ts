import type { Catalog } from '../catalog/product.ts';
import { dialogModel } from './dialog.ts';
import { coverTemplates, expandTemplates } from './expand.ts';
import { interactionModelBytes } from './format.ts';
import { GENERATION_BUDGET } from './limits.ts';
import { INTENTS, type IntentRegistry } from '../intents/registry.ts';
import { readSamples, samplesFor, type SampleSource } from './samples.ts';
import type { Intent, InteractionModel } from './schema.ts';
import { FIXED_TYPES, productType, type ProductTypeReport } from './slot-values.ts';

export const DEFAULT_INVOCATION_NAME = 'corner grocer';

export interface GenerationResult {
  readonly model: InteractionModel;
  readonly productValues: ProductTypeReport;
}

export interface GenerationOptions {
  readonly invocationName?: string;
  /** The intents; the skill's own unless a store (or a test) adds to them. */
  readonly registry?: IntentRegistry;
  /** Each intent's sample templates; by default the files of models/en-US. */
  readonly samples?: SampleSource;
}

let defaultSamples: SampleSource | undefined;

/** Each intent of the registry with its expanded samples, and each elicited slot with its own. */
export function declaredIntents(registry: IntentRegistry = INTENTS, source?: SampleSource): Intent[] {
  const samples = samplesFor(registry, source ?? (defaultSamples ??= readSamples()));
  return registry.map((definition) => {
    const own = samples.get(definition.name);
    const slots = definition.slots.map((slot) => {
      const templates = own?.slotTemplates[slot.name];
      return { name: slot.name, type: slot.type, ...(templates === undefined ? {} : { samples: expandTemplates(templates) }) };
    });
    return { name: definition.name, ...(slots.length > 0 ? { slots } : {}), samples: coverTemplates(own?.templates ?? []) };
  });
}

function stringsIn(model: InteractionModel): number {
  return model.interactionModel.languageModel.types.reduce(
    (sum, type) => sum + type.values.reduce((n, value) => n + 1 + (value.name.synonyms?.length ?? 0), 0),
    0,
  );
}

/** The interaction model for a catalog, with a note of what did not fit within Alexa's limits. */
export function buildInteractionModel(catalog: Catalog, options: GenerationOptions = {}): GenerationResult {
  const registry = options.registry ?? INTENTS;
  const declared = declaredIntents(registry, options.samples);
  const { dialog, prompts } = dialogModel(registry, declared);
  const skeleton: InteractionModel = {
    interactionModel: {
      languageModel: {
        invocationName: options.invocationName ?? DEFAULT_INVOCATION_NAME,
        intents: declared,
        types: [...FIXED_TYPES],
      },
      dialog,
      prompts,
    },
  };
  const languageModel = skeleton.interactionModel.languageModel;
  const room = GENERATION_BUDGET.modelBytes - interactionModelBytes(skeleton);
  const withProducts = (bytes: number): GenerationResult => {
    const { type, report } = productType(catalog, { strings: GENERATION_BUDGET.slotValuesAndSynonyms - stringsIn(skeleton), bytes });
    return {
      model: { interactionModel: { languageModel: { ...languageModel, types: [type, ...languageModel.types] }, dialog, prompts } },
      productValues: report,
    };
  };
  // The budget is an estimate of the file's bytes; when the file comes out bigger, the budget shrinks by the overshoot.
  let bytes = room;
  let result = withProducts(bytes);
  for (let attempt = 0; attempt < 8; attempt++) {
    const used = interactionModelBytes(result.model) - (GENERATION_BUDGET.modelBytes - room);
    if (used <= room) break;
    bytes = Math.floor(bytes * (room / used) * 0.99);
    result = withProducts(bytes);
  }
  return result;
}

export function generateInteractionModel(catalog: Catalog, options: GenerationOptions = {}): InteractionModel {
  return buildInteractionModel(catalog, options).model;
}
