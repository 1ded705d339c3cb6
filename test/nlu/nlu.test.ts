import { beforeAll, describe, expect, it } from 'vitest';
import { INTENTS } from '../../src/intents/registry.ts';
import { ScopeJudge } from '../../src/intents/scope.ts';
import { generateInteractionModel } from '../../src/interaction-model/generate.ts';
import { loadClassifier } from '../../src/nlu/classifier.ts';
import { handledAs } from '../../src/nlu/handled.ts';
import { createNlu, type Understanding } from '../../src/nlu/nlu.ts';
import { smallStore } from '../interaction-model/fixtures.ts';

/**
 * The local NLU as `voicecart chat` runs it for a store's own catalog: the interaction model
 * generated from the catalog, and the committed intent classifier deciding intents.
 */
let understand: (text: string) => Understanding;
let scope: ScopeJudge;

beforeAll(() => {
  const nlu = createNlu(generateInteractionModel(smallStore()), { classifier: loadClassifier() });
  understand = nlu.understand.bind(nlu);
  scope = new ScopeJudge(INTENTS, smallStore());
});

const intentOf = (text: string) => {
  const result = understand(text);
  return result.kind === 'intent' ? result.intent : 'launch';
};
const heard = (text: string) => {
  const result = understand(text);
  return result.kind === 'intent' ? { intent: result.intent, ...result.slots } : { intent: 'launch' };
};
/** What the skill does with the sentence: the intent heard, unless the skill judges it not to be shopping. */
const skillDoes = (text: string) => handledAs(understand(text), scope).intent;

describe('opening the skill', () => {
  it('when the shopper says only the invocation name with a launch phrase, the skill launches', () => {
    expect(understand('open corner grocer')).toEqual({ kind: 'launch' });
    expect(understand('Alexa, launch Corner Grocer.')).toEqual({ kind: 'launch' });
    expect(understand('corner grocer')).toEqual({ kind: 'launch' });
  });

  it('when the shopper asks the skill for something in one breath, it is a one-shot request', () => {
    expect(understand('ask corner grocer to add milk')).toEqual({ kind: 'intent', intent: 'AddItemIntent', slots: { product: 'milk' }, oneShot: true });
    expect(understand('alexa, tell corner grocer to reorder my usual')).toMatchObject({ intent: 'ReorderIntent', slots: { list: 'usual' }, oneShot: true });
    expect(understand('ask corner grocer what is in my cart')).toMatchObject({ intent: 'ReadCartIntent', oneShot: true });
    expect(understand('add bananas using corner grocer')).toMatchObject({ intent: 'AddItemIntent', slots: { product: 'bananas' }, oneShot: true });
  });

  it('in a session, requests are not one-shot', () => {
    expect(understand('add milk')).toMatchObject({ oneShot: false });
  });
});

describe('an amount wanted', () => {
  it('said plainly ("we need three cans of beans") adds it; "just", "only" or "instead" make it a change of what is there', () => {
    expect(heard('we need three cans of tomatoes')).toEqual({ intent: 'AddItemIntent', quantity: '3', unit: 'cans', product: 'tomatoes' });
    expect(heard('i want 4 lemons')).toEqual({ intent: 'AddItemIntent', quantity: '4', product: 'lemons' });
    expect(intentOf('i only want two lemons')).toBe('ChangeQuantityIntent');
    expect(intentOf('i just need one of them')).toBe('ChangeQuantityIntent');
    expect(intentOf('we need three lemons instead')).toBe('ChangeQuantityIntent');
  });

  it('a thing said alone with who it is for ("pears for the kids") adds it: the purpose is no request', () => {
    expect(heard('pears for the kids')).toEqual({ intent: 'AddItemIntent', product: 'pears for the kids' });
    expect(heard('bananas for the picnic')).toEqual({ intent: 'AddItemIntent', product: 'bananas for the picnic' });
  });

  it('said alone with the thing ("two pounds of pears"), adds it; said alone without one ("make it two pounds"), changes what is there', () => {
    for (const said of ['two pounds of pears', 'three pounds of bananas', 'a bag of coffee', 'two dozen eggs']) expect(intentOf(said)).toBe('AddItemIntent');
    expect(intentOf('make it two pounds')).toBe('ChangeQuantityIntent');
  });
});

