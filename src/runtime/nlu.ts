import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import type { Catalog } from '../catalog/product.ts';
import { loadInteractionModelFile } from '../interaction-model/load.ts';
import type { InteractionModel } from '../interaction-model/schema.ts';
import { loadClassifier } from '../nlu/classifier.ts';
import { createNlu, type Nlu } from '../nlu/nlu.ts';
import type { DerivedFileCache } from './cache.ts';
import { codeFingerprint } from './code-fingerprint.ts';

/** Where a catalog's generated interaction model may be kept between starts. */
export interface ModelCache {
  readonly catalogSha256: string;
  readonly cache: DerivedFileCache | undefined;
}

/**
 * The local NLU, built from the committed interaction model (the same samples Alexa is given) and
 * the intent classifier trained on them. The classifier decides intents from the carrier words,
 * so it serves any catalog.
 */
export function loadNlu(): Nlu {
  return createNlu(loadInteractionModelFile(), { classifier: loadClassifier() });
}

/**
 * The local NLU for a store's own catalog: its interaction model generated from the catalog, as
 * `voicecart model` would for Alexa, and kept by the catalog's hash and the code's fingerprint, so
 * the next start reads it instead.
 */
export async function loadNluFor(catalog: Catalog, kept: ModelCache | undefined): Promise<Nlu> {
  return createNlu(await modelOf(catalog, kept), { classifier: loadClassifier() });
}

async function modelOf(catalog: Catalog, kept: ModelCache | undefined): Promise<InteractionModel> {
  const path = kept?.cache?.pathOf('model', kept.catalogSha256, codeFingerprint(), '.model');
  const read = path !== undefined && existsSync(path) ? readKeptModel(path) : undefined;
  if (read !== undefined) return read;
  // Imported only to generate: a start that reads the kept model never loads the sample files' YAML parser.
  const { generateInteractionModel } = await import('../interaction-model/generate.ts');
  const model = generateInteractionModel(catalog);
  // A model that cannot be kept is generated again at the next start, no worse than without a cache.
  if (path !== undefined) kept?.cache?.keep(path, (partial) => writeKeptModel(partial, model));
  return model;
}

/**
 * A kept model is its JSON after a line with the JSON's sha256. The model was generated and typed
 * by the code its file is named by, so the digest is all a start checks, as for a kept index:
 * checking the 13,000 product names again against the schema cost about 0.1 s of every start.
 */
function writeKeptModel(path: string, model: InteractionModel): void {
  const json = Buffer.from(JSON.stringify(model));
  writeFileSync(path, Buffer.concat([Buffer.from(`${createHash('sha256').update(json).digest('hex')}\n`), json]));
}

/** The kept model, or undefined when the file is damaged (it is then generated again). */
function readKeptModel(path: string): InteractionModel | undefined {
  const bytes = readFileSync(path);
  const end = bytes.indexOf(10);
  if (end !== 64) return undefined;
  const json = bytes.subarray(end + 1);
  if (createHash('sha256').update(json).digest('hex') !== bytes.toString('latin1', 0, end)) return undefined;
  try {
    return JSON.parse(json.toString('utf8')) as InteractionModel;
  } catch {
    return undefined;
  }
}
