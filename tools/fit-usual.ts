/**
 * Refits the usual-basket model's coefficients from an order history CSV and prints them, with
 * how well they predict shoppers left out of the fit:
 *
 *   npx tsx tools/fit-usual.ts --history FILE [--folds 8]
 *
 * Judge a change by the second figure (each shopper's last 8 orders in turn): the first rests on
 * one order per shopper and moves by half a point with luck alone.
 *
 * Paste the printed array over USUAL_COEFFICIENTS in src/reorder/usual.ts.
 */
import { loadHistoryFile } from '../src/catalog/history.ts';
import { parseOptions } from '../src/cli/args.ts';
import { FEATURE_NAMES } from '../src/reorder/usual-features.ts';
import { crossValidatedUsualF1, fitUsualCoefficients } from '../src/reorder/usual-training.ts';

const STEADY_LAST_ORDERS = 8;

const { values } = parseOptions(process.argv.slice(2), { values: ['history', 'folds'] });
const historyPath = values.get('history');
if (historyPath === undefined) throw new Error('usage: npx tsx tools/fit-usual.ts --history FILE [--folds N]');
const folds = Number(values.get('folds') ?? '8');
if (!Number.isInteger(folds) || folds < 2) throw new Error('--folds must be a whole number of at least 2');

const history = loadHistoryFile(historyPath);
const coefficients = fitUsualCoefficients(history);
const width = Math.max(...FEATURE_NAMES.map((name) => name.length));
FEATURE_NAMES.forEach((name, i) => console.log(`${name.padEnd(width)}  ${(coefficients[i] ?? 0).toFixed(4)}`));
console.log(`[${coefficients.map((c) => c.toFixed(4)).join(', ')}]`);
const f1 = crossValidatedUsualF1(history, folds);
console.log(`mean F1 on each shopper's last order, ${folds}-fold cross-validated over shoppers: ${f1.toFixed(4)}`);
const steadier = crossValidatedUsualF1(history, folds, { lastOrders: STEADY_LAST_ORDERS });
console.log(`the same on each of their last ${STEADY_LAST_ORDERS} orders: ${steadier.toFixed(4)}`);
