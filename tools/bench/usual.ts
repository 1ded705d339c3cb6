import { loadHistoryFile } from '../../src/catalog/history.ts';
import { frequentProducts, holdOutLastOrders, meanF1 } from '../../src/reorder/usual-evaluation.ts';
import { crossValidatedUsualF1 } from '../../src/reorder/usual-training.ts';
import { lastOrder, predictUsualBasket } from '../../src/reorder/usual.ts';
import type { Chosen } from './catalogs.ts';
import type { Print } from './stats.ts';

/**
 * How well the usual basket predicts real shoppers: each shopper's last order is held out and
 * predicted from the ones before it, scored by mean F1 beside the two simple answers a store
 * might otherwise give. The prediction needs no catalog.
 */
export async function runUsualBench(options: { history: Chosen; print: Print }): Promise<void> {
  const { print } = options;
  const historyPath = options.history.path;
  const history = loadHistoryFile(historyPath);
  const cases = holdOutLastOrders(history);
  const started = performance.now();
  const voicecart = meanF1(cases, (earlier) => predictUsualBasket(earlier));
  const perShopperMs = (performance.now() - started) / Math.max(1, cases.length);
  const rows: [string, number][] = [
    ['repeat the last order', meanF1(cases, (earlier) => lastOrder(earlier))],
    ['bought in >= 20% of orders', meanF1(cases, (earlier) => frequentProducts(earlier, 0.2))],
    ['voicecart usual basket', voicecart],
    ["voicecart, 8-fold cross-validated over shoppers", crossValidatedUsualF1(history, 8)],
    ["the same over each shopper's last 8 orders", crossValidatedUsualF1(history, 8, { lastOrders: 8 })],
  ];
  print(`  mean F1 predicting the last order of ${cases.length} shoppers`);
  const width = Math.max(...rows.map(([name]) => name.length));
  for (const [name, f1] of rows) print(`  ${name.padEnd(width)}  ${f1.toFixed(3)}`);
  print(`  prediction time: ${perShopperMs.toFixed(2)} ms a shopper`);
}
