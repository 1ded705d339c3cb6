// Trains the local NLU's intent classifier from the samples (models/en-US/*.yaml) and writes it
// beside the module that loads it. Deterministic: the same samples give the same bytes.
//   npx tsx tools/nlu/train.ts [--out FILE]
import { writeFileSync } from 'node:fs';
import { DEFAULT_CLASSIFIER_PATH, serializeClassifier } from '../../src/nlu/classifier.ts';
import { buildClassifier, chooseThreshold, defaultInputs, misheard, trainWeights } from './build.ts';

const flag = process.argv.indexOf('--out');
const out = flag === -1 ? DEFAULT_CLASSIFIER_PATH : process.argv[flag + 1];
if (out === undefined) throw new Error('--out needs a file');

const started = performance.now();
const inputs = defaultInputs();
const weights = trainWeights(inputs);
const choice = chooseThreshold(inputs, weights);
console.log(
  `thresholds ${choice.threshold} (intent), ${choice.outOfDomainThreshold} (out of domain), fit ${choice.minimumFit} weighing ${choice.fitWeight} chosen on ${choice.heldOut} held-out sentences: classifier alone ${choice.classifierAlone.toFixed(3)}, ` +
    `matcher alone ${choice.matcherAlone.toFixed(3)}, both ${choice.combined.toFixed(3)}; understood sentences ${choice.understood.right} of ${choice.understood.of}`,
);
const model = buildClassifier(inputs, weights, choice);
const bytes = serializeClassifier(model);
writeFileSync(out, bytes);
console.log(`wrote ${out}: ${model.labels.length} classes, ${bytes.length} bytes, in ${((performance.now() - started) / 1000).toFixed(1)} s`);
for (const miss of misheard(inputs, model)) console.log(`misheard: "${miss.text}" as ${miss.heard}, not ${miss.want}`);
