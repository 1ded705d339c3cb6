import { parseOptions } from './args.ts';

/**
 * `npm run bench`: resolution against plain fuse.js, the usual basket against its baselines, and
 * whole skill turns, printed side by side. Figures, never pass/fail: speed is not a test.
 */
export async function run(args: string[]): Promise<number> {
  const { values } = parseOptions(args, { values: ['catalog', 'history', 'only'] });
  const only = values.get('only');
  const catalogPath = values.get('catalog');
  const historyPath = values.get('history');
  const wanted = (name: string): boolean => only === undefined || only === name;
  if (wanted('resolve')) {
    const { runResolutionBench } = await import('../catalog/bench.ts');
    await runResolutionBench(catalogPath === undefined ? {} : { catalogPath });
  }
  if (wanted('usual')) {
    const { runUsualBench } = await import('../reorder/bench.ts');
    await runUsualBench({ ...(catalogPath === undefined ? {} : { catalogPath }), ...(historyPath === undefined ? {} : { historyPath }) });
  }
  if (wanted('turn')) {
    const { runTurnBench } = await import('../runtime/turn-bench.ts');
    await runTurnBench(catalogPath === undefined ? {} : { catalogPath });
  }
  return 0;
}
