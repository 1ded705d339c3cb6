// Compares training settings by the held-out accuracy the threshold is chosen on (templates held
// out of training, never the development set).
//   npx tsx tools/nlu/tune.ts '{"training":{"balance":0.3}}' '{"data":{"outOfDomainPerTemplate":20}}'
import { chooseThreshold, defaultInputs } from './build.ts';

const base = defaultInputs();
for (const argument of ['{}', ...process.argv.slice(2)]) {
  const change = JSON.parse(argument) as { training?: object; data?: object };
  const inputs = { ...base, training: { ...base.training, ...change.training }, data: { ...base.data, ...change.data } };
  const started = performance.now();
  const choice = chooseThreshold(inputs);
  console.log(
    `${argument}: thresholds ${choice.threshold}/${choice.outOfDomainThreshold}, fit ${choice.minimumFit} x${choice.fitWeight}, classifier ${choice.classifierAlone.toFixed(3)}, matcher ${choice.matcherAlone.toFixed(3)}, ` +
      `both ${choice.combined.toFixed(3)} on ${choice.heldOut} (${((performance.now() - started) / 1000).toFixed(0)} s)`,
  );
}
