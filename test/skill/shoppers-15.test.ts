import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestSkill, type TestSkill } from '../support/skill.ts';

/**
 * A fifteenth round of conversations played as shoppers: a list counted off ("first, …"), the
 * scene set before the request ("I'm shopping for my dad, …"), a second request joined with "and
 * I need", "add some" of a thing said just before, and a correction of a thing added turns ago.
 * Each once lost every item said, or all but the last, or traded away what was heard right.
 */

let t: TestSkill;
beforeEach(async () => {
  t = await startTestSkill();
});
afterEach(async () => {
  await t.close();
});

describe('a list counted off', () => {
  it('when a senior says "first, the apples, three of them, and then a head of lettuce", both go in, the apples three', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    const added = await shopper.say('first, the apples, three of them, and then a head of lettuce');
    expect(added.say).toBe('Added three Gala Apples and a head of Iceberg Lettuce to your cart.');
    expect(await t.cartLines()).toEqual(['3 each Gala Apples', '1 head Iceberg Lettuce']);
  });

  it('"next I need a dozen eggs" adds the eggs', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('next I need a dozen eggs');
    expect(await t.cartLines()).toEqual([expect.stringMatching(/Eggs$/)]);
  });

  it('"first one" to a question of which still picks the first', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    const asked = await shopper.say('add bread');
    expect(asked.say).toMatch(/^Which bread did you mean: one, Classic White Bread/);
    await shopper.say('first one');
    expect(await t.cartLines()).toEqual(['1 Classic White Bread']);
  });
});

describe('the scene set before the request', () => {
  it('when the shopper says "I\'m shopping for my dad, he needs butter and bananas", both go in and no list is made', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    const added = await shopper.say("I'm shopping for my dad, he needs butter and bananas");
    expect(added.say).toBe('Added Salted Butter and Bananas to your cart.');
    expect(await t.cartLines()).toEqual(['1 Salted Butter', '1 Bananas']);
  });

  it('"we\'re having friends over sunday, I need a jar of salsa" adds the salsa', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say("we're having friends over sunday, I need a jar of salsa");
    expect(await t.cartLines()).toEqual([expect.stringMatching(/Salsa$/)]);
  });

  it('"I\'m out of milk, add some" adds the milk', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    const added = await shopper.say("I'm out of milk, add some");
    expect(added.say).toBe('Added Whole Milk to your cart.');
    expect(await t.cartLines()).toEqual(['1 Whole Milk']);
  });
});

describe('a second request joined with "and"', () => {
  it('when Alexa hears "eggs and i need butter" as one product, the eggs go in with the butter', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.intent('AddItemIntent', { product: 'eggs and i need butter' });
    expect(await t.cartLines()).toEqual(['1 Large White Eggs', '1 Salted Butter']);
  });

  it('"we\'re low on coffee, and we also need milk" puts the milk in and asks which coffee', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    const asked = await shopper.say("we're low on coffee, and we also need milk");
    expect(asked.say).toMatch(/^Added the milk to your cart\. Which coffee did you mean: one, /);
    expect(await t.cartLines()).toEqual(['1 Whole Milk']);
  });
});

describe('a correction of a thing added turns ago', () => {
  it('when the shopper says "no, I said two percent milk" after bread went in since the milk, the milk is traded and the bread stays', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add milk');
    await shopper.say('and a loaf of white bread');
    const traded = await shopper.intent('CorrectionIntent', { product: 'two percent milk' });
    expect(traded.say).toBe("Okay, I swapped Whole Milk for 2% Reduced Fat Milk in your cart. If that's wrong, say undo.");
    expect(await t.cartLines()).toEqual(['1 2% Reduced Fat Milk', '1 loaf Classic White Bread']);
  });

  it('"no, I said pears" just after bananas and a misheard thing went in trades only the last thing, never the bananas', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add bananas');
    await shopper.say('add gummy bears');
    await shopper.intent('CorrectionIntent', { product: 'pears' });
    expect(await t.cartLines()).toEqual(['1 Bananas', '1 Bartlett Pears']);
  });
});

