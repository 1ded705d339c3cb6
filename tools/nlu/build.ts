import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { loadCatalogFile } from '../../src/catalog/load.ts';
import type { Catalog } from '../../src/catalog/product.ts';
import { INTENTS, type IntentRegistry } from '../../src/intents/registry.ts';
import { buildInteractionModel } from '../../src/interaction-model/generate.ts';
import { modelsDirectory, readOutOfDomainExamples, readSamples, samplesFor, type IntentSamples } from '../../src/interaction-model/samples.ts';
import type { InteractionModel } from '../../src/interaction-model/schema.ts';
import { decision, IntentClassifier, OUT_OF_DOMAIN, type Classification, type ClassifierModel } from '../../src/nlu/classifier.ts';
import { DEFAULT_FEATURES } from '../../src/nlu/features.ts';
import { createNlu, type Understanding } from '../../src/nlu/nlu.ts';
import { DEMO_CATALOG } from '../../src/runtime/config.ts';
import { seededRandom } from './random.ts';
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
  readonly heldOut: number;
  /** Accuracy on the held-out sentences (see chooseThreshold) with the classifier alone, the matcher alone, and the two at the thresholds. */
  readonly classifierAlone: number;
  readonly matcherAlone: number;
  readonly combined: number;
}

const THRESHOLDS = [...Array.from({ length: 20 }, (_, i) => i / 20), 0.97, 0.99, 1.01];
/** How well a sentence must fit a sample of the intent decided, from no test at all to a close fit. */
const MINIMUM_FITS = [null, -6, -4, -2, 0];
const NEAR_BEST = 0.002;

/**
 * The thresholds, chosen on templates held out of training: a classifier trained without them,
 * and a matcher whose samples lack them, hear their sentences; the thresholds are those at which
 * taking the classifier's word when it is that sure, and the matcher's otherwise, is right most
 * often (the most cautious of the best, when several tie). A request of the skill's is right when
 * it gets its intent; a sentence that is none of the skill's business is right when it changes
 * nothing, as the skill's promise goes: any intent that neither adds nor removes leaves the cart
 * as it was.
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
    fingerprint: 'held-out',
    training: {},
  });
  const model = modelFor(inputs, trainingSamples);
  const matcher = createNlu(model, { registry: inputs.registry });
  // The NLU as it goes on once the classifier has decided an intent, whichever that is, at each minimum fit.
  let decided: Classification | undefined;
  const afterDeciding = MINIMUM_FITS.map((minimumFit) =>
    createNlu(model, { registry: inputs.registry, classifier: { decide: () => decided, minimumFit: minimumFit ?? -Infinity } }),
  );
  const intentOf = (understanding: Understanding): string => (understanding.kind === 'intent' ? understanding.intent : 'launch');
  // The held-out sentences as said, without the made-up slips training adds.
  const plain = { ...inputs, data: { ...inputs.data, mishearing: 0, dropping: 0 } };
  const heldOut = sentencesFor(plain, inputs.samples, inputs.training.seed + 1).filter((sentence) => isHeldOut(sentence.template));
  const changesTheCart = new Set(inputs.registry.filter((definition) => definition.effect !== undefined).map((definition) => definition.name));
  const worth = (want: string, got: string): number => (want === OUT_OF_DOMAIN ? !changesTheCart.has(got) : got === want) ? 1 : 0;
  const judged = heldOut.map((sentence) => {
    const text = sentence.words.join(' ');
    const probabilities = classifier.probabilities(sentence.words);
    const likeliest = decision(labels, probabilities, { threshold: 0, outOfDomainThreshold: 1.01 });
    decided = likeliest;
    const withIntent = afterDeciding.map((nlu) => intentOf(nlu.understand(text)));
    return { want: sentence.label, probabilities, classified: classifier.classify(sentence.words).label, withIntent, matched: intentOf(matcher.understand(text)) };
  });
  const accuracy = (threshold: number, outOfDomainThreshold: number, fit: number): number =>
    judged.reduce((sum, j) => {
      const sure = decision(labels, j.probabilities, { threshold, outOfDomainThreshold });
      return sum + worth(j.want, sure === undefined ? j.matched : sure.label === OUT_OF_DOMAIN ? OUT_OF_DOMAIN : (j.withIntent[fit] ?? ''));
    }, 0) / Math.max(1, judged.length);
  const grid = MINIMUM_FITS.flatMap((_, fit) =>
    THRESHOLDS.flatMap((threshold) => THRESHOLDS.map((outOfDomainThreshold) => ({ fit, threshold, outOfDomainThreshold, score: accuracy(threshold, outOfDomainThreshold, fit) }))),
  );
  const best = Math.max(...grid.map((point) => point.score));
  // Among the best (within a sentence in five hundred, so that the choice does not hang on one
  // sentence): the strictest fit, then the most cautious out-of-domain threshold, then the middle
  // intent threshold.
  const tied = grid.filter((point) => point.score >= best - NEAR_BEST);
  const fit = Math.max(...tied.map((point) => point.fit));
  const outOfDomainThreshold = Math.max(...tied.filter((point) => point.fit === fit).map((point) => point.outOfDomainThreshold));
  const run = tied.filter((point) => point.fit === fit && point.outOfDomainThreshold === outOfDomainThreshold);
  const middle = run[Math.floor((run.length - 1) / 2)] ?? { threshold: 0.5 };
  return {
    threshold: middle.threshold,
    outOfDomainThreshold,
    minimumFit: MINIMUM_FITS[fit] ?? null,
    heldOut: judged.length,
    classifierAlone: judged.reduce((sum, j) => sum + worth(j.want, j.classified), 0) / Math.max(1, judged.length),
    matcherAlone: accuracy(1.01, 1.01, 0),
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
    fingerprint: fingerprintOf(inputs),
    training: {
      sentences: sentences.length,
      data: inputs.data,
      options: inputs.training,
      heldOut: choice,
    },
  };
}
