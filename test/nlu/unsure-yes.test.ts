import { beforeAll, describe, expect, it } from 'vitest';
import { generateInteractionModel } from '../../src/interaction-model/generate.ts';
import { talkFor } from '../../src/language/talk.ts';
import { loadClassifier } from '../../src/nlu/classifier.ts';
import { createNlu, type Understanding } from '../../src/nlu/nlu.ts';
import { smallStore } from '../interaction-model/fixtures.ts';

/**
 * A yes places orders: every word of agreeing the language knows, said with a hesitation after it
 * or while thinking aloud, is heard as no yes at all, and said plainly it still is one.
 */

let understand: (text: string) => Understanding;

beforeAll(() => {
  const nlu = createNlu(generateInteractionModel(smallStore()), { classifier: loadClassifier() });
  understand = nlu.understand.bind(nlu);
});

const intentOf = (text: string): string => {
  const heard = understand(text);
  return heard.kind === 'intent' ? heard.intent : 'launch';
};

const AGREEING = ['yes', 'yeah', 'yep', 'sure', 'okay', 'alright', 'fine', 'cool'].filter((word) => talkFor().agreements.includes(word));
const TRAILING_OFF = ['hmm', 'um', 'uh', 'so', 'wait'];
const THINKING = ['let me think', 'let me see', "let's see"];

describe('a word of agreeing said unsure', () => {
  it('with a hesitation after it ("okay hmm", "yeah so"), it is no yes', () => {
    const heardAsYes = AGREEING.flatMap((agreed) => TRAILING_OFF.map((after) => `${agreed} ${after}`)).filter((said) => intentOf(said) === 'AMAZON.YesIntent');
    expect(heardAsYes).toEqual([]);
  });

  it('said while thinking aloud ("alright, let me think"), it is no yes', () => {
    const heardAsYes = AGREEING.flatMap((agreed) => THINKING.map((thinking) => `${agreed}, ${thinking}`)).filter((said) => intentOf(said) === 'AMAZON.YesIntent');
    expect(heardAsYes).toEqual([]);
  });

  it('said plainly, or after an "um" in words that say yes outright, it is a yes', () => {
    expect(['yes', 'yeah', 'sure', 'okay', 'um yes', 'yes please'].map(intentOf)).toEqual(Array(6).fill('AMAZON.YesIntent'));
  });
});
