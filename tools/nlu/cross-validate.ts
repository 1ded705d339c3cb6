// An honest figure for the local NLU on real utterances: for each fold of the labelled
// utterances, every sample and out-of-domain example near any of them (within `slack` words,
// a slot standing for any words) is held out, the classifier is trained again without them, and
// the fold is parsed and scored as `score.mjs parse` scores it. What the figure says is how the
// NLU does on sentences no sample spells out.
//   npx tsx tools/nlu/cross-validate.ts [--labels ../shared/eval/dev-utterances.jsonl] [--slack 1,2] [--folds 5] [--misses]
// With --slack committed, it scores the committed classifier and samples as they are, holding nothing out.
// The labels are read where they lie and never copied; this tool is not part of the test suite.
import { existsSync, readFileSync } from 'node:fs';
import { z } from 'zod';
import { ScopeJudge } from '../../src/intents/scope.ts';
import { coverTemplate } from '../../src/interaction-model/expand.ts';
import { buildInteractionModel } from '../../src/interaction-model/generate.ts';
import type { IntentSamples } from '../../src/interaction-model/samples.ts';
import { IntentClassifier, loadClassifier } from '../../src/nlu/classifier.ts';
import { handledAs } from '../../src/nlu/handled.ts';
import { createNlu, type Understanding } from '../../src/nlu/nlu.ts';
import { meaningfulWords } from '../../src/nlu/text.ts';
import { defaultInputs, labelsOf, sentencesFor, type ClassifierInputs } from './build.ts';
import { trainClassifier } from './train-classifier.ts';
import { outOfDomainExamples } from './training-data.ts';

const LabelSchema = z.object({
  id: z.union([z.string(), z.number()]),
  text: z.string(),
  label: z.string(),
  product: z.string().nullable().optional(),
});
type Label = z.infer<typeof LabelSchema>;

function option(name: string, fallback: string): string {
  const at = process.argv.indexOf(`--${name}`);
  return at === -1 ? fallback : (process.argv[at + 1] ?? fallback);
}

const labelsPath = option('labels', '../shared/eval/dev-utterances.jsonl');
if (!existsSync(labelsPath)) {
  console.log(`no labelled utterances at ${labelsPath}: nothing to cross-validate`);
  process.exit(0);
}
const labels: Label[] = readFileSync(labelsPath, 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => LabelSchema.parse(JSON.parse(line)));
const folds = Number(option('folds', '5'));
const showMisses = process.argv.includes('--misses');

