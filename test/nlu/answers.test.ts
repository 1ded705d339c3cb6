import { beforeAll, describe, expect, it } from 'vitest';
import { generateInteractionModel } from '../../src/interaction-model/generate.ts';
import { loadClassifier } from '../../src/nlu/classifier.ts';
import { createNlu, type Context, type Understanding } from '../../src/nlu/nlu.ts';
import { smallStore } from '../interaction-model/fixtures.ts';

/**
 * When the skill's last answer asked for one slot (Dialog.ElicitSlot), the next sentence is heard
 * first as the answer, through that slot's own samples, as Alexa hears it; anything said plainly
 * as another request is that request.
 */

let understand: (text: string, context?: Context) => Understanding;

beforeAll(() => {
  const nlu = createNlu(generateInteractionModel(smallStore()), { classifier: loadClassifier() });
  understand = nlu.understand.bind(nlu);
});

const asking = (intent: string, slot: string, slots: Record<string, string> = {}): Context => ({ eliciting: { intent, slot, slots } });
const heard = (text: string, context?: Context) => {
  const result = understand(text, context);
  return result.kind === 'intent' ? { intent: result.intent, ...result.slots } : { intent: 'launch' };
};

describe('the answer to a question for one slot', () => {
  it.each([
    ['the paper towels', asking('RemoveItemIntent', 'product'), { intent: 'RemoveItemIntent', product: 'paper towels' }],
    ['paper towels', asking('RemoveItemIntent', 'product'), { intent: 'RemoveItemIntent', product: 'paper towels' }],
    ['I said the milk', asking('RemoveItemIntent', 'product'), { intent: 'RemoveItemIntent', product: 'milk' }],
    ['take off the bananas', asking('RemoveItemIntent', 'product'), { intent: 'RemoveItemIntent', product: 'bananas' }],
    ['milk', asking('AddItemIntent', 'product'), { intent: 'AddItemIntent', product: 'milk' }],
    ['two pounds of bananas', asking('AddItemIntent', 'product'), { intent: 'AddItemIntent', product: 'bananas', quantity: '2', unit: 'pounds' }],
    ['quinoa', asking('AddItemIntent', 'product'), { intent: 'AddItemIntent', product: 'quinoa' }],
    ['the eggs', asking('ChangeQuantityIntent', 'product'), { intent: 'ChangeQuantityIntent', product: 'eggs' }],
    ['three', asking('ChangeQuantityIntent', 'quantity', { product: 'eggs' }), { intent: 'ChangeQuantityIntent', product: 'eggs', quantity: '3' }],
    ['party', asking('CreateListIntent', 'list'), { intent: 'CreateListIntent', list: 'party' }],
    ['camping', asking('CreateListIntent', 'list'), { intent: 'CreateListIntent', list: 'camping' }],
    ['call it christmas', asking('CreateListIntent', 'list'), { intent: 'CreateListIntent', list: 'christmas' }],
  ])('"%s" answers it', (text, context, expected) => {
    expect(heard(text, context)).toEqual(expected);
  });

  it('keeps the slots said with the request: "salsa" for "add to my picnic list" goes on the picnic list', () => {
    expect(heard('salsa', asking('AddItemIntent', 'product', { list: 'picnic' }))).toEqual({ intent: 'AddItemIntent', list: 'picnic', product: 'salsa' });
  });

  it.each([
    ['stop', 'AMAZON.StopIntent'],
    ['yes', 'AMAZON.YesIntent'],
    ['no', 'AMAZON.NoIntent'],
    ['help', 'AMAZON.HelpIntent'],
    ['cancel', 'AMAZON.CancelIntent'],
    ['repeat that', 'AMAZON.RepeatIntent'],
    ['undo', 'UndoIntent'],
    ["what's in my cart", 'ReadCartIntent'],
    ['add eggs', 'AddItemIntent'],
  ])('"%s" is still itself', (text, intent) => {
    for (const context of [asking('RemoveItemIntent', 'product'), asking('ChangeQuantityIntent', 'quantity'), asking('CreateListIntent', 'list')]) {
      expect(heard(text, context).intent, JSON.stringify(context)).toBe(intent);
    }
  });

  it('without a question, a bare product is the next item of a list said one at a time, and a bare list name is no request', () => {
    expect(heard('the paper towels')).toEqual({ intent: 'AddItemIntent', product: 'paper towels' });
    expect(heard('party').intent).toBe('AMAZON.FallbackIntent');
  });

  it('a one-shot opens a new session, where nothing was asked', () => {
    expect(heard('ask corner grocer to add milk', asking('RemoveItemIntent', 'product'))).toEqual({ intent: 'AddItemIntent', product: 'milk' });
  });
});
