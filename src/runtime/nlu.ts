import { existsSync, writeFileSync } from 'node:fs';
import type { Catalog } from '../catalog/product.ts';
import { generateInteractionModel } from '../interaction-model/generate.ts';
import { loadInteractionModelFile } from '../interaction-model/load.ts';
import type { InteractionModel } from '../interaction-model/schema.ts';
import { loadClassifier } from '../nlu/classifier.ts';
import { createNlu } from '../nlu/nlu.ts';
import type { DerivedFileCache } from './cache.ts';
import { codeFingerprint } from './code-fingerprint.ts';

/** Where a catalog's generated interaction model may be kept between starts. */
export interface ModelCache {
  readonly catalogSha256: string;
  readonly cache: DerivedFileCache | undefined;
}

/**
 * The local NLU, built from the committed interaction model (the same samples Alexa is given) and
 * the intent classifier trained on them. With a store's own catalog, the model is generated from
 * it, as `voicecart model` would for Alexa, and kept by the catalog's hash and the code's
 * fingerprint, so the next start reads it instead; the classifier decides intents from the
 * carrier words, so it serves any catalog.
 */
export function loadNlu(catalog?: Catalog, kept?: ModelCache): ReturnType<typeof createNlu> {
  const model = catalog === undefined ? loadInteractionModelFile() : modelOf(catalog, kept);
  return createNlu(model, { classifier: loadClassifier() });
}

function modelOf(catalog: Catalog, kept: ModelCache | undefined): InteractionModel {
  const path = kept?.cache?.pathOf('model', kept.catalogSha256, codeFingerprint(), '.json');
  if (path !== undefined && existsSync(path)) {
    try {
      return loadInteractionModelFile(path);
    } catch {
      // A damaged file in the cache is made again below.
    }
  }
  const model = generateInteractionModel(catalog);
  // A model that cannot be kept is generated again at the next start, no worse than without a cache.
  if (path !== undefined) kept?.cache?.keep(path, (partial) => writeFileSync(partial, JSON.stringify(model)));
  return model;
}
