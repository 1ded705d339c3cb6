import type { Catalog } from '../catalog/product.ts';
import { dialogModel } from './dialog.ts';
import { expandTemplates } from './expand.ts';
import { interactionModelBytes } from './format.ts';
import { GENERATION_BUDGET } from './limits.ts';
import { ELICITED_SLOTS, INTENTS } from './samples.ts';
import type { Intent, InteractionModel } from './schema.ts';
import { FIXED_TYPES, productType, type ProductTypeReport } from './slot-values.ts';

export const DEFAULT_INVOCATION_NAME = 'corner grocer';

export interface GenerationResult {
  readonly model: InteractionModel;
  readonly productValues: ProductTypeReport;
}

/** A slot's own samples, for the slots the skill elicits. */
function slotSamples(intent: string, slot: string): string[] | undefined {
  const elicited = ELICITED_SLOTS.find((candidate) => candidate.intent === intent && candidate.slot === slot);
  return elicited === undefined ? undefined : expandTemplates(elicited.templates);
}

function intents(): Intent[] {
  return INTENTS.map((definition) => {
    const samples = expandTemplates(definition.templates);
    const slots = definition.slots.map((slot) => {
      const answers = slotSamples(definition.name, slot.name);
      return { ...slot, ...(answers === undefined ? {} : { samples: answers }) };
    });
    return { name: definition.name, ...(slots.length > 0 ? { slots } : {}), samples };
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
  const declared = intents();
  const { dialog, prompts } = dialogModel(declared);
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

export function generateInteractionModel(catalog: Catalog, options: { invocationName?: string } = {}): InteractionModel {
  return buildInteractionModel(catalog, options).model;
}
