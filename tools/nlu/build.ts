import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { loadCatalogFile } from '../../src/catalog/load.ts';
import type { Catalog } from '../../src/catalog/product.ts';
import { FALLBACK_INTENT, INTENTS, intentsThatChangeTheCart, type IntentRegistry } from '../../src/intents/registry.ts';
import { buildInteractionModel } from '../../src/interaction-model/generate.ts';
import { modelsDirectory } from '../../src/interaction-model/models-directory.ts';
import { readOutOfDomainExamples, readSamples, samplesFor, type IntentSamples } from '../../src/interaction-model/samples.ts';
import type { InteractionModel } from '../../src/interaction-model/schema.ts';
import { decideAmong, IntentClassifier, OUT_OF_DOMAIN, rivalsOf, type ClassifierModel, type DecisionRule, type Rivals } from '../../src/nlu/classifier.ts';
import { DEFAULT_FEATURES } from '../../src/nlu/features.ts';
import { createNlu, type Nlu, type Understanding } from '../../src/nlu/nlu.ts';
import { meaningfulWords } from '../../src/nlu/text.ts';
import { DEMO_CATALOG } from '../../src/runtime/config.ts';
import { seededRandom } from '../../src/evaluation/random.ts';
import { trainClassifier, DEFAULT_TRAINING, type TrainingOptions } from './train-classifier.ts';
import { DEFAULT_TRAINING_DATA, digest, slotFillers, trainingSentences, withTemplates, type LabelledSentence, type TrainingDataOptions } from './training-data.ts';

/** Everything the classifier is trained from. */
export interface ClassifierInputs {
  readonly registry: IntentRegistry;
  readonly samples: ReadonlyMap<string, IntentSamples>;
  readonly outOfDomain: readonly string[];
  readonly catalog: Catalog;
  readonly data: TrainingDataOptions;
  readonly training: TrainingOptions;
  /** Sentences that break ties between decision rules (see chooseThreshold). */
  readonly understood: readonly Understood[];
}

/** The classifier's weights, before a decision rule is chosen for them. */
export type TrainedWeights = ReturnType<typeof trainClassifier>;

const TrainingWordsSchema = z.object({ listNames: z.array(z.string().min(1)), goods: z.array(z.string().min(1)) }).strict();

const UnderstoodSchema = z.object({ understood: z.record(z.string(), z.array(z.string().min(1)).min(1)) }).strict();
/** The key of models/<locale>/understood.yaml for sentences that must be turned away. */
const TURNED_AWAY = 'out of domain';

/** A sentence the skill must hear as `want` (an intent, or OUT_OF_DOMAIN for one it turns away). */
export interface Understood {
  readonly text: string;
  readonly want: string;
}

/** The sentences the committed classifier is held to (models/<locale>/understood.yaml), checked against the registry. */
export function readUnderstood(registry: IntentRegistry = INTENTS, directory: string = modelsDirectory()): readonly Understood[] {
  const path = join(directory, 'understood.yaml');
  const parsed = UnderstoodSchema.safeParse(parse(readFileSync(path, 'utf8')));
  if (!parsed.success) throw new Error(`${path} is not a list of sentences by intent: ${parsed.error.message}`);
  const known = new Set(registry.map((definition) => definition.name));
  return Object.entries(parsed.data.understood).flatMap(([key, texts]) => {
    if (key !== TURNED_AWAY && !known.has(key)) throw new Error(`${path} names ${key}, which the registry does not define`);
    return texts.map((text) => ({ text, want: key === TURNED_AWAY ? OUT_OF_DOMAIN : key }));
  });
}

/** The extra words training fills slots with (models/<locale>/training.yaml). */
export function readTrainingWords(directory: string = modelsDirectory()): Pick<TrainingDataOptions, 'extraListNames' | 'extraGoods'> {
  const path = join(directory, 'training.yaml');
  const parsed = TrainingWordsSchema.safeParse(parse(readFileSync(path, 'utf8')));
  if (!parsed.success) throw new Error(`${path} is not a list of training words: ${parsed.error.message}`);
  return { extraListNames: parsed.data.listNames, extraGoods: parsed.data.goods };
}