/** Words as score.mjs compares product slots: articles, "some", "of" and "my" do not count. */
const IGNORED = new Set(['a', 'an', 'the', 'some', 'of', 'my']);
const productWords = (text: string | null | undefined): string =>
  (text ?? '').toLowerCase().replace(/[^a-z0-9' ]+/g, ' ').split(/\s+/).filter((word) => word !== '' && !IGNORED.has(word)).join(' ');

type Element = { slot: true } | { slot: false; word: string };

function elementsOf(sample: string): Element[] {
  return meaningfulWords(sample.replace(/\{(\w+)\}/g, ' {$1} ')).map((token) =>
    /^\{\w+\}$/.test(token) ? { slot: true } : { slot: false, word: token },
  );
}

/** Word edit distance between a sentence and a sample, a slot taking any run of one or more words for nothing. */
function distance(said: readonly string[], sample: readonly Element[]): number {
  const n = said.length;
  let previous = Array.from({ length: n + 1 }, (_, j) => j);
  for (const element of sample) {
    const row = new Array<number>(n + 1).fill(Infinity);
    row[0] = (previous[0] ?? 0) + 1;
    for (let j = 1; j <= n; j++) {
      const here = Math.min((previous[j] ?? Infinity) + 1, (row[j - 1] ?? Infinity) + 1);
      if (element.slot) {
        let best = here;
        for (let k = 0; k < j; k++) best = Math.min(best, previous[k] ?? Infinity);
        row[j] = best;
      } else {
        row[j] = Math.min(here, (previous[j - 1] ?? Infinity) + (said[j - 1] === element.word ? 0 : 1));
      }
    }
    previous = row;
  }
  return previous[n] ?? Infinity;
}

interface Heard {
  readonly label: Label;
  readonly intent: string;
  readonly product: string | undefined;
}

function judged(understanding: Understanding, scope: ScopeJudge): { intent: string; product: string | undefined } {
  const { intent, slots } = handledAs(understanding, scope);
  return { intent, product: slots.product };
}

function score(heard: readonly Heard[]): { figure: number; summary: string; misses: string[] } {
  let inDomain = 0, intentOk = 0, slotAsked = 0, slotOk = 0, ood = 0, oodOk = 0;
  const misses: string[] = [];
  for (const { label, intent, product } of heard) {
    if (label.label === 'OutOfDomain') {
      ood++;
      const rejected = intent !== 'AddItemIntent' && intent !== 'RemoveItemIntent';
      if (rejected) oodOk++;
      else misses.push(`[ood] ${label.text} -> ${intent}`);
      continue;
    }
    inDomain++;
    if (intent !== label.label) {
      misses.push(`${label.text} -> ${intent} (want ${label.label})`);
      continue;
    }
    intentOk++;
    if (label.product) {
      slotAsked++;
      if (productWords(product) === productWords(label.product)) slotOk++;
      else misses.push(`${label.text} -> product "${product}" (want "${label.product}")`);
    }
  }
  return {
    figure: (intentOk + slotOk + oodOk) / (inDomain + slotAsked + ood),
    summary: `intent ${intentOk}/${inDomain}, product slot ${slotOk}/${slotAsked}, out-of-domain rejected ${oodOk}/${ood}`,
    misses,
  };
}

/** The samples and out-of-domain examples with everything near `near` left out, each kept as a literal template. */
function withoutNear(inputs: ClassifierInputs, near: readonly (readonly string[])[], slack: number): { inputs: ClassifierInputs; heldOut: number } {
  let heldOut = 0;
  const far = (text: string): boolean => {
    const elements = elementsOf(text);
    const close = near.some((said) => distance(said, elements) <= slack);
    if (close) heldOut++;
    return !close;
  };
  const samples = new Map<string, IntentSamples>();
  for (const [name, own] of inputs.samples) {
    const kept = [...new Set(own.templates.flatMap(coverTemplate))].filter(far);
    samples.set(name, { templates: kept, slotTemplates: own.slotTemplates });
  }
  const outOfDomain = inputs.outOfDomain.flatMap((template) => outOfDomainExamples(template, inputs.data.outOfDomainPerTemplate)).filter(far);
  return { inputs: { ...inputs, samples, outOfDomain, data: { ...inputs.data, outOfDomainPerTemplate: 1 } }, heldOut };
}

const base = defaultInputs();
const committed = loadClassifier();
const scope = new ScopeJudge(base.registry, base.catalog);
const slacks = option('slack', '1,2').split(',');

for (const slack of slacks) {
  const started = performance.now();
  const heard: Heard[] = [];
  let heldOut = 0;
  if (slack === 'committed') {
    const nlu = createNlu(buildInteractionModel(base.catalog).model, { classifier: committed });
    for (const label of labels) heard.push({ label, ...judged(nlu.understand(label.text), scope) });
  } else {
    for (let fold = 0; fold < folds; fold++) {
      const mine = labels.filter((_, at) => at % folds === fold);
      const reduced = withoutNear(base, mine.map((label) => meaningfulWords(label.text)), Number(slack));
      heldOut += reduced.heldOut;
      const sentences = sentencesFor(reduced.inputs, reduced.inputs.samples, base.training.seed);
      const classifier = new IntentClassifier({
        ...trainClassifier(sentences, labelsOf(base), base.training),
        threshold: committed.model.threshold,
        outOfDomainThreshold: committed.model.outOfDomainThreshold,
        minimumFit: committed.model.minimumFit,
        fitWeight: committed.model.fitWeight,
        fingerprint: 'cross-validation',
        training: {},
      });
      const model = buildInteractionModel(base.catalog, { samples: reduced.inputs.samples }).model;
      const nlu = createNlu(model, { classifier });
      for (const label of mine) heard.push({ label, ...judged(nlu.understand(label.text), scope) });
    }
  }
  const result = score(heard);
  const note = slack === 'committed' ? 'nothing held out' : `${folds} folds, ${heldOut} samples and examples held out within ${slack} word(s)`;
  console.log(`${slack === 'committed' ? 'committed' : `slack ${slack}`}: ${result.summary} (${note}, ${((performance.now() - started) / 1000).toFixed(0)} s)`);
  if (showMisses) for (const miss of result.misses) console.log(`  ${miss}`);
  console.log(`parse=${result.figure.toFixed(3)}`);
}
