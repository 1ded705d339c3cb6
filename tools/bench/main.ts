/**
 * `npm run bench [-- --catalog FILE] [--history FILE] [--size 10000,50000,200000] [--runs N] [--only cold,chat,turns,resolve,quality,usual]`
 *
 * Speed is measured here and never tested: figures on a shared machine vary, so timed things run
 * several times and say min / median / max. Every figure names the catalog it was measured on and
 * where that catalog was found.
 */
import { parseOptions } from '../../src/cli/args.ts';
import { loadCatalogFile } from '../../src/catalog/load.ts';
import { chooseCatalog, chooseHistory } from './catalogs.ts';
import { runChatBench } from './chat.ts';
import { runColdStartBench } from './cold-start.ts';
import { runQualityBench } from './quality.ts';
import { runResolutionBench } from './resolution.ts';
import { runTurnBench } from './turns.ts';
import { runUsualBench } from './usual.ts';

const { values } = parseOptions(process.argv.slice(2), { values: ['catalog', 'history', 'size', 'runs', 'only'] });
const print = (line: string): void => {
  process.stdout.write(`${line}\n`);
};
const catalogChoice = chooseCatalog(values.get('catalog'));
const historyChoice = chooseHistory(values.get('history'));
const { catalog } = loadCatalogFile(catalogChoice.path, { skipBadRows: true });
const sizes = (values.get('size') ?? '10000,50000,200000').split(',').map((size) => {
  const n = Number(size.trim());
  if (!Number.isInteger(n) || n < 1) throw new Error(`--size takes whole numbers of products, like 10000,50000,200000 (not ${size})`);
  return n;
});
const runs = Number(values.get('runs') ?? '5');
if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs takes a whole number of at least 1');
const only = values.get('only')?.split(',');

print(`catalog: ${catalog.products.length.toLocaleString('en-US')} products from ${catalogChoice.path} (${catalogChoice.how})`);
print(historyChoice === null ? 'history: none (no --history given and none beside the project): the usual basket is not measured' : `history: ${historyChoice.path} (${historyChoice.how})`);
print(`machine: ${(await import('node:os')).cpus().length} cores, load average ${(await import('node:os')).loadavg().map((load) => load.toFixed(1)).join(' ')}; node ${process.version}`);

/** The sections, in the order they print; `--only` names some of them. */
const sections: { name: string; title: string; run: () => Promise<void> }[] = [
  { name: 'cold', title: 'Lambda cold start: a fresh process, the handler imported from the unpacked zip, its first request', run: () => runColdStartBench({ catalog, chosen: catalogChoice, runs, print }) },
  { name: 'chat', title: 'voicecart chat --catalog, to its first reply', run: () => runChatBench({ chosen: catalogChoice, runs: Math.min(runs, 3), print }) },
  { name: 'turns', title: 'whole skill turns in process (envelope in, handlers, resolution, SQLite, backend over HTTP)', run: () => runTurnBench({ chosen: catalogChoice, print }) },
  { name: 'resolve', title: `resolution as the catalog grows (${sizes.map((size) => size.toLocaleString('en-US')).join(', ')} products), and plain fuse.js`, run: () => runResolutionBench({ base: catalog, chosen: catalogChoice, sizes, print }) },
  { name: 'quality', title: 'requests understood, generated from the catalog with their answers known (voicecart evaluate)', run: () => runQualityBench({ catalog, history: historyChoice, print }) },
  ...(historyChoice === null ? [] : [{ name: 'usual', title: 'the usual basket against real next orders', run: () => runUsualBench({ history: historyChoice, print }) }]),
];
for (const section of sections) {
  if (only !== undefined && !only.includes(section.name)) continue;
  print(`\n${section.title}`);
  await section.run();
}
