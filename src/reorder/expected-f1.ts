/**
 * Choosing how many products to put in a predicted basket so that the F1 score the shopper's real
 * basket will give it is highest on average, treating each product's chance of being bought as
 * independent (the approach of the best Instacart Market Basket solutions, after Nan Ye et al.,
 * "Optimizing F-measures: a tale of two approaches", 2012).
 *
 * A fixed threshold cannot do this: a shopper with three near-certain staples should get those
 * three, while one whose products all sit at 30% is better served by a longer list.
 */

/** Probabilities below this change the expectation by less than rounding, so they are not tracked. */
const NEGLIGIBLE = 1e-12;

/** The distribution of how many of the given independent events happen (Poisson binomial). */
function addEvent(distribution: readonly number[], probability: number): number[] {
  const next = new Array<number>(distribution.length + 1).fill(0);
  distribution.forEach((mass, count) => {
    next[count] = (next[count] ?? 0) + mass * (1 - probability);
    next[count + 1] = (next[count + 1] ?? 0) + mass * probability;
  });
  let end = next.length;
  while (end > 1 && (next[end - 1] ?? 0) < NEGLIGIBLE) end--;
  return next.slice(0, end);
}

/**
 * The expected F1 of predicting the first `k` products, for every k from 0 to `probabilities.length`,
 * where `probabilities` are sorted best first and `unseenExpected` is how many bought products are
 * expected to lie outside the list altogether (things the shopper has never bought before).
 */
export function expectedF1BySize(probabilities: readonly number[], unseenExpected = 0): number[] {
  const n = probabilities.length;
  // restAfter[k]: distribution of how many of products k..n-1 are bought.
  const restAfter: number[][] = new Array<number[]>(n + 1);
  restAfter[n] = [1];
  for (let k = n - 1; k >= 0; k--) restAfter[k] = addEvent(restAfter[k + 1] ?? [1], probabilities[k] ?? 0);
  const result: number[] = [];
  let hits: number[] = [1];
  for (let k = 0; k <= n; k++) {
    if (k > 0) hits = addEvent(hits, probabilities[k - 1] ?? 0);
    const rest = restAfter[k] ?? [1];
    let expected = 0;
    hits.forEach((hitMass, hitCount) => {
      if (hitCount === 0 || hitMass < NEGLIGIBLE) return;
      rest.forEach((restMass, restCount) => {
        expected += (hitMass * restMass * 2 * hitCount) / (k + hitCount + restCount + unseenExpected);
      });
    });
    result.push(expected);
  }
  return result;
}

/** How many of the best-first products to predict so that the expected F1 is highest (at least one when any exist). */
export function bestBasketSize(probabilities: readonly number[], unseenExpected = 0): number {
  const bySize = expectedF1BySize(probabilities, unseenExpected);
  let best = probabilities.length > 0 ? 1 : 0;
  bySize.forEach((value, size) => {
    if (size > 0 && value > (bySize[best] ?? 0)) best = size;
  });
  return best;
}
