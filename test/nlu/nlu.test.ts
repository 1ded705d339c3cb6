import { beforeAll, describe, expect, it } from 'vitest';
import { generateInteractionModel } from '../../src/interaction-model/generate.ts';
import { createNlu, type Understanding } from '../../src/nlu/nlu.ts';
import { smallStore } from '../interaction-model/fixtures.ts';

let understand: (text: string) => Understanding;

beforeAll(() => {
  understand = createNlu(generateInteractionModel(smallStore())).understand;
});

const intentOf = (text: string) => {
  const result = understand(text);
  return result.kind === 'intent' ? result.intent : 'launch';
};
const heard = (text: string) => {
  const result = understand(text);
  return result.kind === 'intent' ? { intent: result.intent, ...result.slots } : { intent: 'launch' };
};

describe('opening the skill', () => {
  it('when the shopper says only the invocation name with a launch phrase, the skill launches', () => {
    expect(understand('open corner grocer')).toEqual({ kind: 'launch' });
    expect(understand('Alexa, launch Corner Grocer.')).toEqual({ kind: 'launch' });
    expect(understand('corner grocer')).toEqual({ kind: 'launch' });
  });

  it('when the shopper asks the skill for something in one breath, it is a one-shot request', () => {
    expect(understand('ask corner grocer to add milk')).toEqual({ kind: 'intent', intent: 'AddItemIntent', slots: { product: 'milk' }, oneShot: true });
    expect(understand('alexa, tell corner grocer to reorder my usual')).toMatchObject({ intent: 'ReorderIntent', slots: { list: 'usual' }, oneShot: true });
    expect(understand('ask corner grocer what is on my list')).toMatchObject({ intent: 'ReadCartIntent', oneShot: true });
    expect(understand('add bananas using corner grocer')).toMatchObject({ intent: 'AddItemIntent', slots: { product: 'bananas' }, oneShot: true });
  });

  it('in a session, requests are not one-shot', () => {
    expect(understand('add milk')).toMatchObject({ oneShot: false });
  });
});

describe('adding things', () => {
  it('when the shopper names a product, with or without a list, the product words come back as heard', () => {
    expect(heard('add milk to my grocery list')).toEqual({ intent: 'AddItemIntent', product: 'milk', list: 'grocery' });
    expect(heard('put paper towels on the shopping list')).toEqual({ intent: 'AddItemIntent', product: 'paper towels', list: 'shopping' });
    expect(heard('can you put some honeycrisp apples on my list please')).toEqual({ intent: 'AddItemIntent', product: 'honeycrisp apples' });
    expect(heard('we need coffee')).toEqual({ intent: 'AddItemIntent', product: 'coffee' });
    expect(heard("we're out of eggs")).toEqual({ intent: 'AddItemIntent', product: 'eggs' });
    expect(heard('make sure pears are on my party list')).toEqual({ intent: 'AddItemIntent', product: 'pears', list: 'party' });
  });

  it('amounts come back as digits and units as said', () => {
    expect(heard('add two gallons of whole milk')).toEqual({ intent: 'AddItemIntent', quantity: '2', unit: 'gallons', product: 'whole milk' });
    expect(heard('add a dozen eggs')).toEqual({ intent: 'AddItemIntent', unit: 'dozen', product: 'eggs' });
    expect(heard('add 3 bananas')).toEqual({ intent: 'AddItemIntent', quantity: '3', product: 'bananas' });
    expect(heard('add 2% milk')).toEqual({ intent: 'AddItemIntent', product: '2 percent milk' });
  });

  it('filler around the request changes nothing', () => {
    expect(heard('um hey alexa please add bananas to the list thanks')).toEqual({ intent: 'AddItemIntent', product: 'bananas' });
  });

  it('when the shopper points at something instead of naming it, the intent holds and the product stays empty', () => {
    expect(heard('add this to the list')).toEqual({ intent: 'AddItemIntent' });
  });
});