export function defaultInputs(overrides: Partial<ClassifierInputs> = {}): ClassifierInputs {
  const registry = overrides.registry ?? INTENTS;
  return {
    registry,
    samples: overrides.samples ?? samplesFor(registry, readSamples()),
    outOfDomain: overrides.outOfDomain ?? readOutOfDomainExamples(),
    catalog: overrides.catalog ?? loadCatalogFile(DEMO_CATALOG).catalog,
    data: overrides.data ?? { ...DEFAULT_TRAINING_DATA, ...readTrainingWords() },
    training: overrides.training ?? { ...DEFAULT_TRAINING, features: DEFAULT_FEATURES },
    understood: overrides.understood ?? readUnderstood(registry),
  };
}

function modelFor(inputs: ClassifierInputs, samples: ReadonlyMap<string, IntentSamples>): InteractionModel {
  return buildInteractionModel(inputs.catalog, { registry: inputs.registry, samples }).model;
}

/** A digest of the inputs, kept in the model so a test can tell when samples changed and it was not retrained. */
export function fingerprintOf(inputs: ClassifierInputs): string {
  return digest({
    intents: inputs.registry.map((definition) => ({ name: definition.name, slots: definition.slots })),
    samples: [...inputs.samples].map(([name, own]) => [name, own.templates]),
    outOfDomain: inputs.outOfDomain,
    products: inputs.catalog.products.map((product) => [product.name, product.brand ?? '', product.synonyms ?? []]),
    data: inputs.data,
    training: inputs.training,
    understood: inputs.understood,
  });
}

export function labelsOf(inputs: ClassifierInputs): string[] {
  return [...inputs.registry.filter((definition) => inputs.samples.has(definition.name)).map((definition) => definition.name), OUT_OF_DOMAIN];
}

export function sentencesFor(inputs: ClassifierInputs, samples: ReadonlyMap<string, IntentSamples>, seed: number): LabelledSentence[] {
  const model = modelFor(inputs, samples);
  const random = seededRandom(seed);
  return trainingSentences(inputs.registry, samples, inputs.outOfDomain, slotFillers(model, inputs.data, random), random, inputs.data);
}

/** One template in `parts` is held out for choosing the threshold, chosen by its text so the split never moves. */
export function isHeldOut(template: string, parts = 7): boolean {
  return Number.parseInt(digest(template).slice(0, 8), 16) % parts === 0;
}

export interface ThresholdChoice {
  readonly threshold: number;
  readonly outOfDomainThreshold: number;
  readonly minimumFit: number | null;
  readonly fitWeight: number;
  readonly heldOut: number;
  /** Accuracy on the held-out sentences (see chooseThreshold) with the classifier alone, the matcher alone, and the two by the rule chosen. */
  readonly classifierAlone: number;
  readonly matcherAlone: number;
  readonly combined: number;
  /** How many of the understood sentences the classifier trained on everything hears rightly by the rule chosen. */
  readonly understood: { readonly right: number; readonly of: number };
}

/** From 0.05: a rule that takes an intent at any probability takes one the classifier all but ruled out. */
const THRESHOLDS = [...Array.from({ length: 19 }, (_, i) => (i + 1) / 20), 0.97, 0.99, 1.01];
/** How well a sentence must fit a sample of the intent decided, from no test at all to a close fit. */
const MINIMUM_FITS = [null, -6, -4, -2, 0];
/** What a point of fit is worth against the log of the probability, from nothing to as much. */
const FIT_WEIGHTS = [0, 0.1, 0.25, 0.5, 1];
const NEAR_BEST = 0.002;

/** A sentence heard by a classifier and a matcher, with what it should be heard as. */
interface Judged {
  readonly want: string;
  readonly rivals: Rivals;
  readonly fits: ReadonlyMap<string, number | undefined>;
  readonly classified: string;
  readonly matched: string;
}

