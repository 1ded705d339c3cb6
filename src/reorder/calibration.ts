import { sigmoid } from '../learning/logistic.ts';

const EDGE = 1e-9;
const MAX_SHIFT = 30;

/**
 * Moves every probability by the same amount in log-odds so that together they expect
 * `expectedCount` events, keeping their order. The reorder model knows each product well but not
 * how big this shopper's next basket will be; this hands that question to a measure that does.
 */
export function shiftToExpectedCount(probabilities: readonly number[], expectedCount: number): number[] {
  if (probabilities.length === 0) return [];
  const logOdds = probabilities.map((p) => {
    const clamped = Math.min(1 - EDGE, Math.max(EDGE, p));
    return Math.log(clamped / (1 - clamped));
  });
  const total = (shift: number) => logOdds.reduce((sum, z) => sum + sigmoid(z + shift), 0);
  let low = -MAX_SHIFT;
  let high = MAX_SHIFT;
  // The total rises steadily with the shift, so halving the interval finds it; 60 halvings reach float precision.
  for (let step = 0; step < 60; step++) {
    const middle = (low + high) / 2;
    if (total(middle) > expectedCount) high = middle;
    else low = middle;
  }
  const shift = (low + high) / 2;
  return logOdds.map((z) => sigmoid(z + shift));
}
