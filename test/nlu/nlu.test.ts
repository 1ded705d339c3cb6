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

describe('several items in one breath', () => {
  it('when the shopper lists several items with amounts, the whole list goes to the product slot and no amount is split off', () => {
    expect(heard('add eggs coffee and two bags of apples')).toEqual({ intent: 'AddItemIntent', product: 'eggs coffee and two bags of apples' });
    expect(heard('add four bananas and three pounds of pears')).toEqual({ intent: 'AddItemIntent', product: 'four bananas and three pounds of pears' });
    expect(heard('put a dozen eggs and some coffee on my party list')).toEqual({ intent: 'AddItemIntent', product: 'a dozen eggs and some coffee', list: 'party' });
    expect(heard('i need two gallons of whole milk plus a bag of apples')).toEqual({ intent: 'AddItemIntent', product: 'two gallons of whole milk plus a bag of apples' });
    expect(understand('ask corner grocer to add coffee eggs and two bags of apples')).toMatchObject({ slots: { product: 'coffee eggs and two bags of apples' }, oneShot: true });
  });

  it('an amount said before two items applies to neither alone, so they go whole too', () => {
    expect(heard('add three pears and bananas')).toEqual({ intent: 'AddItemIntent', product: 'three pears and bananas' });
  });

  it('a single item keeps its amount, even when its name has an "and" in it', () => {
    expect(heard('add two bags of apples')).toEqual({ intent: 'AddItemIntent', quantity: '2', unit: 'bags', product: 'apples' });
    expect(heard('add three boxes of macaroni and cheese')).toEqual({ intent: 'AddItemIntent', quantity: '3', unit: 'boxes', product: 'macaroni and cheese' });
    expect(heard('add two pints of ben and jerrys cherry garcia')).toEqual({ intent: 'AddItemIntent', quantity: '2', unit: 'pints', product: 'ben and jerrys cherry garcia' });
  });

  it('several items without amounts come back whole, as before', () => {
    expect(heard('add coffee and eggs')).toEqual({ intent: 'AddItemIntent', product: 'coffee and eggs' });
  });
});

describe('brand names', () => {
  it('brands joined by "and", "&" or with an apostrophe are products, however long the name', () => {
    expect(heard('add ben and jerrys cherry garcia ice cream')).toEqual({ intent: 'AddItemIntent', product: 'ben and jerrys cherry garcia ice cream' });
    expect(heard('add Ben & Jerry’s')).toEqual({ intent: 'AddItemIntent', product: "ben and jerry's" });
    expect(heard("put ben and jerry's on my list")).toEqual({ intent: 'AddItemIntent', product: "ben and jerry's" });
  });
});

describe('things the store may not sell', () => {
  it('when the shopper asks with a shopping verb, it is an add of that thing, so the skill can say it has none', () => {
    expect(heard('add a snow shovel')).toEqual({ intent: 'AddItemIntent', product: 'snow shovel' });
    expect(heard('add windshield wipers')).toEqual({ intent: 'AddItemIntent', product: 'windshield wipers' });
    expect(heard('put a bike pump on my list')).toEqual({ intent: 'AddItemIntent', product: 'bike pump' });
    expect(heard('i need birthday candles')).toEqual({ intent: 'AddItemIntent', product: 'birthday candles' });
    expect(heard('add two snow shovels')).toEqual({ intent: 'AddItemIntent', quantity: '2', product: 'snow shovels' });
  });

  it('the shop a thing comes from is not part of its name', () => {
    expect(heard('add rye bread from the bakery')).toEqual({ intent: 'AddItemIntent', product: 'rye bread' });
    expect(heard('i want pears from the farmers market')).toEqual({ intent: 'AddItemIntent', product: 'pears' });
  });

  it.each([
    'i need a cab to the station',
    'i need to go to sleep',
    'i need a lift home',
    'add a dentist visit on tuesday',
    'add lunch with my sister at noon',
    'add a track to my running playlist',
    'add a reminder',
    'add a new contact',
    'add a stop to my route',
    'put some salt in the soup',
  ])('"%s" is about something else, never an add', (text) => {
    expect(['AddItemIntent', 'RemoveItemIntent']).not.toContain(intentOf(text));
  });

  it('softer verbs still need something the store knows: "get" and "buy" are said about tickets, houses and rides', () => {
    expect(intentOf('buy a new house')).toBe('AMAZON.FallbackIntent');
    expect(heard('buy coffee')).toEqual({ intent: 'AddItemIntent', product: 'coffee' });
  });
});

