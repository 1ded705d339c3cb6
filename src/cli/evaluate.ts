import { HAND_SET_RESOLUTION, loadResolutionConfig } from '../catalog/decision.ts';
import { loadHistoryFile } from '../catalog/history.ts';
import { evaluate, type KindFigures } from '../evaluation/evaluate.ts';
import { generateRequests } from '../evaluation/requests.ts';
import { parseOptions } from './args.ts';
import { loadCatalogOption } from './catalog-option.ts';

const USAGE = 'usage: voicecart evaluate --catalog FILE [--history FILE] [--seed N] [--count N] [--misses N] [--resolution FILE | --hand-set] [--skip-bad-rows]';

/**
 * `voicecart evaluate --catalog FILE [--history FILE]`: how well voicecart understands requests for
 * this catalog's products, by kind, over requests generated from the catalog with their answers
 * known (src/evaluation/requests.ts). The seed makes a different set of requests; `--misses` shows
 * that many missed requests of each kind, with what was found and what would have been right.
 * `--resolution` scores a configuration written by `voicecart tune` in place of voicecart's own;
 * `--hand-set` scores the hand-set decision alone, as it was before any was fitted.
 */
export async function run(args: string[]): Promise<number> {
  const { values, flags } = parseOptions(args, { values: ['catalog', 'history', 'seed', 'count', 'misses', 'resolution'], flags: ['skip-bad-rows', 'hand-set'] });
  const catalogPath = values.get('catalog');
  const seed = wholeNumber(values.get('seed') ?? '1');
  const count = wholeNumber(values.get('count') ?? '2400');
  const shown = wholeNumber(values.get('misses') ?? '2');
  const resolutionPath = values.get('resolution');
  if (catalogPath === undefined || seed === undefined || count === undefined || count === 0 || shown === undefined || (resolutionPath !== undefined && flags.has('hand-set'))) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const source = loadCatalogOption(catalogPath, flags.has('skip-bad-rows'));
  const historyPath = values.get('history');
  const history = historyPath === undefined ? undefined : loadHistoryFile(historyPath);
  const set = generateRequests(source, { seed, count, ...(history === undefined ? {} : { history }) });
  const started = performance.now();
  const resolution = flags.has('hand-set') ? HAND_SET_RESOLUTION : resolutionPath === undefined ? undefined : loadResolutionConfig(resolutionPath);
  const result = evaluate(set, history, resolution);
  const seconds = (performance.now() - started) / 1000;
  const out = [
    `catalog: ${catalogPath}, ${source.size.toLocaleString('en-US')} products; ${set.heldOut.length} kinds held out as not sold (${set.heldOut.slice(0, 6).join(', ')}${set.heldOut.length > 6 ? ', …' : ''})`,
    `${set.requests.length.toLocaleString('en-US')} requests generated with seed ${seed}${history === undefined ? '' : `, household requests from ${historyPath}`}; resolved in ${seconds.toFixed(1)} s`,
    '',
    ...result.kinds.flatMap((kind) => kindLines(kind, shown)),
    `${'overall'.padEnd(18)} ${share(result.right, result.requests)}`,
  ];
  process.stdout.write(`${out.join('\n')}\n`);
  return 0;
}

function kindLines(kind: KindFigures, shown: number): string[] {
  const misses = kind.misses.slice(0, shown).map((miss) => {
    const got = miss.got === null ? 'nothing' : miss.got;
    const wanted = miss.wanted.length === 0 ? 'nothing (not sold)' : miss.wanted.join(' | ');
    return `    "${miss.text}" → ${got}${miss.quantity === null ? '' : ` ×${miss.quantity}`}; right: ${wanted}`;
  });
  return [`${kind.kind.padEnd(18)} ${share(kind.right, kind.requests)}`, ...misses];
}

function share(right: number, of: number): string {
  return `${(of === 0 ? 0 : right / of).toFixed(3)}  (${right}/${of})`;
}

function wholeNumber(text: string): number | undefined {
  return /^\d+$/.test(text) ? Number(text) : undefined;
}
