import { z } from 'zod';
import { loadInteractionModelFile } from '../interaction-model/load.ts';
import { createNlu } from '../nlu/nlu.ts';
import { forEachStdinLine, parseOptions } from './args.ts';

const RequestLine = z.object({ id: z.union([z.string(), z.number()]), text: z.string() });

function parseJson(line: string): unknown {
  try {
    return JSON.parse(line);
  } catch {
    return undefined;
  }
}

/** `voicecart parse [--model FILE]`: JSON lines {id,text} in, {id,intent,slots} out, with the local NLU. */
export async function run(args: string[]): Promise<number> {
  const { values } = parseOptions(args, { values: ['model'] });
  const nlu = createNlu(loadInteractionModelFile(values.get('model')));
  let failures = 0;
  await forEachStdinLine((line) => {
    const parsed = RequestLine.safeParse(parseJson(line));
    if (!parsed.success) {
      failures++;
      process.stderr.write(`skipped a line that is not {"id","text"}: ${line.slice(0, 80)}\n`);
      return;
    }
    const understanding = nlu.understand(parsed.data.text);
    const answer =
      understanding.kind === 'launch'
        ? { id: parsed.data.id, intent: 'LaunchRequest', slots: {} }
        : { id: parsed.data.id, intent: understanding.intent, slots: understanding.slots };
    process.stdout.write(`${JSON.stringify(answer)}\n`);
  });
  return failures === 0 ? 0 : 1;
}