describe('"no" said right before a thing turns that thing down', () => {
  it('when the shopper says "no eggs" after bread and bananas went in since the eggs, the eggs come off and nothing else changes', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add eggs');
    await shopper.say('add white bread');
    await shopper.say('add bananas');
    const removed = await shopper.say('no eggs');
    expect(removed.say).toBe('Removed Large White Eggs from your cart.');
    expect(await t.cartLines()).toEqual(['1 Classic White Bread', '1 Bananas']);
  });

  it('"no, I said butter", the thing meant after a pause, still trades what was just added', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add buttermilk');
    const traded = await shopper.say('no, I said butter');
    expect(traded.say).toMatch(/^Sorry about that\. I replaced .*Buttermilk.* with Salted Butter\.$/);
  });

  it('"no salsa", weighed as a change of the salsa\'s amount, takes the salsa off', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add salsa');
    await shopper.say('add a gallon of milk');
    await shopper.say('no salsa');
    expect(await t.cartLines()).toEqual(['1 gallon Whole Milk']);
  });

  it('when Alexa hears "no bananas" as the thing to correct while the usual is offered, the bananas are left out and the offer stands', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add bananas and whole milk');
    await shopper.say('save my cart as my usual');
    await shopper.say('clear my cart');
    await shopper.say('yes');
    const offered = await shopper.say('reorder my usual');
    expect(offered.say).toMatch(/^Your usual order is two items/);
    const without = await shopper.intent('CorrectionIntent', { product: 'no bananas' });
    expect(without.say).toBe('Okay, without Bananas. Should I put the other item in your cart?');
    await shopper.say('yes');
    expect(await t.cartLines()).toEqual(['1 Whole Milk']);
  });

  it('when Alexa hears "no butter" as the thing to correct while the order is read back, the butter comes off and the order is read again', async () => {
    const shopper = await t.linkedShopperWith(['whole milk', 'butter']);
    await shopper.say('check out');
    const again = await shopper.intent('CorrectionIntent', { product: 'no butter' });
    expect(again.say).toMatch(/^Removed Salted Butter from your cart\. Your order from Corner Grocer has one item: Whole Milk\./);
    expect(t.ordersPlaced()).toBe(0);
  });
});

describe('a thing of its own said while a choice waits', () => {
  it('when the shopper says "add bananas" while "which bread?" waits with Banana Bread among the options, the bananas go in and the bread is asked again', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add bread');
    const added = await shopper.intent('AddItemIntent', { product: 'bananas' });
    expect(added.say).toMatch(/^Added Bananas to your cart\. And which bread did you mean: one, /);
    expect(await t.cartLines()).toEqual(['1 Bananas']);
  });

  it('"banana", said in the singular while "which bread?" waits, still picks the Banana Bread', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add bread');
    await shopper.intent('AddItemIntent', { product: 'banana' });
    expect(await t.cartLines()).toEqual(['1 Banana Bread']);
  });
});

describe('a count of things said of a line kept in cartons', () => {
  it('when the shopper says "make it six eggs" of a dozen, no six dozen go in: how the eggs come is said and how many dozen asked', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add eggs');
    const asked = await shopper.intent('ChangeQuantityIntent', { product: 'eggs', quantity: '6' });
    expect(asked.say).toBe("The Large White Eggs come by the dozen, so I can't make it six. How many dozen would you like?");
    expect(await t.cartLines()).toEqual(['1 Large White Eggs']);
  });

  it('"change the eggs to two" is still two dozen', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add eggs');
    const changed = await shopper.intent('ChangeQuantityIntent', { product: 'eggs', quantity: '2' });
    expect(changed.say).toBe('Okay, two dozen Large White Eggs.');
  });
});

describe('a pack named for its count', () => {
  it('when Alexa hears "a four pack of croissants" as four and "pack", one pack of four goes in, never four packs', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    const added = await shopper.intent('AddItemIntent', { product: 'croissants', quantity: '4', unit: 'pack' });
    expect(added.say).toBe('Added a four pack of Butter Croissants to your cart.');
    expect(await t.cartLines()).toEqual(['1 4 pack Butter Croissants']);
  });

  it('"four packs of croissants", the unit said in the plural, are four packs', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.intent('AddItemIntent', { product: 'croissants', quantity: '4', unit: 'packs' });
    expect(await t.cartLines()).toEqual(['4 Butter Croissants']);
  });

  it('"two eight packs of hamburger buns" are two packs of eight', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    const added = await shopper.say('add two eight packs of hamburger buns');
    expect(added.say).toBe('Added two eight packs of Hamburger Buns to your cart.');
  });
});

describe('asking what is on the list, as a senior asks it', () => {
  it('"what did I put on there" reads the cart, never "you don\'t have a list called put on there"', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add bananas');
    const read = await shopper.say('what did I put on there');
    expect(read.say).toBe("You have one item in your cart: Bananas. That's everything.");
  });

  it('"so what have I got now, dear" reads it too: the "dear" after the question is no request of its own', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add bananas');
    const read = await shopper.say("so what have I got now, dear");
    expect(read.say).toBe("You have one item in your cart: Bananas. That's everything.");
  });
});

describe('a place said with nothing to choose', () => {
  it('when the shopper says "the second one" just after twelve lemons went in, nothing is asked, nothing changes: the lemons stay twelve', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add twelve lemons');
    const said = await shopper.say('the second one');
    expect(said.say).toMatch(/^I wasn't asking you to choose anything/);
    expect(await t.cartLines()).toEqual(['12 Lemons']);
  });

  it('"the second one" while "which bread?" waits still picks the second bread', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add bread');
    await shopper.say('the second one');
    expect(await t.cartLines()).toEqual(['1 Honey Wheat Bread']);
  });
});

