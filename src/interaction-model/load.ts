import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { InteractionModelSchema, type InteractionModel } from './schema.ts';

/** Where the skill package keeps the generated en-US model. */
export const DEFAULT_MODEL_PATH = fileURLToPath(new URL('../../skill/interactionModels/custom/en-US.json', import.meta.url));

export function loadInteractionModelFile(path: string = DEFAULT_MODEL_PATH): InteractionModel {
  const parsed = InteractionModelSchema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
  if (!parsed.success) throw new Error(`${path} is not an interaction model: ${parsed.error.message}`);
  return parsed.data;
}
