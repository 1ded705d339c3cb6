import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import type { Catalog } from '../catalog/product.ts';
import { loadInteractionModelFile } from '../interaction-model/load.ts';
import { loadClassifier } from '../nlu/classifier.ts';
import { createNlu, createNluFrom, type Nlu } from '../nlu/nlu.ts';
import { nluTables, type NluTables } from '../nlu/tables.ts';
import type { DerivedFileCache } from './cache.ts';
import { modelsDirectory } from '../interaction-model/models-directory.ts';
import { codeFingerprint } from './code-fingerprint.ts';
import { sourceFingerprint } from './source-fingerprint.mjs';

/** Where what the NLU reads of a catalog's generated interaction model may be kept between starts. */
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
 * `voicecart model` would for Alexa, and what the NLU reads of it (nlu/tables.ts) kept by the
 * catalog's hash and the fingerprints of the code and the samples, so the next start reads that instead.
 */
export async function loadNluFor(catalog: Catalog, kept: ModelCache | undefined): Promise<Nlu> {
  return createNluFrom(await tablesOf(catalog, kept), { classifier: loadClassifier() });
}

/**
 * What made the tables besides the catalog: the code, and the sample files the model is generated
 * from, which a store may edit without touching the code.
 */
function madeBy(): string {
  return createHash('sha256').update(codeFingerprint()).update(sourceFingerprint(modelsDirectory())).digest('hex').slice(0, 16);
}

async function tablesOf(catalog: Catalog, kept: ModelCache | undefined): Promise<NluTables> {
  const path = kept?.cache?.pathOf('model', kept.catalogSha256, madeBy(), '.nlu');
  const read = path !== undefined && existsSync(path) ? readKeptTables(path) : undefined;
  if (read !== undefined) return read;
  // Imported only to generate: a start that reads the kept tables never loads the sample files' YAML parser.
  const { generateInteractionModel } = await import('../interaction-model/generate.ts');
  const tables = nluTables(generateInteractionModel(catalog));
  // Tables that cannot be kept are made again at the next start, no worse than without a cache.
  if (path !== undefined) kept?.cache?.keep(path, (partial) => writeKeptTables(partial, tables));
  return tables;
}

/**
 * Kept tables are their JSON after a line with the JSON's sha256. They were made from a model
 * this code generated, by the code their file is named by, so the digest is all a start checks,
 * as for a kept index: checking the 13,000 product names again against a schema cost about 0.1 s
 * of every start.
 */
function writeKeptTables(path: string, tables: NluTables): void {
  const json = Buffer.from(JSON.stringify(tables));
  writeFileSync(path, Buffer.concat([Buffer.from(`${createHash('sha256').update(json).digest('hex')}\n`), json]));
}

/** The kept tables, or undefined when the file is damaged (they are then made again). */
function readKeptTables(path: string): NluTables | undefined {
  const bytes = readFileSync(path);
  const end = bytes.indexOf(10);
  if (end !== 64) return undefined;
  const json = bytes.subarray(end + 1);
  if (createHash('sha256').update(json).digest('hex') !== bytes.toString('latin1', 0, end)) return undefined;
  try {
    return JSON.parse(json.toString('utf8')) as NluTables;
  } catch {
    return undefined;
  }
}