describe('take-away orders', () => {
  it.each([
    'order a pizza from tonys',
    'order two burgers from burger king',
    'can you get me takeout from the thai place',
    'order some sushi for dinner',
    'i want to order chinese food',
    'order a large pepperoni pizza to go',
    'order a chicken curry from the spice garden',
  ])('"%s" is a restaurant order, not groceries', (text) => {
    expect(intentOf(text)).toBe('AMAZON.FallbackIntent');
  });

  it('a dish the store sells is still added when the shopper adds it or orders it as groceries', () => {
    expect(heard('add a frozen pizza')).toEqual({ intent: 'AddItemIntent', product: 'frozen pizza' });
    expect(heard('put pizza on my list')).toEqual({ intent: 'AddItemIntent', product: 'pizza' });
    expect(heard('order coffee')).toEqual({ intent: 'AddItemIntent', product: 'coffee' });
    expect(heard('order pears from the farmers market')).toEqual({ intent: 'AddItemIntent', product: 'pears' });
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
    ['did i add coffee', { intent: 'ReadCartIntent', product: 'coffee' }],
    ['is coffee on my list', { intent: 'ReadCartIntent', product: 'coffee' }],
    ['what saved orders do i have', { intent: 'ListShortcutsIntent' }],
    ['rename my weekly order to sunday order', { intent: 'RenameShortcutIntent', list: 'weekly', newName: 'sunday order' }],
    ['forget my party shortcut', { intent: 'DeleteShortcutIntent', list: 'party' }],
    ['yeah', { intent: 'AMAZON.YesIntent' }],
    ['never mind', { intent: 'AMAZON.CancelIntent' }],
  ])('"%s" is understood', (text, expected) => {
    expect(heard(text)).toEqual(expected);
  });
});

describe('a voice code said digit by digit', () => {
  it.each([
    ['five nine two seven', '5927'],
    ['8 1 3 6', '8136'],
    ['three three four four', '3344'],
    ['the code is seven seven one two', '7712'],
    ['my code is nine oh oh one', '9001'],
    ["it's two four six eight", '2468'],
  ])('"%s" is the code %s, not an amount of something', (text, code) => {
    expect(heard(text)).toEqual({ intent: 'VoiceCodeIntent', code });
  });

  it('a single number or an ordinal still picks an option', () => {
    expect(heard('three')).toEqual({ intent: 'ChooseOptionIntent', choice: '3' });
    expect(heard('the third one')).toEqual({ intent: 'ChooseOptionIntent', choice: '3' });
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

describe('misparses found on real utterances, each fixed for its family of phrasings', () => {
  it.each([
    // Asking the assistant to delete a list deletes the list, not an item on it.
    ['google i need you to delete the current list', { intent: 'ClearCartIntent' }],
    ['we need you to erase the current list', { intent: 'ClearCartIntent' }],
    ['i want you to clear my party list', { intent: 'ClearCartIntent', list: 'party' }],
    // Destroying, dumping or tossing a list deletes it, and is no list called "destroy this".
    ['please destroy this list', { intent: 'ClearCartIntent' }],
    ['toss the party list', { intent: 'ClearCartIntent', list: 'party' }],
    ['could you dump my cart', { intent: 'ClearCartIntent' }],
    // The same verbs said of a product take the product off; "the milk" is no list.
    ['throw out the milk', { intent: 'RemoveItemIntent', product: 'milk' }],
    ['throw away the milk', { intent: 'RemoveItemIntent', product: 'milk' }],
    // What a list should contain goes on it; the skill asks what when nothing is named.
    ['the list should contain this item', { intent: 'AddItemIntent' }],
    ['my list should include something', { intent: 'AddItemIntent' }],
    ['the list should contain milk', { intent: 'AddItemIntent', product: 'milk' }],
    ['the list should not contain milk', { intent: 'RemoveItemIntent', product: 'milk' }],
    // An entry for a list is an item to add, not a read-back.
    ['give an entry to this list', { intent: 'AddItemIntent' }],
    ['make an entry in my list', { intent: 'AddItemIntent' }],
    ['create a new item on the list', { intent: 'AddItemIntent' }],
    // The particulars, details or contents of a list are what is on it: nothing to add.
    ['i want to know the particulars in shopping list', { intent: 'ReadCartIntent', list: 'shopping' }],
    ['i need to know the details of my list', { intent: 'ReadCartIntent' }],
    ['tell me the particulars of my party list', { intent: 'ReadCartIntent', list: 'party' }],
    // "A hundred and five" is one amount, not "a hundred" and "five eggs" as two items.
    ['a hundred and five eggs', { intent: 'AddItemIntent', product: 'eggs', quantity: '105' }],
    ['add a hundred and five eggs', { intent: 'AddItemIntent', product: 'eggs', quantity: '105' }],
    ['add two hundred and fifty grams of butter', { intent: 'AddItemIntent', product: 'butter', quantity: '250', unit: 'grams' }],
    ['add a hundred eggs and five apples', { intent: 'AddItemIntent', product: 'a hundred eggs and five apples' }],
  ])('"%s"', (text, expected) => {
    expect(heard(text)).toEqual(expected);
  });
});
