import type { Catalog } from '../catalog/product.ts';
import { generateInteractionModel } from '../interaction-model/generate.ts';
import { loadInteractionModelFile } from '../interaction-model/load.ts';
import { createNlu } from '../nlu/nlu.ts';

/**
 * The local NLU, built from the committed interaction model: the same samples Alexa is given. With
 * a store's own catalog, the model is generated from it, as `voicecart model` would for Alexa.
 */
export function loadNlu(catalog?: Catalog): ReturnType<typeof createNlu> {
  return createNlu(catalog === undefined ? loadInteractionModelFile() : generateInteractionModel(catalog));
}