describe('removing things and the list as a whole', () => {
  it('when the shopper takes a product off, it is a removal of that product', () => {
    expect(heard('take the milk off my shopping list')).toEqual({ intent: 'RemoveItemIntent', product: 'milk', list: 'shopping' });
    expect(heard('get rid of bananas')).toEqual({ intent: 'RemoveItemIntent', product: 'bananas' });
    expect(heard("i don't need coffee any more")).toEqual({ intent: 'RemoveItemIntent', product: 'coffee' });
    expect(heard('cross eggs off the list')).toEqual({ intent: 'RemoveItemIntent', product: 'eggs' });
  });

  it('when the shopper deletes the list itself, the cart is cleared, not an item removed', () => {
    expect(heard('delete my shopping list')).toEqual({ intent: 'ClearCartIntent', list: 'shopping' });
    expect(intentOf('empty my cart')).toBe('ClearCartIntent');
  });

  it('reading, creating and totalling the list', () => {
    expect(intentOf("what's on my list")).toBe('ReadCartIntent');
    expect(heard('read me my grocery list')).toEqual({ intent: 'ReadCartIntent', list: 'grocery' });
    expect(heard('create a new list for school supplies')).toEqual({ intent: 'CreateListIntent', list: 'school supplies' });
    expect(heard('create a new shopping list')).toEqual({ intent: 'CreateListIntent', list: 'shopping' });
    expect(intentOf('how much is my cart')).toBe('CartTotalIntent');
  });
});

describe('the rest of the conversation', () => {
  it.each([
    ['change the milk to three', { intent: 'ChangeQuantityIntent', product: 'milk', quantity: '3' }],
    ['make that four', { intent: 'ChangeQuantityIntent', quantity: '4' }],
    ['i want four bananas instead', { intent: 'ChangeQuantityIntent', product: 'bananas', quantity: '4' }],
    ['undo that', { intent: 'UndoIntent' }],
    ['reorder my last order', { intent: 'ReorderIntent', list: 'last order' }],
    ['buy coffee again', { intent: 'ReorderIntent', product: 'coffee' }],
    ['save this as my weekly order', { intent: 'SaveListIntent', list: 'weekly' }],
    ["i'm ready to pay", { intent: 'CheckoutIntent' }],
    ['when is my delivery coming', { intent: 'OrderStatusIntent' }],
    ['no i said pears', { intent: 'CorrectionIntent', product: 'pears' }],
    ['the second one', { intent: 'ChooseOptionIntent', choice: '2' }],
    ['number three', { intent: 'ChooseOptionIntent', choice: '3' }],
    ['talk slowly', { intent: 'SetPaceIntent', pace: 'slowly' }],
    ['my code is one two three four', { intent: 'VoiceCodeIntent', code: '1234' }],
    ['what saved orders do i have', { intent: 'ListShortcutsIntent' }],
    ['rename my weekly order to sunday order', { intent: 'RenameShortcutIntent', list: 'weekly', newName: 'sunday order' }],
    ['forget my party shortcut', { intent: 'DeleteShortcutIntent', list: 'party' }],
    ['yeah', { intent: 'AMAZON.YesIntent' }],
    ['never mind', { intent: 'AMAZON.CancelIntent' }],
  ])('"%s" is understood', (text, expected) => {
    expect(heard(text)).toEqual(expected);
  });
});

describe('things the skill does not do', () => {
  it.each([
    'add call the plumber to my to do list',
    'put the meeting on my calendar',
    'add this song to my playlist',
    'remove bob from my contacts list',
    'buy two tickets to the game',
    'what is the capital of france',
    'play some jazz',
    'i need a taxi',
    'remind me to pick up the kids at five',
    'delete my last email',
    'remove the dentist appointment',
  ])('"%s" never adds or removes anything', (text) => {
    expect(['AddItemIntent', 'RemoveItemIntent']).not.toContain(intentOf(text));
  });

  it('something the store does not know is still added when the shopper puts it on their list', () => {
    expect(heard('add chives to my list')).toEqual({ intent: 'AddItemIntent', product: 'chives' });
    expect(heard('remind me to buy chives on my shopping list')).toEqual({ intent: 'AddItemIntent', product: 'chives', list: 'shopping' });
  });

  it('words that are not a request at all fall back', () => {
    expect(intentOf('the quick brown fox jumps over the lazy dog')).toBe('AMAZON.FallbackIntent');
    expect(intentOf('')).toBe('AMAZON.FallbackIntent');
  });
});
