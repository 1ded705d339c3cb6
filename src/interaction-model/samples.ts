import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import type { IntentRegistry } from '../intents/registry.ts';
import { modelsDirectory } from './models-directory.ts';

/**
 * The samples of each intent, as data: models/<locale>/intents/<IntentName>.yaml holds the intent's sample
 * templates and, for the slots the skill asks for on their own, each slot's templates (see
 * expand.ts for the `(a|b)` and `[optional]` notation).
 */
const IntentSamplesFileSchema = z
  .object({
    samples: z.array(z.string().min(1)).min(1),
    slots: z.record(z.string(), z.array(z.string().min(1)).min(1)).optional(),
  })
  .strict();

/** The out-of-domain examples, for the local classifier only: Alexa trains its own FallbackIntent. */
const OutOfDomainFileSchema = z.object({ examples: z.array(z.string().min(1)).min(1) }).strict();

export interface IntentSamples {
  readonly templates: readonly string[];
  /** Templates of each elicited slot's own samples, by slot name. */
  readonly slotTemplates: Readonly<Record<string, readonly string[]>>;
}

/** Where an intent's samples are found, by intent name. */
export type SampleSource = ReadonlyMap<string, IntentSamples>;

const OUT_OF_DOMAIN_FILE = 'out-of-domain.yaml';

function readYaml(path: string): unknown {
  try {
    return parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(`${path} is not readable YAML: ${String(error)}`);
  }
}

/** Every intent's samples in a locale's folder, by the file's name. */
export function readSamples(directory: string = modelsDirectory()): Map<string, IntentSamples> {
  const samples = new Map<string, IntentSamples>();
  const intents = join(directory, 'intents');
  for (const file of readdirSync(intents).filter((name) => name.endsWith('.yaml')).sort()) {
    const path = join(intents, file);
    const parsed = IntentSamplesFileSchema.safeParse(readYaml(path));
    if (!parsed.success) throw new Error(`${path} is not an intent's samples: ${parsed.error.message}`);
    samples.set(file.slice(0, -'.yaml'.length), { templates: parsed.data.samples, slotTemplates: parsed.data.slots ?? {} });
  }
  return samples;
}

/** The out-of-domain example templates of a locale. */
export function readOutOfDomainExamples(directory: string = modelsDirectory()): readonly string[] {
  const path = join(directory, OUT_OF_DOMAIN_FILE);
  if (!existsSync(path)) return [];
  const parsed = OutOfDomainFileSchema.safeParse(readYaml(path));
  if (!parsed.success) throw new Error(`${path} is not a list of out-of-domain examples: ${parsed.error.message}`);
  return parsed.data.examples;
}

/**
 * The samples of each intent of the registry, checked against it: every intent that has samples has
 * a file, every file belongs to an intent, and only slots the intent asks for have their own samples.
 */
export function samplesFor(registry: IntentRegistry, source: SampleSource): Map<string, IntentSamples> {
  const problems: string[] = [];
  const known = new Set(registry.map((definition) => definition.name));
  for (const name of source.keys()) if (!known.has(name)) problems.push(`samples for ${name}, which the registry does not define`);
  const samples = new Map<string, IntentSamples>();
  for (const definition of registry) {
    const found = source.get(definition.name);
    if (!definition.hasSamples) {
      if (found !== undefined) problems.push(`${definition.name} may not have samples`);
      continue;
    }
    if (found === undefined) {
      problems.push(`${definition.name} has no samples`);
      continue;
    }
    for (const slot of Object.keys(found.slotTemplates)) {
      if (definition.elicits[slot] === undefined) problems.push(`${definition.name}.${slot} has samples but the skill never asks for it`);
    }
    samples.set(definition.name, found);
  }
  if (problems.length > 0) throw new Error(`the samples do not fit the intents: ${problems.join('; ')}`);
  return samples;
}
