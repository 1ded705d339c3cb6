import type { Catalog } from '../catalog/product.ts';
import { expandTemplates } from './expand.ts';
import { interactionModelBytes } from './format.ts';
import { GENERATION_BUDGET } from './limits.ts';
import { INTENTS } from './samples.ts';
import type { Intent, InteractionModel } from './schema.ts';
import { FIXED_TYPES, productType, type ProductTypeReport } from './slot-values.ts';

export const DEFAULT_INVOCATION_NAME = 'corner grocer';

export interface GenerationResult {
  readonly model: InteractionModel;
  readonly productValues: ProductTypeReport;
}

function intents(): Intent[] {
  return INTENTS.map((definition) => {
    const samples = expandTemplates(definition.templates);
    return {
      name: definition.name,
      ...(definition.slots.length > 0 ? { slots: definition.slots.map((slot) => ({ ...slot })) } : {}),
      samples,
    };
  });
}

function stringsIn(model: InteractionModel): number {
  return model.interactionModel.languageModel.types.reduce(
    (sum, type) => sum + type.values.reduce((n, value) => n + 1 + (value.name.synonyms?.length ?? 0), 0),
    0,
  );
}


/** The interaction model for a catalog, with a note of what did not fit within Alexa's limits. */
export function buildInteractionModel(catalog: Catalog, options: { invocationName?: string } = {}): GenerationResult {
  const skeleton: InteractionModel = {
    interactionModel: {
      languageModel: {
        invocationName: options.invocationName ?? DEFAULT_INVOCATION_NAME,
        intents: intents(),
        types: [...FIXED_TYPES],
      },
    },
  };
  const languageModel = skeleton.interactionModel.languageModel;
  const room = GENERATION_BUDGET.modelBytes - interactionModelBytes(skeleton);
  const withProducts = (bytes: number): GenerationResult => {
    const { type, report } = productType(catalog, { strings: GENERATION_BUDGET.slotValuesAndSynonyms - stringsIn(skeleton), bytes });
    return {
      model: { interactionModel: { languageModel: { ...languageModel, types: [type, ...languageModel.types] } } },
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

export function generateInteractionModel(catalog: Catalog, options: { invocationName?: string } = {}): InteractionModel {
  return buildInteractionModel(catalog, options).model;
}
