import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import type { Skill } from 'ask-sdk-core';
import { createSkill } from '../src/skill/builder.ts';
import { readConfig } from '../src/runtime/config.ts';
import { assembleServices } from '../src/runtime/services.ts';
import { createLambdaLogger } from './logger.ts';

/**
 * The catalog `npm run build` packs beside the handler, at the zip's root: catalog/catalog.csv (or
 * .json) with its prebuilt index, read at a cold start instead of validated and indexed again.
 */
const PACKED_CATALOG = ['catalog.csv', 'catalog.json']
  .map((name) => fileURLToPath(new URL(`./catalog/${name}`, import.meta.url)))
  .find((path) => existsSync(path));

async function build(): Promise<Skill> {
  // Lambda's disk does not outlive the container, so shoppers live in DynamoDB unless told otherwise.
  const config = readConfig({ VOICECART_STORE: 'dynamodb', ...(PACKED_CATALOG === undefined ? {} : { VOICECART_CATALOG: PACKED_CATALOG }), ...process.env });
  // Lambda's disk is read-only: nothing is kept between starts, the packed index is all there is.
  const runtime = await assembleServices(config, { embedBackend: false, cache: false, logger: createLambdaLogger(config.LOG_LEVEL) });
  return createSkill(runtime.services, { skillId: config.VOICECART_SKILL_ID });
}

/**
 * Built once per Lambda container and reused across invocations: reading the catalog index and
 * making the store clients is the cold start, every later request pays only for its own turn. It is
 * built while the module loads, in Lambda's init phase (ready before the first request under
 * provisioned concurrency); a build that failed is tried again by the next request, which then says why.
 */
let skill: Promise<Skill> | undefined = build();
try {
  await skill;
} catch {
  skill = undefined;
}

export async function handler(event: RequestEnvelope, context?: unknown): Promise<ResponseEnvelope> {
  skill ??= build().catch((error: unknown) => {
    skill = undefined;
    throw error;
  });
  return (await skill).invoke(event, context);
}