function judge(
  classifier: IntentClassifier,
  nlu: Nlu,
  labels: readonly string[],
  sentences: readonly { readonly words: readonly string[]; readonly want: string }[],
): Judged[] {
  const intentOf = (understanding: Understanding): string => (understanding.kind === 'intent' ? understanding.intent : 'launch');
  return sentences.map(({ words, want }) => {
    const rivals = rivalsOf(labels, classifier.probabilities(words));
    return {
      want,
      rivals,
      fits: new Map(rivals.intents.map((rival) => [rival.label, nlu.fit(words, rival.label)])),
      classified: classifier.classify(words).label,
      matched: intentOf(nlu.understand(words.join(' '))),
    };
  });
}

/** A classifier of these weights that leaves every decision to the rule tried on it. */
function undecided(weights: TrainedWeights, fingerprint: string): IntentClassifier {
  return new IntentClassifier({ ...weights, threshold: 1.01, outOfDomainThreshold: 1.01, minimumFit: null, fitWeight: 0, fingerprint, training: {} });
}

/**
 * The decision rule (thresholds, minimum fit, weight of the fit), chosen on templates held out of
 * training: a classifier trained without them, and a matcher whose samples lack them, hear their
 * sentences; the rule is the one by which taking the classifier's word, and the matcher's when the
 * classifier is unsure, is right most often. A request of the skill's is right when it gets its
 * intent; a sentence that is none of the skill's business is right when it changes nothing.
 *
 * Many rules do about as well there, and which of them scores a hair better moves with every sample
 * added: so among those within a sentence in five hundred of the best, the rule kept is the one by
 * which the trained classifier (`weights`) hears most of the understood sentences rightly, then the
 * most cautious out-of-domain threshold, the strictest fit, the middle weight on the fit and the
 * middle intent threshold, away from the edges of what does as well.
 */
