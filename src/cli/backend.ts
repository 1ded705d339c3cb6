import { loadHistoryFile } from '../catalog/history.ts';
import { loadCatalogOption } from './catalog-option.ts';
import { readConfig } from '../runtime/config.ts';
import { createLogger } from '../runtime/logger.ts';
import { startBackend } from '../backend/server.ts';
import { parseOptions } from './args.ts';
import { z } from 'zod';

const HELP = `voicecart backend [--port N] [--db FILE] [--catalog FILE] [--history FILE]
Runs the reference store backend alone (default port 8787, database .voicecart/backend.sqlite,
the demo catalog). --history imports past orders (user_id,order_id,order_number,product_id) so
reorders work locally. Issue a shopper's access token with: voicecart token --customer ID`;

const Port = z.coerce.number().int().min(0).max(65535);

/** `voicecart backend`: the reference store backend on its own, until interrupted. */
export async function run(args: string[]): Promise<number> {
  const { values, flags } = parseOptions(args, { values: ['port', 'db', 'catalog', 'history'], flags: ['help', 'skip-bad-rows'] });
  if (flags.has('help')) {
    process.stdout.write(`${HELP}\n`);
    return 0;
  }
  const config = readConfig();
  const port = Port.parse(values.get('port') ?? config.VOICECART_BACKEND_PORT);
  const dbPath = values.get('db') ?? config.VOICECART_BACKEND_DB;
  const catalogPath = values.get('catalog') ?? config.VOICECART_CATALOG;
  const historyPath = values.get('history') ?? config.VOICECART_HISTORY;
  const logger = createLogger(config.LOG_LEVEL);
  const catalog = loadCatalogOption(catalogPath, flags.has('skip-bad-rows'));
  const running = await startBackend({
    port,
    dbPath,
    catalog,
    logger,
    policy: { seller: config.VOICECART_SELLER },
    ...(historyPath === undefined ? {} : { history: loadHistoryFile(historyPath) }),
  });
  process.stderr.write(`reference store backend on ${running.url} (${catalog.products.length} products, database ${dbPath})\n`);
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  await running.close();
  return 0;
}
