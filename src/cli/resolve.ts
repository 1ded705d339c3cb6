import { z } from 'zod';
import { loadHistoryFile } from '../catalog/history.ts';
import { loadResolutionConfig } from '../catalog/decision.ts';
import { Resolver } from '../catalog/resolver.ts';
import { loadSoundAlikesDir } from '../catalog/sound-alikes.ts';
import { DerivedFileCache } from '../runtime/cache.ts';
import { openCatalog } from '../runtime/catalog.ts';
import { readConfig } from '../runtime/config.ts';
import { forEachStdinLine, parseOptions } from './args.ts';

const Request = z.object({
  id: z.union([z.string(), z.number()]),
  text: z.string(),
  user: z.union([z.string(), z.number()]).optional(),
});

/** Output is gathered and written in large pieces: one write per line is too slow for 10,000 lines. */
const FLUSH_AT = 64 * 1024;

/**
 * `voicecart resolve --catalog FILE [--index FILE] [--history FILE] [--asr DIR] [--skip-bad-rows]`: JSON lines {id,text,user?} in,
 * {id,productId,quantity,unit,alternatives} out, one per input line, in order. `--asr` names a
 * directory of the operator's sound-alike lists (src/catalog/sound-alikes.ts). The catalog's
 * prebuilt index is read when there is one (src/runtime/catalog.ts).
 */
export async function run(args: string[]): Promise<number> {
  const { values, flags } = parseOptions(args, { values: ['catalog', 'index', 'history', 'asr'], flags: ['skip-bad-rows'] });
  const catalogPath = values.get('catalog');
  if (catalogPath === undefined) throw new Error('usage: voicecart resolve --catalog FILE [--index FILE] [--history FILE] [--asr DIR] [--skip-bad-rows]');
  const config = readConfig();
  const { catalog, index } = openCatalog(catalogPath, {
    indexPath: values.get('index') ?? config.VOICECART_INDEX,
    cache: config.VOICECART_CACHE_DIR === 'off' ? undefined : new DerivedFileCache(config.VOICECART_CACHE_DIR),
    skipBadRows: flags.has('skip-bad-rows'),
    notice: (line) => process.stderr.write(`${line}\n`),
  });
  const historyPath = values.get('history');
  const history = historyPath === undefined ? new Map() : loadHistoryFile(historyPath);
  const asrDir = values.get('asr');
  const resolver = Resolver.fromIndex(catalog, index, {
    soundAlikes: asrDir === undefined ? undefined : loadSoundAlikesDir(asrDir),
    resolution: config.VOICECART_RESOLUTION === undefined ? undefined : loadResolutionConfig(config.VOICECART_RESOLUTION),
  });
  let pending = '';
  let lineNumber = 0;
  await forEachStdinLine(async (line) => {
    lineNumber++;
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch {
      throw new Error(`stdin line ${lineNumber}: not JSON`);
    }
    const request = Request.safeParse(json);
    if (!request.success) throw new Error(`stdin line ${lineNumber}: ${z.prettifyError(request.error)}`);
    const { id, text, user } = request.data;
    const orders = user === undefined ? undefined : history.get(String(user));
    const resolution = resolver.resolve(text, orders === undefined ? {} : { history: orders });
    pending += `${JSON.stringify({
      id,
      productId: resolution.product?.id ?? null,
      quantity: resolution.quantity,
      unit: resolution.unit,
      alternatives: resolution.alternatives.map((p) => p.id),
    })}\n`;
    if (pending.length >= FLUSH_AT) {
      const chunk = pending;
      pending = '';
      if (!process.stdout.write(chunk)) await new Promise((done) => process.stdout.once('drain', done));
    }
  });
  await new Promise<void>((done) => process.stdout.write(pending, () => done()));
  return 0;
}