export function chooseThreshold(inputs: ClassifierInputs, weights?: TrainedWeights): ThresholdChoice {
  const keep = (intent: string, template: string): boolean => !isHeldOut(`${intent}: ${template}`);
  const trainingSamples = withTemplates(inputs.samples, keep);
  const trainingOutOfDomain = inputs.outOfDomain.filter((template) => keep(OUT_OF_DOMAIN, template));
  const reduced = { ...inputs, samples: trainingSamples, outOfDomain: trainingOutOfDomain };
  const labels = labelsOf(inputs);
  const heldOutClassifier = undecided(trainClassifier(sentencesFor(reduced, trainingSamples, inputs.training.seed), labels, inputs.training), 'held-out');
  const heldOutNlu = createNlu(modelFor(inputs, trainingSamples), { registry: inputs.registry });
  // The held-out sentences as said, without the made-up slips training adds.
  const plain = { ...inputs, data: { ...inputs.data, mishearing: 0, dropping: 0 } };
  const heldOut = sentencesFor(plain, inputs.samples, inputs.training.seed + 1)
    .filter((sentence) => isHeldOut(sentence.template))
    .map((sentence) => ({ words: sentence.words, want: sentence.label }));
  const judged = judge(heldOutClassifier, heldOutNlu, labels, heldOut);
  const understood =
    weights === undefined
      ? []
      : judge(
          undecided(weights, 'all'),
          createNlu(modelFor(inputs, inputs.samples), { registry: inputs.registry }),
          labels,
          inputs.understood.map(({ text, want }) => ({ words: meaningfulWords(text), want })),
        );
  const changesTheCart = intentsThatChangeTheCart(inputs.registry);
  const worth = (want: string, got: string): number => ((want === OUT_OF_DOMAIN ? !changesTheCart.has(got) : got === want) ? 1 : 0);
  // An understood sentence that is none of the skill's business must be turned away, as misheard checks.
  const turnedAway = (want: string, got: string): number => (want === OUT_OF_DOMAIN ? (got === OUT_OF_DOMAIN || got === FALLBACK_INTENT ? 1 : 0) : worth(want, got));
  const right = (sentences: readonly Judged[], rule: DecisionRule, judgedBy = worth): number =>
    sentences.reduce((sum, j) => sum + judgedBy(j.want, decideAmong(j.rivals, rule, (label) => j.fits.get(label))?.label ?? j.matched), 0);
  const grid = MINIMUM_FITS.flatMap((minimumFit, fit) =>
    FIT_WEIGHTS.flatMap((fitWeight) =>
      THRESHOLDS.flatMap((threshold) =>
        THRESHOLDS.map((outOfDomainThreshold) => {
          const rule = { threshold, outOfDomainThreshold, minimumFit: minimumFit ?? -Infinity, fitWeight };
          return { fit, rule, score: right(judged, rule) / Math.max(1, judged.length) };
        }),
      ),
    ),
  );
  const best = Math.max(...grid.map((point) => point.score));
  const tied = grid.filter((point) => point.score >= best - NEAR_BEST).map((point) => ({ ...point, understood: right(understood, point.rule, turnedAway) }));
  const mostUnderstood = Math.max(...tied.map((point) => point.understood));
  const agreed = tied.filter((point) => point.understood === mostUnderstood);
  const outOfDomainThreshold = Math.max(...agreed.map((point) => point.rule.outOfDomainThreshold));
  const cautious = agreed.filter((point) => point.rule.outOfDomainThreshold === outOfDomainThreshold);
  const fit = Math.max(...cautious.map((point) => point.fit));
  const strict = cautious.filter((point) => point.fit === fit);
  const fitWeights = [...new Set(strict.map((point) => point.rule.fitWeight))].sort((a, b) => a - b);
  const fitWeight = fitWeights[Math.floor((fitWeights.length - 1) / 2)] ?? 0;
  const run = strict.filter((point) => point.rule.fitWeight === fitWeight);
  const chosen = run[Math.floor((run.length - 1) / 2)];
  const alone = (pick: (j: Judged) => string): number => judged.reduce((sum, j) => sum + worth(j.want, pick(j)), 0) / Math.max(1, judged.length);
  return {
    threshold: chosen?.rule.threshold ?? 0.5,
    outOfDomainThreshold,
    minimumFit: MINIMUM_FITS[fit] ?? null,
    fitWeight,
    heldOut: judged.length,
    classifierAlone: alone((j) => j.classified),
    matcherAlone: alone((j) => j.matched),
    combined: chosen?.score ?? best,
    understood: { right: mostUnderstood, of: understood.length },
  };
}

/** The classifier's weights, trained on all the samples and the out-of-domain examples. */
export function trainWeights(inputs: ClassifierInputs): TrainedWeights {
  return trainClassifier(sentencesFor(inputs, inputs.samples, inputs.training.seed), labelsOf(inputs), inputs.training);
}

/** The classifier trained on everything, with the decision rule chosen for it. */
export function buildClassifier(
  inputs: ClassifierInputs,
  weights: TrainedWeights = trainWeights(inputs),
  choice: ThresholdChoice = chooseThreshold(inputs, weights),
): ClassifierModel {
  return {
    ...weights,
    threshold: choice.threshold,
    outOfDomainThreshold: choice.outOfDomainThreshold,
    minimumFit: choice.minimumFit,
    fitWeight: choice.fitWeight,
    fingerprint: fingerprintOf(inputs),
    training: {
      data: inputs.data,
      options: inputs.training,
      heldOut: choice,
    },
  };
}

/** The understood sentences that the skill's NLU, with this classifier, hears as something else. */
export function misheard(inputs: ClassifierInputs, model: ClassifierModel): { text: string; want: string; heard: string }[] {
  const nlu = createNlu(modelFor(inputs, inputs.samples), { registry: inputs.registry, classifier: new IntentClassifier(model) });
  return inputs.understood.flatMap(({ text, want }) => {
    const understanding = nlu.understand(text);
    const heard = understanding.kind === 'intent' ? understanding.intent : 'launch';
    const right = want === OUT_OF_DOMAIN ? heard === FALLBACK_INTENT : heard === want;
    return right ? [] : [{ text, want, heard }];
  });
}
