import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { loadCatalogOption } from './catalog-option.ts';
import { serializeInteractionModel } from '../interaction-model/format.ts';
import { buildInteractionModel } from '../interaction-model/generate.ts';
import { DEFAULT_MODEL_PATH } from '../interaction-model/load.ts';
import { validateInteractionModel } from '../interaction-model/validate.ts';
import { parseOptions } from './args.ts';
import { DEMO_CATALOG } from '../runtime/config.ts';

/** `voicecart model [--catalog FILE] [--invocation NAME] [--out FILE]`: writes the interaction model and says what is in it. */
export async function run(args: string[]): Promise<number> {
  const { values, flags } = parseOptions(args, { values: ['catalog', 'invocation', 'out'], flags: ['skip-bad-rows'] });
  const catalogPath = values.get('catalog') ?? DEMO_CATALOG;
  const out = values.get('out') ?? DEFAULT_MODEL_PATH;
  const catalog = loadCatalogOption(catalogPath, flags.has('skip-bad-rows'));
  const invocationName = values.get('invocation');
  const { model, productValues } = buildInteractionModel(catalog, invocationName === undefined ? {} : { invocationName });
  const problems = validateInteractionModel(model);
  const json = serializeInteractionModel(model);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, json);

  const { intents, types, invocationName: name } = model.interactionModel.languageModel;
  const samples = intents.reduce((sum, intent) => sum + intent.samples.length, 0);
  const lines = [
    `wrote ${out} (${Buffer.byteLength(json)} bytes)`,
    `invocation name: ${name}`,
    `catalog: ${catalog.products.length} products from ${catalogPath}`,
    `intents: ${intents.length}, samples: ${samples}`,
    ...types.map((type) => `slot type ${type.name}: ${type.values.length} values, ${type.values.reduce((n, v) => n + 1 + (v.name.synonyms?.length ?? 0), 0)} values and synonyms`),
    productValues.genericCut + productValues.productsCut + productValues.synonymsCut === 0
      ? 'cut: nothing, the whole catalog fits within Alexa limits'
      : `cut to fit Alexa limits: ${productValues.productsCut} product names, ${productValues.genericCut} generic forms, ${productValues.synonymsCut} variants`,
    ...problems.map((problem) => `problem: ${problem}`),
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
  return problems.length === 0 ? 0 : 1;
}
