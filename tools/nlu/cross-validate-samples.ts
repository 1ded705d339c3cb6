// The local NLU's accuracy on sentences it never trained on, from the project's own samples alone:
// each intent's sample templates (and the out-of-domain templates) are dealt into folds, intent by
// intent, so every fold holds about a fifth of every intent's ways of saying it. For each fold the
// classifier is trained, and the matcher built, without that fold's templates; the NLU, with the
// committed decision rule, then hears the fold's sentences, filled as training fills them but
// without the made-up slips. A request is right when it gets its intent; an out-of-domain sentence
// is right when it falls back (the skill's short "I can only help with your shopping").
//   npx tsx tools/nlu/cross-validate-samples.ts [--folds 5] [--worst 8]
// This reads nothing of ../shared: the figure is the samples' own, and `cross-validate.ts` gives
// the one on labelled real utterances.
import { FALLBACK_INTENT } from '../../src/intents/registry.ts';
import { buildInteractionModel } from '../../src/interaction-model/generate.ts';
import { IntentClassifier, loadClassifier, OUT_OF_DOMAIN, rivalsOf } from '../../src/nlu/classifier.ts';
import { createNlu } from '../../src/nlu/nlu.ts';
import { defaultInputs, labelsOf, sentencesFor } from './build.ts';
import { trainClassifier } from './train-classifier.ts';
import { digest, withTemplates } from './training-data.ts';

function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  const value = at === -1 ? fallback : Number(process.argv[at + 1]);
  if (!Number.isInteger(value) || value < 2) throw new Error(`--${name} needs a whole number of at least 2`);
  return value;
}

const folds = option('folds', 5);
const worstShown = option('worst', 8);
const inputs = defaultInputs();
const committed = loadClassifier();
const labels = labelsOf(inputs);

/** Each template's fold, dealt intent by intent in the order of a digest of its text, so the split never moves. */
const foldOf = new Map<string, number>();
const deal = (label: string, templates: readonly string[]): void => {
  const keyed = templates.map((template) => `${label}: ${template}`).sort((a, b) => digest(a).localeCompare(digest(b)));
  keyed.forEach((key, at) => foldOf.set(key, at % folds));
};
for (const [name, own] of inputs.samples) deal(name, own.templates);
deal(OUT_OF_DOMAIN, inputs.outOfDomain);

const plain = { ...inputs, data: { ...inputs.data, mishearing: 0, dropping: 0 } };
const everySentence = sentencesFor(plain, inputs.samples, inputs.training.seed + 1);

const started = performance.now();
const tally = new Map<string, { right: number; all: number }>();
let nluRight = 0;
let classifierRight = 0;
let outOfDomainChangedNothing = 0;
let outOfDomainAll = 0;
for (let fold = 0; fold < folds; fold++) {
  const keep = (label: string, template: string): boolean => foldOf.get(`${label}: ${template}`) !== fold;
  const samples = withTemplates(inputs.samples, keep);
  const outOfDomain = inputs.outOfDomain.filter((template) => keep(OUT_OF_DOMAIN, template));
  const reduced = { ...inputs, samples, outOfDomain };
  const classifier = new IntentClassifier({
    ...trainClassifier(sentencesFor(reduced, samples, inputs.training.seed), labels, inputs.training),
    threshold: committed.model.threshold,
    outOfDomainThreshold: committed.model.outOfDomainThreshold,
    minimumFit: committed.model.minimumFit,
    fitWeight: committed.model.fitWeight,
    fingerprint: `fold ${fold}`,
    training: {},
  });
  const nlu = createNlu(buildInteractionModel(inputs.catalog, { registry: inputs.registry, samples }).model, { classifier, registry: inputs.registry });
  for (const sentence of everySentence) {
    if (foldOf.get(sentence.template) !== fold) continue;
    const understanding = nlu.understand(sentence.words.join(' '));
    const heard = understanding.kind === 'intent' ? understanding.intent : 'launch';
    const outOfDomainSentence = sentence.label === OUT_OF_DOMAIN;
    const right = outOfDomainSentence ? heard === FALLBACK_INTENT : heard === sentence.label;
    const classified = rivalsOf(labels, classifier.probabilities(sentence.words));
    const top = classified.outOfDomain >= (classified.intents[0]?.probability ?? 0) ? OUT_OF_DOMAIN : classified.intents[0]?.label;
    if (right) nluRight++;
    if (top === sentence.label) classifierRight++;
    if (outOfDomainSentence) {
      outOfDomainAll++;
      if (heard !== 'AddItemIntent' && heard !== 'RemoveItemIntent') outOfDomainChangedNothing++;
    }
    const own = tally.get(sentence.label) ?? { right: 0, all: 0 };
    tally.set(sentence.label, { right: own.right + (right ? 1 : 0), all: own.all + 1 });
  }
  console.log(`fold ${fold + 1} of ${folds} done (${((performance.now() - started) / 1000).toFixed(0)} s)`);
}

const total = [...tally.values()].reduce((sum, own) => sum + own.all, 0);
const worst = [...tally].sort(([, a], [, b]) => a.right / a.all - b.right / b.all).slice(0, worstShown);
console.log(`least well heard: ${worst.map(([label, own]) => `${label} ${(own.right / own.all).toFixed(2)} of ${own.all}`).join(', ')}`);
console.log(`classifier alone (its likeliest class) ${(classifierRight / total).toFixed(3)}; out-of-domain sentences that changed nothing ${outOfDomainChangedNothing}/${outOfDomainAll}`);
console.log(`${folds}-fold cross-validated intent accuracy on ${total} held-out sentences from ${foldOf.size} templates: ${(nluRight / total).toFixed(3)}`);
