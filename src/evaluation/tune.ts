import { acceptProbability, weightsOf, type AcceptModel, type ResolutionConfig } from '../catalog/decision.ts';
import type { OrderHistory } from '../catalog/history.ts';
import type { Catalog } from '../catalog/product.ts';
import { Resolver } from '../catalog/resolver.ts';
import { fitLogistic } from '../learning/logistic.ts';
import { generateRequests } from './requests.ts';

/**
 * One request as the final gate sees it: the features of the answer the hand-set gate found, if
 * any, whether that answer is right, and whether the store sells what was asked (if not, none is right).
 */
export interface DecisionCase {
  readonly answer: { readonly features: readonly number[]; readonly right: boolean } | null;
  readonly sold: boolean;
}

export interface TuneOptions {
  readonly seeds: readonly number[];
  /** Requests generated per seed. */
  readonly count: number;
  readonly history?: OrderHistory;
  /** Names the catalog in the configuration written. */
  readonly catalogName: string;
}

/** Enough shrinkage that a feature nearly constant among answers ("strongest") cannot run off. */
const RIDGE = 1e-3;
/** Thresholds tried, as probabilities of being meant. */
const THRESHOLD_STEPS = 99;
/** Weights are written to this many significant digits: more would only be noise in the file. */
const DIGITS = 6;

/**
 * The decision cases of requests generated from a catalog with one seed, brand requests among them
 * (see BRAND_KIND): every request that reaches the final gate, labelled from the products known to
 * answer it. Requests the gate answers with none stay none whatever is fitted, and are counted as such.
 */
export function decisionCases(source: Catalog, seed: number, count: number, history?: OrderHistory): DecisionCase[] {
  const set = generateRequests(source, { seed, count, brands: true, ...(history === undefined ? {} : { history }) });
  const resolver = Resolver.build(set.catalog);
  return set.requests.flatMap((request) => {
    const orders = request.user === undefined ? undefined : history?.get(request.user);
    const weighed = resolver.weigh(request.text, orders === undefined ? {} : { history: orders });
    if (weighed === null) return [];
    return [{ answer: { features: weighed.features, right: request.accept.includes(weighed.productId) }, sold: request.accept.length > 0 }];
  });
}

/** Whether a decision case is answered right: with the hand-set gate's answer if the model keeps it, else with none. */
export function decidedRight(model: AcceptModel | null, decision: DecisionCase): boolean {
  const { answer } = decision;
  return answer !== null && (model === null || acceptProbability(model, answer.features) >= model.threshold) ? answer.right : !decision.sold;
}

/**
 * Fits the decision to keep an answer or say nothing is sold: a logistic model of whether the
 * answer is the product meant, and the threshold below which turning it down is right most often.
 */
export function fitAcceptModel(cases: readonly DecisionCase[]): { model: AcceptModel; accuracy: number } {
  const examples = cases.flatMap(({ answer }) => (answer === null ? [] : [{ features: answer.features, label: answer.right }]));
  const coefficients = fitLogistic(examples, { ridge: RIDGE }).map((c) => Number(c.toPrecision(DIGITS)));
  const weights = weightsOf(coefficients);
  let best = { model: { weights, threshold: 0 }, accuracy: share(cases, (decision) => decidedRight(null, decision)) };
  for (let step = 1; step <= THRESHOLD_STEPS; step++) {
    const model = { weights, threshold: step / (THRESHOLD_STEPS + 1) };
    const accuracy = share(cases, (decision) => decidedRight(model, decision));
    if (accuracy > best.accuracy) best = { model, accuracy };
  }
  return best;
}

/**
 * Fits a resolution configuration for a catalog on requests generated from it with the given
 * seeds, to be used (`decision: "fitted"`).
 */
export function tune(source: Catalog, options: TuneOptions): ResolutionConfig & { fitted: NonNullable<ResolutionConfig['fitted']> } {
  const cases = options.seeds.flatMap((seed) => decisionCases(source, seed, options.count, options.history));
  const { model, accuracy } = fitAcceptModel(cases);
  const rounded = (value: number): number => Number(value.toFixed(4));
  return {
    decision: 'fitted',
    accept: model,
    fitted: {
      catalog: options.catalogName,
      seeds: [...options.seeds],
      requests: cases.length,
      accuracy: rounded(accuracy),
      handSetAccuracy: rounded(share(cases, (decision) => decidedRight(null, decision))),
    },
  };
}

function share<T>(items: readonly T[], right: (item: T) => boolean): number {
  return items.length === 0 ? 0 : items.filter(right).length / items.length;
}
