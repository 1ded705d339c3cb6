import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { loadCatalogFile } from '../../src/catalog/load.ts';
import type { Catalog } from '../../src/catalog/product.ts';
import { INTENTS, intentsThatChangeTheCart, type IntentRegistry } from '../../src/intents/registry.ts';
import { buildInteractionModel } from '../../src/interaction-model/generate.ts';
import { modelsDirectory } from '../../src/interaction-model/models-directory.ts';
import { readOutOfDomainExamples, readSamples, samplesFor, type IntentSamples } from '../../src/interaction-model/samples.ts';
import type { InteractionModel } from '../../src/interaction-model/schema.ts';
import { decideAmong, IntentClassifier, OUT_OF_DOMAIN, rivalsOf, type ClassifierModel, type DecisionRule } from '../../src/nlu/classifier.ts';
import { DEFAULT_FEATURES } from '../../src/nlu/features.ts';
import { createNlu, type Understanding } from '../../src/nlu/nlu.ts';
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
}

const TrainingWordsSchema = z.object({ listNames: z.array(z.string().min(1)), goods: z.array(z.string().min(1)) }).strict();

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
}

const THRESHOLDS = [...Array.from({ length: 20 }, (_, i) => i / 20), 0.97, 0.99, 1.01];
/** How well a sentence must fit a sample of the intent decided, from no test at all to a close fit. */
const MINIMUM_FITS = [null, -6, -4, -2, 0];
/** What a point of fit is worth against the log of the probability, from nothing to as much. */
const FIT_WEIGHTS = [0, 0.1, 0.25, 0.5, 1];
const NEAR_BEST = 0.002;

/**
 * The decision rule (thresholds, minimum fit, weight of the fit), chosen on templates held out of
 * training: a classifier trained without them, and a matcher whose samples lack them, hear their
 * sentences; the rule is the one by which taking the classifier's word, and the matcher's when the
 * classifier is unsure, is right most often (the most cautious of the best, when several tie). A
 * request of the skill's is right when it gets its intent; a sentence that is none of the skill's
 * business is right when it is turned away (the short "I can only help with your shopping"), not
 * merely when it changes nothing: "what time is it" answered with the delivery time is no answer.
 */
export function chooseThreshold(inputs: ClassifierInputs): ThresholdChoice {
  const keep = (intent: string, template: string): boolean => !isHeldOut(`${intent}: ${template}`);
  const trainingSamples = withTemplates(inputs.samples, keep);
  const trainingOutOfDomain = inputs.outOfDomain.filter((template) => keep(OUT_OF_DOMAIN, template));
  const reduced = { ...inputs, samples: trainingSamples, outOfDomain: trainingOutOfDomain };
  const sentences = sentencesFor(reduced, trainingSamples, inputs.training.seed);
  const labels = labelsOf(inputs);
  const classifier = new IntentClassifier({
    ...trainClassifier(sentences, labels, inputs.training),
    threshold: 1.01,
    outOfDomainThreshold: 1.01,
    minimumFit: null,
    fitWeight: 0,
    fingerprint: 'held-out',
    training: {},
  });
  const nlu = createNlu(modelFor(inputs, trainingSamples), { registry: inputs.registry });
  const intentOf = (understanding: Understanding): string => (understanding.kind === 'intent' ? understanding.intent : 'launch');
  // The held-out sentences as said, without the made-up slips training adds.
  const plain = { ...inputs, data: { ...inputs.data, mishearing: 0, dropping: 0 } };
  const heldOut = sentencesFor(plain, inputs.samples, inputs.training.seed + 1).filter((sentence) => isHeldOut(sentence.template));
  const changesTheCart = intentsThatChangeTheCart(inputs.registry);
  const worth = (want: string, got: string): number => ((want === OUT_OF_DOMAIN ? !changesTheCart.has(got) : got === want) ? 1 : 0);
  const judged = heldOut.map((sentence) => {
    const probabilities = classifier.probabilities(sentence.words);
    const rivals = rivalsOf(labels, probabilities);
    const fits = new Map(rivals.intents.map((rival) => [rival.label, nlu.fit(sentence.words, rival.label)]));
    return {
      want: sentence.label,
      rivals,
      fits,
      classified: classifier.classify(sentence.words).label,
      matched: intentOf(nlu.understand(sentence.words.join(' '))),
    };
  });
  const accuracy = (rule: DecisionRule): number =>
    judged.reduce((sum, j) => sum + worth(j.want, decideAmong(j.rivals, rule, (label) => j.fits.get(label))?.label ?? j.matched), 0) /
    Math.max(1, judged.length);
  const grid = MINIMUM_FITS.flatMap((minimumFit, fit) =>
    FIT_WEIGHTS.flatMap((fitWeight) =>
      THRESHOLDS.flatMap((threshold) =>
        THRESHOLDS.map((outOfDomainThreshold) => {
          const rule = { threshold, outOfDomainThreshold, minimumFit: minimumFit ?? -Infinity, fitWeight };
          return { fit, rule, score: accuracy(rule) };
        }),
      ),
    ),
  );
  const best = Math.max(...grid.map((point) => point.score));
  // Among the best (within a sentence in five hundred, so that the choice does not hang on one
  // sentence): the most cautious out-of-domain threshold, the strictest fit, then the middle weight
  // on the fit and the middle intent threshold, away from the edges of what does as well.
  const tied = grid.filter((point) => point.score >= best - NEAR_BEST);
  const outOfDomainThreshold = Math.max(...tied.map((point) => point.rule.outOfDomainThreshold));
  const cautious = tied.filter((point) => point.rule.outOfDomainThreshold === outOfDomainThreshold);
  const fit = Math.max(...cautious.map((point) => point.fit));
  const strict = cautious.filter((point) => point.fit === fit);
  const weights = [...new Set(strict.map((point) => point.rule.fitWeight))].sort((a, b) => a - b);
  const fitWeight = weights[Math.floor((weights.length - 1) / 2)] ?? 0;
  const run = strict.filter((point) => point.rule.fitWeight === fitWeight);
  const middle = run[Math.floor((run.length - 1) / 2)]?.rule.threshold ?? 0.5;
  return {
    threshold: middle,
    outOfDomainThreshold,
    minimumFit: MINIMUM_FITS[fit] ?? null,
    fitWeight,
    heldOut: judged.length,
    classifierAlone: judged.reduce((sum, j) => sum + worth(j.want, j.classified), 0) / Math.max(1, judged.length),
    matcherAlone: judged.reduce((sum, j) => sum + worth(j.want, j.matched), 0) / Math.max(1, judged.length),
    combined: best,
  };
}

/** Trains the classifier on all the samples and the out-of-domain examples, with the threshold chosen on held-out ones. */
export function buildClassifier(inputs: ClassifierInputs, choice: ThresholdChoice = chooseThreshold(inputs)): ClassifierModel {
  const sentences = sentencesFor(inputs, inputs.samples, inputs.training.seed);
  const trained = trainClassifier(sentences, labelsOf(inputs), inputs.training);
  return {
    ...trained,
    threshold: choice.threshold,
    outOfDomainThreshold: choice.outOfDomainThreshold,
    minimumFit: choice.minimumFit,
    fitWeight: choice.fitWeight,
    fingerprint: fingerprintOf(inputs),
    training: {
      sentences: sentences.length,
      data: inputs.data,
      options: inputs.training,
      heldOut: choice,
    },
  };
}
