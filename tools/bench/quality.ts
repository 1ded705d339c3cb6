import { loadHistoryFile } from '../../src/catalog/history.ts';
import type { Catalog } from '../../src/catalog/product.ts';
import { evaluate } from '../../src/evaluation/evaluate.ts';
import { generateRequests } from '../../src/evaluation/requests.ts';
import type { Chosen } from './catalogs.ts';
import type { Print } from './stats.ts';

/**
 * How many generated requests are understood, by kind: `voicecart evaluate` on the measured
 * catalog (and its history, for household requests), with a seed nothing was tuned on.
 */
export function runQualityBench(options: { catalog: Catalog; history: Chosen | null; print: Print }): Promise<void> {
  const history = options.history === null ? undefined : loadHistoryFile(options.history.path);
  const seed = 2;
  const set = generateRequests(options.catalog, { seed, count: 2400, ...(history === undefined ? {} : { history }) });
  const result = evaluate(set, history);
  options.print(`  ${set.requests.length.toLocaleString('en-US')} requests generated from the catalog (seed ${seed}), ${set.heldOut.length} kinds held out as not sold`);
  for (const kind of result.kinds) options.print(`    ${kind.kind.padEnd(18)} ${(kind.right / kind.requests).toFixed(3)}  (${kind.right}/${kind.requests})`);
  options.print(`    ${'overall'.padEnd(18)} ${(result.right / result.requests).toFixed(3)}`);
  return Promise.resolve();
}
