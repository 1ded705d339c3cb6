import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { sigmoid } from '../learning/logistic.ts';
import { meaningfulWords, type Fit } from './fit.ts';
import type { AnalysedQuery } from './query.ts';
import fitted from './resolution.json' with { type: 'json' };

/**
 * What the resolver knows of the answer the hand-set gate found when it decides whether to give it
 * or say the store has nothing: the fit's own measures, how far it stands from the others, how
 * much was said, and how widely its first word is a brand. (The hand-set gate's own flags,
 * `acceptable`, `headFound` and `clearlyHeard`, hold for every answer it found, so they tell nothing.)
 */
export const DECISION_FEATURES = [
  'bias',
  'coverage',
  'headStrength',
  'headNamed',
  'headToHead',
  'productCoverage',
  'strongest',
  'ordered',
  'weakest',
  'leading',
  'brandNames',
  'inSequence',
  'typical',
  'margin',
  'behind',
  'words',
] as const;
export type DecisionFeature = (typeof DECISION_FEATURES)[number];

/** A score gap this wide already says all a gap can: wider ones would only stretch the scale. */
const MAX_GAP = 1;
/** More words than this say no more about whether the store sells the thing. */
const MAX_WORDS = 6;

const AcceptModelSchema = z.object({
  /** The logistic model's weight of each feature: the log-odds that the answer is the product meant. */
  weights: z.record(z.enum(DECISION_FEATURES), z.number().finite()),
  /** The probability of being meant below which the answer is turned down. */
  threshold: z.number().min(0).max(1),
});

export const ResolutionConfigSchema = z
  .object({
    /**
     * Which decides between an answer and an honest none: the hand-set gate alone (src/catalog/fit.ts),
     * or that gate's answer kept only when the fitted model finds it likely enough to be meant.
     */
    decision: z.enum(['hand-set', 'fitted']),
    accept: AcceptModelSchema.nullable(),
    /** What the model was fitted on, for whoever reads the file. */
    fitted: z
      .object({
        catalog: z.string(),
        seeds: z.array(z.number().int()),
        requests: z.number().int().nonnegative(),
        /** Share of those requests answered right with the fitted decision and with the hand-set one. */
        accuracy: z.number().min(0).max(1),
        handSetAccuracy: z.number().min(0).max(1),
      })
      .optional(),
  })
  .refine((config) => config.decision === 'hand-set' || config.accept !== null, { message: 'a fitted decision needs its model in "accept"', path: ['accept'] });
export type ResolutionConfig = Readonly<z.infer<typeof ResolutionConfigSchema>>;
export type AcceptModel = NonNullable<ResolutionConfig['accept']>;

/** A configuration as read from JSON, checked; `source` names it in the error. */
export function parseResolutionConfig(json: unknown, source: string): ResolutionConfig {
  const parsed = ResolutionConfigSchema.safeParse(json);
  if (!parsed.success) throw new Error(`${source}: not a resolution configuration: ${z.prettifyError(parsed.error)}`);
  return Object.freeze(parsed.data);
}

/** A store's own configuration (`voicecart tune --out FILE`), in place of the one voicecart ships. */
export function loadResolutionConfig(path: string): ResolutionConfig {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(`${path}: ${error instanceof Error ? error.message : String(error)}`);
  }
  return parseResolutionConfig(json, path);
}

/**
 * The configuration voicecart ships (src/catalog/resolution.json): a model fitted by `voicecart
 * tune` on requests generated from the Instacart catalog, and which decision is used by default.
 */
export const DEFAULT_RESOLUTION: ResolutionConfig = parseResolutionConfig(fitted, 'src/catalog/resolution.json');

/** The hand-set gate alone: what `voicecart tune` learns from and measures its fitted model against. */
export const HAND_SET_RESOLUTION: ResolutionConfig = Object.freeze({ decision: 'hand-set', accept: null });

/** What the decision weighs besides the fit: the candidate's neighbours in the ranking, and its brand. */
export interface DecisionContext {
  /** The candidate ranked just below it. */
  readonly next: Fit | undefined;
  /** The candidate ranked first (the candidate itself when it is first). */
  readonly best: Fit;
  /** How many of the catalog's names the candidate's first word leads. */
  readonly namesLed: number;
}

/** The feature vector of an answer, in the order of DECISION_FEATURES. */
export function decisionFeatures(analysed: AnalysedQuery, fit: Fit, { next, best, namesLed }: DecisionContext): number[] {
  const flag = (value: boolean): number => (value ? 1 : 0);
  const values: Record<DecisionFeature, number> = {
    bias: 1,
    coverage: fit.coverage,
    headStrength: fit.headStrength,
    headNamed: fit.headNamed,
    headToHead: fit.headToHead,
    productCoverage: fit.productCoverage,
    strongest: fit.strongest,
    ordered: fit.ordered,
    weakest: fit.weakest,
    leading: flag(fit.leading),
    // A brand is asked for by the word its products lead with ("doritos"); a word leading one or two
    // names is as likely the last trace of a kind the store does not sell ("craisins" in a candy's name).
    brandNames: fit.leading ? Math.log1p(namesLed) : 0,
    inSequence: flag(fit.inSequence),
    typical: fit.typical,
    margin: next === undefined ? MAX_GAP : Math.min(MAX_GAP, fit.score - next.score),
    behind: Math.min(MAX_GAP, best.score - fit.score),
    words: Math.min(MAX_WORDS, meaningfulWords(analysed)),
  };
  return DECISION_FEATURES.map((name) => values[name]);
}

/** The weights of coefficients given in the order of DECISION_FEATURES. */
export function weightsOf(coefficients: readonly number[]): AcceptModel['weights'] {
  const weights = Object.fromEntries(DECISION_FEATURES.map((name, i) => [name, coefficients[i] ?? 0]));
  return AcceptModelSchema.shape.weights.parse(weights);
}

/** How likely the fitted model finds an answer with these features to be the product meant. */
export function acceptProbability(model: AcceptModel, features: readonly number[]): number {
  let z = 0;
  DECISION_FEATURES.forEach((name, i) => {
    z += model.weights[name] * (features[i] ?? 0);
  });
  return sigmoid(z);
}
