import { loadInteractionModelFile } from '../interaction-model/load.ts';
import { createNlu } from '../nlu/nlu.ts';

/** The local NLU, built from the committed interaction model: the same samples Alexa is given. */
export function loadNlu(modelPath?: string): ReturnType<typeof createNlu> {
  return createNlu(loadInteractionModelFile(modelPath));
}