describe('adding things, the way shoppers ask', () => {
  it.each([
    ['put paper towels on the shopping list', { product: 'paper towels', list: 'shopping' }],
    ['pop some honeycrisp apples in the basket for me', { product: 'honeycrisp apples', list: 'basket' }],
    ['could you add coffee to my picnic list', { product: 'coffee', list: 'picnic' }],
    ['would you be so kind as to put down bananas', { product: 'bananas' }],
    ['we could do with some pears', { product: 'pears' }],
    ["we're nearly out of eggs", { product: 'eggs' }],
    ['oh and coffee', { product: 'coffee' }],
    ['bananas as well', { product: 'bananas' }],
    ["don't let me forget the paper towels", { product: 'paper towels' }],
    ['make sure we have coffee', { product: 'coffee' }],
    ['um i think we could use milk', { product: 'milk' }],
  ])('"%s" adds it', (text, slots) => {
    expect(heard(text)).toEqual({ intent: 'AddItemIntent', ...slots });
  });

  it('amounts come back as digits and units as said', () => {
    expect(heard('add two gallons of whole milk')).toEqual({ intent: 'AddItemIntent', quantity: '2', unit: 'gallons', product: 'whole milk' });
    expect(heard('add a dozen eggs')).toEqual({ intent: 'AddItemIntent', unit: 'dozen', product: 'eggs' });
    expect(heard('add 3 bananas')).toEqual({ intent: 'AddItemIntent', quantity: '3', product: 'bananas' });
    expect(heard('add 2% milk')).toEqual({ intent: 'AddItemIntent', product: '2 percent milk' });
  });

  it('filler around the request changes nothing', () => {
    expect(heard('um hey alexa please add bananas to the cart thanks')).toEqual({ intent: 'AddItemIntent', product: 'bananas' });
    expect(heard('good afternoon dear, could you add some cream cheese')).toEqual({ intent: 'AddItemIntent', product: 'cream cheese' });
  });

  it('when the shopper points at something instead of naming it, the intent holds and the product stays empty', () => {
    expect(heard('put that on my list')).toEqual({ intent: 'AddItemIntent' });
    expect(heard('i want to add something')).toEqual({ intent: 'AddItemIntent' });
  });

  it('a list said without the words a sample has for it is still the list, not part of the product', () => {
    expect(heard('toss bananas into the picnic list')).toEqual({ intent: 'AddItemIntent', product: 'bananas', list: 'picnic' });
    expect(heard('add coffee to my list')).toEqual({ intent: 'AddItemIntent', product: 'coffee' });
  });
});

