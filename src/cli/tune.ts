import { writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { loadHistoryFile } from '../catalog/history.ts';
import { tune } from '../evaluation/tune.ts';
import { parseOptions } from './args.ts';
import { loadCatalogOption } from './catalog-option.ts';

const USAGE = 'usage: voicecart tune --catalog FILE [--history FILE] [--seed N] [--sets N] [--count N] [--out FILE] [--skip-bad-rows]';

/**
 * The seeds `voicecart evaluate` is read with by convention (1 for looking at misses, 2 for the
 * held-out check) are never fitted on, so its figures stay a fair measure of what was fitted.
 */
const RESERVED_SEEDS: ReadonlySet<number> = new Set([1, 2]);

/**
 * `voicecart tune --catalog FILE`: fits the resolver's decision to answer or say the store has
 * nothing on requests generated from the catalog (as `voicecart evaluate` makes them) with `--sets`
 * seeds from `--seed` on, and writes the configuration as JSON to `--out` (standard output by
 * default). A store serves with it through VOICECART_RESOLUTION.
 */
export async function run(args: string[]): Promise<number> {
  const { values, flags } = parseOptions(args, { values: ['catalog', 'history', 'seed', 'sets', 'count', 'out'], flags: ['skip-bad-rows'] });
  const catalogPath = values.get('catalog');
  const seed = wholeNumber(values.get('seed') ?? '3');
  const sets = wholeNumber(values.get('sets') ?? '4');
  const count = wholeNumber(values.get('count') ?? '2400');
  if (catalogPath === undefined || seed === undefined || sets === undefined || sets === 0 || count === undefined || count === 0) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const seeds = Array.from({ length: sets }, (_, i) => seed + i);
  if (seeds.some((s) => RESERVED_SEEDS.has(s))) {
    process.stderr.write(`seeds ${[...RESERVED_SEEDS].join(' and ')} are kept for voicecart evaluate; start from --seed 3 or later\n`);
    return 2;
  }
  const source = loadCatalogOption(catalogPath, flags.has('skip-bad-rows'));
  const historyPath = values.get('history');
  const history = historyPath === undefined ? undefined : loadHistoryFile(historyPath);
  const config = tune(source, { seeds, count, catalogName: basename(catalogPath), ...(history === undefined ? {} : { history }) });
  const json = `${JSON.stringify(config, null, 2)}\n`;
  const out = values.get('out');
  if (out === undefined) process.stdout.write(json);
  else writeFileSync(out, json);
  const { requests, accuracy, handSetAccuracy } = config.fitted;
  process.stderr.write(
    `fitted on ${requests.toLocaleString('en-US')} requests (seeds ${seeds.join(', ')}): right ${accuracy.toFixed(3)} with the fitted decision, ${handSetAccuracy.toFixed(3)} with the hand-set one${out === undefined ? '' : `; wrote ${out}`}\n`,
  );
  return 0;
}

function wholeNumber(text: string): number | undefined {
  return /^\d+$/.test(text) ? Number(text) : undefined;
}
