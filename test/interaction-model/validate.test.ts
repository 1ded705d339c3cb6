import { describe, expect, it } from 'vitest';
import type { InteractionModel } from '../../src/interaction-model/schema.ts';
import { validateInteractionModel } from '../../src/interaction-model/validate.ts';

function model(overrides: Partial<InteractionModel['interactionModel']['languageModel']>): InteractionModel {
  return {
    interactionModel: {
      languageModel: {
        invocationName: 'corner grocer',
        intents: [{ name: 'AddItemIntent', slots: [{ name: 'product', type: 'ProductName' }], samples: ['add {product}'] }],
        types: [{ name: 'ProductName', values: [{ name: { value: 'milk' } }] }],
        ...overrides,
      },
    },
  };
}

describe('validating an interaction model', () => {
  it('accepts a small correct model', () => {
    expect(validateInteractionModel(model({}))).toEqual([]);
  });

  it('reports a sample using a slot its intent does not declare', () => {
    const problems = validateInteractionModel(model({ intents: [{ name: 'AddItemIntent', samples: ['add {product}'] }] }));
    expect(problems.join('\n')).toMatch(/does not declare/);
  });

  it('reports a slot whose type does not exist', () => {
    const problems = validateInteractionModel(model({ types: [] }));
    expect(problems.join('\n')).toMatch(/ProductName, which is not defined/);
  });

  it('reports the same sample in two intents and twice in one', () => {
    const problems = validateInteractionModel(model({
      intents: [
        { name: 'UndoIntent', samples: ['undo', 'undo'] },
        { name: 'AMAZON.CancelIntent', samples: ['undo'] },
      ],
    }));
    expect(problems).toContain('UndoIntent: "undo" appears twice');
    expect(problems).toContain('"undo" is a sample of both UndoIntent and AMAZON.CancelIntent');
  });

  it('reports digits and punctuation Alexa refuses in samples', () => {
    const problems = validateInteractionModel(model({ intents: [{ name: 'CheckoutIntent', samples: ['pay 4 it', 'check out!'] }] }));
    expect(problems.join('\n')).toMatch(/digits/);
    expect(problems.join('\n')).toMatch(/characters Alexa does not allow/);
  });

  it('reports slot values that are too long or too many', () => {
    const long = 'x'.repeat(141);
    const many = Array.from({ length: 50_001 }, (_, i) => ({ name: { value: `value ${i}` } }));
    expect(validateInteractionModel(model({ types: [{ name: 'ProductName', values: [{ name: { value: long } }] }] })).join('\n')).toMatch(/longer than 140/);
    expect(validateInteractionModel(model({ types: [{ name: 'ProductName', values: many }] })).join('\n')).toMatch(/more than Alexa's 50000/);
  });

  it('reports invocation names Alexa would refuse', () => {
    expect(validateInteractionModel(model({ invocationName: 'alexa grocer' })).join('\n')).toMatch(/must not contain "alexa"/);
    expect(validateInteractionModel(model({ invocationName: 'Corner Grocer' })).join('\n')).toMatch(/lowercase/);
    expect(validateInteractionModel(model({ invocationName: 'groceries' })).join('\n')).toMatch(/one word/);
    expect(validateInteractionModel(model({ invocationName: 'the grocer' })).join('\n')).toMatch(/article or preposition/);
  });
});