describe('several items in one breath', () => {
  it('when the shopper lists several items with amounts, the whole list goes to the product slot and no amount is split off', () => {
    expect(heard('add eggs coffee and two bags of apples')).toEqual({ intent: 'AddItemIntent', product: 'eggs coffee and two bags of apples' });
    expect(heard('add four bananas and three pounds of pears')).toEqual({ intent: 'AddItemIntent', product: 'four bananas and three pounds of pears' });
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

  it('several items without amounts come back whole', () => {
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
    expect(heard('add a bike pump to the cart')).toEqual({ intent: 'AddItemIntent', product: 'bike pump' });
    expect(heard('add shoe polish')).toEqual({ intent: 'AddItemIntent', product: 'shoe polish' });
    expect(heard('put printer paper on my list')).toEqual({ intent: 'AddItemIntent', product: 'printer paper' });
    expect(heard('i need birthday candles')).toEqual({ intent: 'AddItemIntent', product: 'birthday candles' });
    expect(heard('add two garden hoses')).toEqual({ intent: 'AddItemIntent', quantity: '2', product: 'garden hoses' });
  });

  it('when only small words carry the request ("and some…"), an item the catalog has never heard of is still an add, and words that ask for nothing are not', () => {
    // "Also", or an "and" said first, stays with the thing, as the skill tells one more thing from a kind of the last by it.
    expect(heard('and some rutabaga')).toEqual({ intent: 'AddItemIntent', product: 'also rutabaga' });
    expect(heard('also a jar of tahini')).toEqual({ intent: 'AddItemIntent', unit: 'jar', product: 'also tahini' });
    expect(intentOf('the quick brown fox')).toBe('AMAZON.FallbackIntent');
    expect(intentOf('play some jazz')).toBe('AMAZON.FallbackIntent');
  });

  it('the shop a thing comes from is not part of its name', () => {
    expect(heard('add rye bread from the bakery')).toEqual({ intent: 'AddItemIntent', product: 'rye bread' });
    expect(heard('i want pears from the farmers market')).toEqual({ intent: 'AddItemIntent', product: 'pears' });
  });
});

describe('taking things off, and the list as a whole', () => {
  it.each([
    ['take the milk off my shopping list', { product: 'milk', list: 'shopping' }],
    ['get rid of bananas', { product: 'bananas' }],
    ["i don't need coffee any more", { product: 'coffee' }],
    ['cross eggs off the list', { product: 'eggs' }],
    ['we already have pears', { product: 'pears' }],
    ['strike the coffee', { product: 'coffee' }],
    ['leave out the bananas this week', { product: 'bananas' }],
    ['nix the last thing', {}],
  ])('"%s" takes it off', (text, slots) => {
    expect(heard(text)).toEqual({ intent: 'RemoveItemIntent', ...slots });
  });

  it('wanting something, with nothing turning it around, is never a removal, however the items sound', () => {
    for (const items of ['green pears and three boxes of cereal', 'two pounds of ground beef and rye bread', 'paper towels and a dozen eggs']) {
      expect(intentOf(`i need ${items}`), items).toBe('AddItemIntent');
      expect(intentOf(`we want ${items}`), items).toBe('AddItemIntent');
    }
    expect(intentOf('i need a half gallon of oat milk, the plain kind')).toBe('AddItemIntent');
    expect(intentOf('we no longer need the rye bread')).toBe('RemoveItemIntent');
    expect(intentOf('i need to take the coffee off')).toBe('RemoveItemIntent');
  });

  it('when the shopper throws away the list itself, the cart is cleared, not an item removed', () => {
    expect(heard('throw my shopping list away')).toEqual({ intent: 'ClearCartIntent', list: 'shopping' });
    expect(intentOf('empty my cart')).toBe('ClearCartIntent');
    expect(intentOf('wipe the slate')).toBe('ClearCartIntent');
    expect(intentOf('start my list over from scratch')).toBe('ClearCartIntent');
  });

  it('reading, creating and totalling the list', () => {
    expect(intentOf("what's in the basket")).toBe('ReadCartIntent');
    expect(intentOf("read me what's on there")).toBe('ReadCartIntent');
    expect(heard('go over my grocery list with me')).toEqual({ intent: 'ReadCartIntent', list: 'grocery' });
    expect(heard('begin another list for the weekend')).toEqual({ intent: 'CreateListIntent', list: 'weekend' });
    expect(heard('could you set up a new list for camping')).toEqual({ intent: 'CreateListIntent', list: 'camping' });
    expect(intentOf('how much does my order come to')).toBe('CartTotalIntent');
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
    ['the second one', { intent: 'ChooseOptionIntent', position: '2' }],
    ['number three', { intent: 'ChooseOptionIntent', choice: '3' }],
    ['talk slowly', { intent: 'SetPaceIntent', pace: 'slowly' }],
    ['my code is one two three four', { intent: 'VoiceCodeIntent', code: '1234' }],
    ['did i add coffee', { intent: 'ReadCartIntent', product: 'coffee' }],
    ['is coffee on my list', { intent: 'ReadCartIntent', product: 'coffee' }],
    ['is there coffee in my cart', { intent: 'ReadCartIntent', product: 'coffee' }],
    ['three pears please', { intent: 'AddItemIntent', product: 'pears', quantity: '3' }],
    ['the wheat one', { intent: 'ChooseOptionIntent', product: 'wheat' }],
    ['ad to pounds of grapes', { intent: 'AddItemIntent', product: 'grapes', quantity: '2', unit: 'pounds' }],
    ['add won gallon of apple juice', { intent: 'AddItemIntent', product: 'apple juice', quantity: '1', unit: 'gallon' }],
    // A number heard as its homophone before the plural that ends the request counts it; as a preposition it does not.
    ['and for pears', { intent: 'AddItemIntent', product: 'also pears', quantity: '4' }],
    ['add too green peppers', { intent: 'AddItemIntent', product: 'green peppers', quantity: '2' }],
    ['add to my list pears', { intent: 'AddItemIntent', product: 'pears' }],
    ['and to of the peach yogurts', { intent: 'AddItemIntent', product: 'also peach yogurts', quantity: '2' }],
    ['add for of the oat milk', { intent: 'AddItemIntent', product: 'oat milk', quantity: '4' }],
    ['okay but minus the oat milk', { intent: 'RemoveItemIntent', product: 'oat milk' }],
    ['everything but the rye bread', { intent: 'RemoveItemIntent', product: 'rye bread' }],
    ['put for lemons on my list', { intent: 'AddItemIntent', product: 'lemons', quantity: '4' }],
    ['put eggs on my list', { intent: 'AddItemIntent', product: 'eggs' }],
    // A thing left out is taken off, never added; "without" inside a product says its kind.
    ['add plums, two of them', { intent: 'AddItemIntent', product: 'plums', quantity: '2' }],
    ['yes, cancel that', { intent: 'AMAZON.YesIntent' }],
    // "Them" said for "those" before a thing is no pointing back at what is there.
    ['a sack of them red potatoes', { intent: 'AddItemIntent', product: 'red potatoes', unit: 'sack' }],
    ['make it two of them', { intent: 'ChangeQuantityIntent', quantity: '2' }],
    ['but no rye bread', { intent: 'RemoveItemIntent', product: 'rye bread' }],
    ['and no radishes', { intent: 'RemoveItemIntent', product: 'radishes' }],
    // "Without" said inside a thing is part of it, never a thing left out (this store knows neither word: "some" says it is a thing).
    ['some apple juice without pulp', { intent: 'AddItemIntent', product: 'apple juice without pulp' }],
    ['yeah put it in', { intent: 'AMAZON.YesIntent' }],
    ['add a couple of kiwis', { intent: 'AddItemIntent', product: 'kiwis', quantity: '2' }],
    ['i need a few lemons', { intent: 'AddItemIntent', product: 'lemons', quantity: '3' }],
    ['what saved orders do i have', { intent: 'ListShortcutsIntent' }],
    ['rename my weekly order to sunday order', { intent: 'RenameShortcutIntent', list: 'weekly', newName: 'sunday order' }],
    ['forget my party shortcut', { intent: 'DeleteShortcutIntent', list: 'party' }],
    ['yeah', { intent: 'AMAZON.YesIntent' }],
    ['never mind', { intent: 'AMAZON.CancelIntent' }],
    ['read me the rest', { intent: 'AMAZON.MoreIntent' }],
    ['read it back one more time', { intent: 'AMAZON.RepeatIntent' }],
    ['change it to skim milk', { intent: 'ChangeQuantityIntent', product: 'skim milk' }],
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

  it('a single number picks an option, and an ordinal its place, as Alexa fills AMAZON.ORDINAL', () => {
    expect(heard('three')).toEqual({ intent: 'ChooseOptionIntent', choice: '3' });
    expect(heard('the third one')).toEqual({ intent: 'ChooseOptionIntent', position: '3' });
  });
});

describe('what is not shopping never changes the cart', () => {
  it.each([
    'add call the plumber to my to do list',
    'put the meeting on my calendar',
    'add this song to my playlist',
    'remove bob from my contacts list',
    'buy two tickets to the game',
    'what is the capital of france',
    'play some jazz',
    'i need a taxi',
    'i need a cab to the station',
    'remind me to pick up the kids at five',
    'delete my last email',
    'remove the dentist appointment',
    'add a dentist visit on tuesday',
    'add lunch with my sister at noon',
    'order a pizza from the pizza place',
    'order two burgers from burger king',
    'can you get me takeout from the thai place',
    'refill my prescription',
    "where's my amazon package",
    'stir the eggs into the batter',
    "what's the weather tomorrow",
  ])('"%s" neither adds nor removes anything', (text) => {
    expect(['AddItemIntent', 'RemoveItemIntent']).not.toContain(skillDoes(text));
  });

  it('something the store does not know is still added when the shopper puts it on their list', () => {
    expect(heard('add chives to my list')).toEqual({ intent: 'AddItemIntent', product: 'chives' });
    expect(skillDoes('add chives to my list')).toBe('AddItemIntent');
  });

  it('a dish the store sells is still added when the shopper adds it', () => {
    expect(heard('add a frozen pizza')).toEqual({ intent: 'AddItemIntent', product: 'frozen pizza' });
    expect(heard('put pizza on my list')).toEqual({ intent: 'AddItemIntent', product: 'pizza' });
    expect(heard('order coffee')).toEqual({ intent: 'AddItemIntent', product: 'coffee' });
  });

  it('words that are not a request at all fall back', () => {
    expect(intentOf('the quick brown fox jumps over the lazy dog')).toBe('AMAZON.FallbackIntent');
    expect(intentOf('')).toBe('AMAZON.FallbackIntent');
  });

  it('an answer is a closed phrase: a word it does not have makes it no "yes"', () => {
    expect(intentOf('go to bed')).toBe('AMAZON.FallbackIntent');
    expect(intentOf('go ahead')).toBe('AMAZON.YesIntent');
  });
});

describe('families of phrasings', () => {
  it.each([
    // Asking the assistant to delete a list deletes the list, not an item on it.
    ['we need you to erase the current list', { intent: 'ClearCartIntent' }],
    ['i want you to clear my picnic list', { intent: 'ClearCartIntent', list: 'picnic' }],
    // Scrapping, dumping or tossing a list deletes it.
    ['could you dump my cart', { intent: 'ClearCartIntent' }],
    ['scrap the christmas list completely', { intent: 'ClearCartIntent', list: 'christmas' }],
    // The same verbs said of a product take the product off; "the milk" is no list.
    ['throw out the milk', { intent: 'RemoveItemIntent', product: 'milk' }],
    ['chuck the milk', { intent: 'RemoveItemIntent', product: 'milk' }],
    // What a list should have goes on it, and what it should not have comes off.
    ['the list should have pears', { intent: 'AddItemIntent', product: 'pears' }],
    ["my cart shouldn't have coffee on it", { intent: 'RemoveItemIntent', product: 'coffee' }],
    // The contents of a list are what is on it: nothing to add.
    ['give me the contents of my picnic list', { intent: 'ReadCartIntent', list: 'picnic' }],
    // "A hundred and five" is one amount, not "a hundred" and "five eggs" as two items.
    ['a hundred and five eggs', { intent: 'AddItemIntent', product: 'eggs', quantity: '105' }],
    ['add a hundred and five eggs', { intent: 'AddItemIntent', product: 'eggs', quantity: '105' }],
    ['add two hundred and fifty grams of butter', { intent: 'AddItemIntent', product: 'butter', quantity: '250', unit: 'grams' }],
    ['add a hundred eggs and five apples', { intent: 'AddItemIntent', product: 'a hundred eggs and five apples' }],
  ])('"%s"', (text, expected) => {
    expect(heard(text)).toEqual(expected);
  });
});

describe('thinking aloud in the middle of a list', () => {
  it('a question the shopper asks themselves between things named goes, and every thing named stays', () => {
    expect(heard('i need flour and oh what else some baking soda')).toEqual({ intent: 'AddItemIntent', product: 'flour and some baking soda' });
    expect(heard('pears and um what was it, the coffee')).toEqual({ intent: 'AddItemIntent', product: 'pears and the coffee' });
  });

  it('a question asked of the listener, or one that ends the request, is still the request', () => {
    expect(intentOf('what else do you have')).not.toBe('AddItemIntent');
    expect(intentOf('what is in my cart')).toBe('ReadCartIntent');
  });
});

describe('two requests in one breath', () => {
  const both = (text: string) => {
    const result = understand(text);
    if (result.kind !== 'intent') return [];
    return [result, ...(result.then === undefined ? [] : [result.then])].map((part) => ({ intent: part.intent, ...part.slots }));
  };

  it('when each part opens with its own words for what to do, both are heard, in order', () => {
    expect(both('put some pears in and then tell me my total')).toEqual([{ intent: 'AddItemIntent', product: 'pears' }, { intent: 'CartTotalIntent' }]);
    expect(both('take the coffee off and add bananas')).toEqual([{ intent: 'RemoveItemIntent', product: 'coffee' }, { intent: 'AddItemIntent', product: 'bananas' }]);
  });

  it('items joined by "and" after one verb are one request', () => {
    expect(both('add pears and bananas')).toEqual([{ intent: 'AddItemIntent', product: 'pears and bananas' }]);
    expect(both('take off the coffee and the eggs')).toEqual([{ intent: 'RemoveItemIntent', product: 'coffee and the eggs' }]);
  });

  it('a part that only says where, or says a verb with nothing to do it to, belongs to the request', () => {
    expect(both('open my picnic list and add pears')).toEqual([{ intent: 'AddItemIntent', product: 'pears', list: 'picnic' }]);
    expect(both('read me my cart and add')).toHaveLength(1);
  });
});
