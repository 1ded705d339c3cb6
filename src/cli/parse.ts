import { z } from 'zod';
import { INTENTS } from '../intents/registry.ts';
import { ScopeJudge } from '../intents/scope.ts';
import { loadInteractionModelFile } from '../interaction-model/load.ts';
import { loadClassifier } from '../nlu/classifier.ts';
import { handledAs } from '../nlu/handled.ts';
import { createNlu } from '../nlu/nlu.ts';
import { DEMO_CATALOG, readConfig } from '../runtime/config.ts';
import { forEachStdinLine, parseOptions } from './args.ts';
import { loadCatalogOption } from './catalog-option.ts';

const RequestLine = z.object({ id: z.union([z.string(), z.number()]), text: z.string() });

function parseJson(line: string): unknown {
  try {
    return JSON.parse(line);
  } catch {
    return undefined;
  }
}

/**
 * `voicecart parse [--model FILE] [--catalog FILE]`: JSON lines {id,text} in, {id,intent,slots} out:
 * the intent the skill handles the sentence as, heard by the local NLU and judged by the skill's
 * own rule for what is shopping (a request that is not comes out as AMAZON.FallbackIntent, as the
 * skill treats it), with the slots as heard.
 */
export async function run(args: string[]): Promise<number> {
  const { values } = parseOptions(args, { values: ['model', 'catalog'] });
  const nlu = createNlu(loadInteractionModelFile(values.get('model')), { classifier: loadClassifier() });
  const scope = new ScopeJudge(INTENTS, loadCatalogOption(values.get('catalog') ?? DEMO_CATALOG, false), readConfig().VOICECART_SELLER);
  let failures = 0;
  await forEachStdinLine((line) => {
    const parsed = RequestLine.safeParse(parseJson(line));
    if (!parsed.success) {
      failures++;
      process.stderr.write(`skipped a line that is not {"id","text"}: ${line.slice(0, 80)}\n`);
      return;
    }
    const understanding = nlu.understand(parsed.data.text);
    const then = understanding.kind === 'intent' ? understanding.then : undefined;
    process.stdout.write(`${JSON.stringify({ id: parsed.data.id, ...handledAs(understanding, scope), ...(then === undefined ? {} : { then: handledAs(then, scope) }) })}\n`);
  });
  return failures === 0 ? 0 : 1;
}
