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

describe('validating the dialog model', () => {
  const withDialog = (
    slot: { samples?: string[] },
    dialog: NonNullable<InteractionModel['interactionModel']['dialog']>,
    prompts: NonNullable<InteractionModel['interactionModel']['prompts']>,
  ): InteractionModel => {
    const base = model({ intents: [{ name: 'AddItemIntent', slots: [{ name: 'product', type: 'ProductName', ...slot }], samples: ['add {product}'] }] });
    return { interactionModel: { ...base.interactionModel, dialog, prompts } };
  };
  const dialogFor = (slot: Partial<{ intent: string; name: string; type: string; elicitation: string; required: boolean }> = {}) => ({
    delegationStrategy: 'SKILL_RESPONSE' as const,
    intents: [{
      name: slot.intent ?? 'AddItemIntent',
      confirmationRequired: false,
      prompts: {},
      slots: [{
        name: slot.name ?? 'product',
        type: slot.type ?? 'ProductName',
        confirmationRequired: false,
        elicitationRequired: slot.required ?? false,
        prompts: slot.elicitation === undefined ? {} : { elicitation: slot.elicitation },
      }],
    }],
  });
  const ask = [{ id: 'Elicit.Product', variations: [{ type: 'PlainText' as const, value: 'What would you like to add?' }] }];

  it('accepts a slot asked for with a prompt and answered with its own samples', () => {
    expect(validateInteractionModel(withDialog({ samples: ['{product}', 'the {product}'] }, dialogFor({ elicitation: 'Elicit.Product' }), ask))).toEqual([]);
  });

  it('reports slot samples that do not say their slot, say an undeclared one, repeat, or belong to no dialog', () => {
    const problems = validateInteractionModel(withDialog({ samples: ['the thing', 'the {product} {list}', '{product}', '{product}'] }, dialogFor({ elicitation: 'Elicit.Product' }), ask));
    expect(problems).toContain('AddItemIntent.product: slot sample "the thing" does not say {product}');
    expect(problems.join('\n')).toMatch(/uses \{list\}, which the intent does not declare/);
    expect(problems).toContain('AddItemIntent.product: slot sample "{product}" appears twice');
    const outside = validateInteractionModel(withDialog({ samples: ['{product}'] }, { intents: [] }, []));
    expect(outside).toContain('AddItemIntent.product has slot samples but is not in the dialog model');
  });

  it('reports dialog intents and slots the language model does not have, or has with another type', () => {
    expect(validateInteractionModel(withDialog({}, dialogFor({ intent: 'DanceIntent' }), []))).toContain('dialog intent DanceIntent is not an intent of the language model');
    expect(validateInteractionModel(withDialog({}, dialogFor({ name: 'colour' }), []))).toContain('dialog slot AddItemIntent.colour is not a slot of the intent');
    expect(validateInteractionModel(withDialog({}, dialogFor({ type: 'AMAZON.NUMBER' }), []))).toContain(
      'dialog slot AddItemIntent.product has type AMAZON.NUMBER, the intent says ProductName',
    );
  });

  it('reports prompts that are missing, empty, unused or not plain text', () => {
    expect(validateInteractionModel(withDialog({}, dialogFor({ elicitation: 'Elicit.Nothing' }), []))).toContain(
      'AddItemIntent.product uses prompt Elicit.Nothing, which is not defined',
    );
    const bad = [
      { id: 'Elicit.Product', variations: [] },
      { id: 'Elicit.Spare', variations: [{ type: 'PlainText' as const, value: '<b>hi</b>' }] },
    ];
    const problems = validateInteractionModel(withDialog({}, dialogFor({ elicitation: 'Elicit.Product' }), bad));
    expect(problems).toEqual(expect.arrayContaining([
      'prompt Elicit.Product has no variations',
      'prompt Elicit.Spare has markup in plain text',
      'prompt Elicit.Spare is never used',
    ]));
  });

  it('reports a required slot with no prompt to ask for it or no samples to hear the answer', () => {
    const problems = validateInteractionModel(withDialog({}, dialogFor({ required: true }), []));
    expect(problems).toEqual(expect.arrayContaining([
      'AddItemIntent.product is required without a prompt to ask for it',
      'AddItemIntent.product is required without samples to hear the answer',
    ]));
  });
});
