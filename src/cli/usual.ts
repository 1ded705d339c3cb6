import { z } from 'zod';
import { loadHistoryFile } from '../catalog/history.ts';
import { loadCatalogOption } from './catalog-option.ts';
import { predictUsualBasket } from '../reorder/usual.ts';
import { forEachStdinLine, parseOptions } from './args.ts';

const Request = z.object({ user: z.union([z.string().min(1), z.number()]).transform(String) });

/**
 * `voicecart usual --catalog FILE --history FILE`: for each stdin line `{"user"}`, the predicted
 * usual basket as `{"user","productIds"}`, leaving out products the catalog no longer sells
 * (including rows of it too broken to read).
 * A shopper the history does not know gets an empty basket.
 */
export async function run(args: string[]): Promise<number> {
  const { values, flags } = parseOptions(args, { values: ['catalog', 'history'], flags: ['skip-bad-rows'] });
  const catalogPath = values.get('catalog');
  const historyPath = values.get('history');
  if (catalogPath === undefined || historyPath === undefined) {
    process.stderr.write('usage: voicecart usual --catalog FILE --history FILE < {"user"} lines\n');
    return 2;
  }
  const catalog = loadCatalogOption(catalogPath, flags.has('skip-bad-rows'));
  const history = loadHistoryFile(historyPath);
  let lineNumber = 0;
  await forEachStdinLine((line) => {
    lineNumber++;
    const request = Request.safeParse(parseJson(line));
    if (!request.success) throw new Error(`stdin line ${lineNumber}: expected {"user": "..."}`);
    const { user } = request.data;
    const productIds = predictUsualBasket(history.get(user) ?? []).filter((id) => catalog.byId.has(id));
    process.stdout.write(`${JSON.stringify({ user, productIds })}\n`);
  });
  return 0;
}

function parseJson(line: string): unknown {
  try {
    return JSON.parse(line);
  } catch {
    return undefined;
  }
}