describe('a thing still needed, and a thing said to be meant that is there already', () => {
  it('when the shopper says "I still need the onions" with no onions on the list, the onions go in, said back: never an offer lost at the next request', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add milk');
    const added = await shopper.intent('KeepItemIntent', { product: 'onions' });
    expect(added.say).toBe('Added Yellow Onions to your cart.');
    await shopper.say('add eggs');
    expect(await t.cartLines()).toEqual(['1 Whole Milk', '1 Yellow Onions', '1 Large White Eggs']);
  });

  it('"no, I said pears" in a new session, with the pears already in, says they are there and adds no second line', async () => {
    const shopper = t.shopper();
    await shopper.say('ask corner grocer to add pears');
    const said = await shopper.intent('CorrectionIntent', { product: 'pears' }, { oneShot: true });
    expect(said.say).toBe('Yes, you have Bartlett Pears in your cart.');
    expect(await t.cartLines()).toEqual(['1 Bartlett Pears']);
  });
});

describe('a yes said with a change to the order read back', () => {
  it('when the shopper says "yep, and a dozen eggs" to "should I place the order?", no order is placed: the eggs go in and the order is read again', async () => {
    const shopper = await t.linkedShopperWith(['butter']);
    await shopper.say('check out');
    const again = await shopper.say('yep, and a dozen eggs');
    expect(again.say).toMatch(/^Added a dozen Large White Eggs to your cart\. Your order from Corner Grocer has two items: .*Should I place the order\?$/);
    expect(t.ordersPlaced()).toBe(0);
    await shopper.say('yes');
    expect(t.ordersPlaced()).toBe(1);
  });
});

describe('a greeting and a name before the list, and a yes said more than one way', () => {
  it('when a senior says "evening, it\'s Walter here, I\'ll want a jug of the milk, the whole milk, and a loaf of the sourdough", both go in', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say("evening, it's Walter here, I'll want a jug of the milk, the whole milk, and a loaf of the sourdough");
    expect(await t.cartLines()).toEqual([expect.stringMatching(/Whole Milk/), expect.stringMatching(/Sourdough/)]);
  });

  it('"sure why not" to "should I add it?" adds it', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    const offered = await shopper.say('do I have any bananas');
    expect(offered.say).toMatch(/Should I add/);
    await shopper.say('sure why not');
    expect(await t.cartLines()).toEqual(['1 Bananas']);
  });
});

describe('a correction that turns down only a describing word, turns later', () => {
  it('when the shopper says "no, I wanted the two percent milk, not whole" after lemons went in since the milk, the milk is traded and no second milk goes in', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add whole milk');
    await shopper.say('add some lemons');
    const traded = await shopper.intent('CorrectionIntent', { product: 'two percent milk', rejected: 'whole' });
    expect(traded.say).toBe("Okay, I swapped Whole Milk for 2% Reduced Fat Milk in your cart. If that's wrong, say undo.");
    expect(await t.cartLines()).toEqual(['1 2% Reduced Fat Milk', '1 Lemons']);
  });

  it('when a senior opens with "good morning dear, I\'m doing the shopping for my brother, he needs some pears", the pears go in and no list is made', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say("good morning dear, I'm doing the shopping for my brother, he needs some pears, four of them");
    expect(await t.cartLines()).toEqual([expect.stringMatching(/^4 .*Pears$/)]);
    expect((await t.stateOf()).lists).toEqual({});
  });
});

describe('a yes said with more, and "either"', () => {
  it('"sure why not, throw in some bananas too" to "should I place the order?" places nothing: the bananas go in and the order is read again', async () => {
    const shopper = await t.linkedShopperWith(['butter']);
    await shopper.say('check out');
    const again = await shopper.say('sure why not, throw in some bananas too');
    expect(again.say).toMatch(/^Added Bananas to your cart\. Your order from Corner Grocer has two items: /);
    expect(t.ordersPlaced()).toBe(0);
  });

  it('"and no potatoes either" while the usual is offered leaves the potatoes out', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add potatoes and whole milk');
    await shopper.say('save my cart as my usual');
    await shopper.say('clear my cart');
    await shopper.say('yes');
    await shopper.say('reorder my usual');
    const without = await shopper.say('and no potatoes either');
    expect(without.say).toMatch(/^Okay, without .*Potatoes\. Should I put the other item in your cart\?$/);
  });
});

describe('an amount put right a turn after something else went in', () => {
  it('when the shopper says "no, I said six lemons" after bacon went in since the four lemons, the lemons become six and the bacon stays', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('four lemons');
    await shopper.say('a pound of bacon');
    const changed = await shopper.intent('CorrectionIntent', { product: 'six lemons' });
    expect(changed.say).toBe('Okay, six Lemons.');
    expect(await t.cartLines()).toEqual(['6 Lemons', '1 pound Original Bacon']);
  });
});

describe('a yes said the way people say it', () => {
  it('"cool" to "should I add it?" adds it, and "cool" with nothing asked adds nothing: never a candy named for the word', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('do I have any bananas');
    await shopper.say('cool');
    expect(await t.cartLines()).toEqual(['1 Bananas']);
    await shopper.say('cool');
    expect(await t.cartLines()).toEqual(['1 Bananas']);
  });

  it('"that works" to "should I place the order?" places it', async () => {
    const shopper = await t.linkedShopperWith(['butter']);
    await shopper.say('check out');
    await shopper.say('that works');
    expect(t.ordersPlaced()).toBe(1);
  });
});
