import type { Catalog } from '../catalog/product.ts';
import { generateInteractionModel } from '../interaction-model/generate.ts';
import { loadInteractionModelFile } from '../interaction-model/load.ts';
import { loadClassifier } from '../nlu/classifier.ts';
import { createNlu } from '../nlu/nlu.ts';

/**
 * The local NLU, built from the committed interaction model (the same samples Alexa is given) and
 * the intent classifier trained on them. With a store's own catalog, the model is generated from
 * it, as `voicecart model` would for Alexa; the classifier decides intents from the carrier words,
 * so it serves any catalog.
 */
export function loadNlu(catalog?: Catalog): ReturnType<typeof createNlu> {
  const model = catalog === undefined ? loadInteractionModelFile() : generateInteractionModel(catalog);
  return createNlu(model, { classifier: loadClassifier() });
}
