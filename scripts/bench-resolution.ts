/**
 * Runs the resolution benchmark on its own: `npx tsx scripts/bench-resolution.ts [CATALOG]`.
 * `npm run bench` runs it with the other benchmarks.
 */
import { runResolutionBench } from '../src/catalog/bench.ts';

const catalogPath = process.argv[2];
await runResolutionBench(catalogPath === undefined ? {} : { catalogPath });
