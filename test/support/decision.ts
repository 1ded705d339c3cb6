import { DECISION_FEATURES, weightsOf, type ResolutionConfig } from '../../src/catalog/decision.ts';

/**
 * A fitted decision written by hand so that what it does is plain: an answer whose name is about
 * the noun asked for is kept, one that only mentions the word ("lemonade" in a candle's name) is not.
 */
export const NOUN_OR_NOTHING: ResolutionConfig = {
  decision: 'fitted',
  accept: { weights: weightsOf(DECISION_FEATURES.map((name) => (name === 'bias' ? -1 : name === 'headToHead' ? 3 : 0))), threshold: 0.5 },
};
