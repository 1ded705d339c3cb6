import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestSkill, type TestSkill } from '../support/skill.ts';

/**
 * An eighth round of conversations played as shoppers: a thing the store has never heard of, said
 * with a count; a request said again while its question waits; items said in one breath with no
 * "and" between them. Each one once went wrong.
 */

let t: TestSkill;
beforeEach(async () => {
  t = await startTestSkill();
});
afterEach(async () => {
  await t.close();
});

describe('a thing no sample and no product has ever named', () => {
  it('"one quince" at the welcome is a request: the shopper hears the store has none, and nothing changes', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add oats');
    const asked = await shopper.say('one quince');
    expect(asked.intent).toBe('AddItemIntent');
    expect(asked.say).toBe("Sorry, I couldn't find quince at Corner Grocer.");
    expect(await t.cartLines()).toEqual(['1 Old Fashioned Oats']);
  });

  it('"a persimmon please" is asked for, not taken for talk', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    const asked = await shopper.say('a persimmon please');
    expect(asked.say).toBe("Sorry, I couldn't find persimmon at Corner Grocer.");
  });

  it('a mumble with nothing around it to say an item is meant is still not understood', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    expect((await shopper.say('zorble the wimbet')).intent).toBe('AMAZON.FallbackIntent');
  });
});

describe('a request said again while its question waits', () => {
  it('"rice and beans" again, while "which beans?" waits, adds no second rice and asks about the beans once', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add rice and beans');
    const again = await shopper.say('rice and beans');
    expect(again.say).toMatch(/^I've already added the rice to your cart\. Which beans did you mean/);
    const chosen = await shopper.say('the first one');
    expect(chosen.say).toBe('Added Black Beans to your cart.');
    expect(await t.cartLines()).toEqual(['1 Long Grain White Rice', '1 Black Beans']);
  });

  it('"add rice" twice with nothing waiting is two rices, as asked', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add rice');
    await shopper.say('add rice');
    expect(await t.cartLines()).toEqual(['2 Long Grain White Rice']);
  });
});

describe('items said in one breath, no "and" between', () => {
  it('"cereal peanut butter and grape jelly" is three items: the cereal is asked about, none is lost', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    const asked = await shopper.say('add cereal peanut butter and grape jelly');
    expect(asked.say).toMatch(/^Added the peanut butter and grape jelly to your cart\. Which cereal did you mean/);
    await shopper.say('the second one');
    expect(await t.cartLines()).toEqual(['1 Creamy Peanut Butter', '1 Concord Grape Jelly', '1 Honey Almond Cheerios']);
  });

  it('"bread peanut butter" is a bread and a peanut butter, never a peanut butter made of bread', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    const asked = await shopper.intent('AddItemIntent', { product: 'bread peanut butter' });
    expect(asked.say).toMatch(/^Added the peanut butter to your cart\. Which bread did you mean/);
    expect(await t.cartLines()).toEqual(['1 Creamy Peanut Butter']);
  });
});

describe('answering an offer in other words than yes', () => {
  it('"I\'ll take the gala ones" to "should I add it?" of Gala Apples adds them', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    expect((await shopper.say('do you carry apples')).say).toMatch(/Gala Apples .*Should I add it to your cart\?$/);
    expect((await shopper.say("I'll take the gala ones")).say).toBe('Added Gala Apples to your cart.');
    expect(await t.cartLines()).toEqual(['1 Gala Apples']);
  });

  it('"three of them" to the same offer adds three, where it had asked which item to change', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('do you carry apples');
    expect((await shopper.say('three of them')).say).toBe('Added three Gala Apples to your cart.');
    expect(await t.cartLines()).toEqual(['3 each Gala Apples']);
  });

  it('"how much are they" just after the apples went in asks about those apples', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add three gala apples');
    const asked = await shopper.say('how much are they');
    expect(asked.say).toMatch(/^Corner Grocer has Gala Apples at one dollar and 99 cents a pound\. You have three Gala Apples in your cart\./);
    expect(await t.cartLines()).toEqual(['3 each Gala Apples']);
  });
});

describe('a basket asked for again', () => {
  it('the usual on top of a cart that has some of it leaves those lines as the shopper made them', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add two gallons of whole milk');
    await shopper.say('save my cart as my sunday order');
    await shopper.say('add a dozen eggs');
    await shopper.say('order my sunday order');
    expect((await shopper.say('yes')).say).toMatch(/One was already there, and I left it as it was\./);
    expect(await t.cartLines()).toEqual(['2 gallon Whole Milk', '1 dozen Large White Eggs']);
  });
});

describe('changing one\'s mind about what just went off', () => {
  it('"wait no, keep the eggs" just after the eggs came off puts them back', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add eggs and milk');
    const before = await t.cartLines();
    await shopper.say('take off the eggs');
    const kept = await shopper.say('wait no keep the eggs');
    expect(kept.intent).toBe('KeepItemIntent');
    expect(kept.say).toBe('Okay, I took back removing Large White Eggs from your cart.');
    expect(await t.cartLines()).toEqual(before);
  });

  it('"oh no, leave the milk in" after the eggs came off keeps the milk as it is and brings back nothing', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add eggs and milk');
    await shopper.say('take off the eggs');
    expect((await shopper.say('oh no, leave the milk in')).intent).toBe('KeepItemIntent');
    expect(await t.cartLines()).toEqual(['1 Whole Milk']);
  });

  it('"never mind, put it back" takes back the removal, never a removal of "put it back"', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add oats');
    await shopper.say('take off the oats');
    const undone = await shopper.say('never mind, put it back');
    expect(undone.intent).toBe('UndoIntent');
    expect(await t.cartLines()).toEqual(['1 Old Fashioned Oats']);
  });
});

describe('checking what was heard', () => {
  it('"is that everything I said" reads the cart and keeps listening', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add oats');
    const read = await shopper.say('is that everything I said');
    expect(read.say).toBe("You have one item in your cart: Old Fashioned Oats. That's everything.");
    expect(read.ended).toBe(false);
  });

  it('"cereal and granola" said bare at the welcome adds the granola and asks which cereal', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    const asked = await shopper.say('cereal and granola');
    expect(asked.say).toMatch(/^Added the granola to your cart\. Which cereal did you mean/);
    expect(await t.cartLines()).toEqual(['1 Honey Oat Granola']);
  });

  it('"I said gallon", its "a" lost, makes the milk a gallon, never adds gallon bags', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add milk');
    const corrected = await shopper.intent('CorrectionIntent', { product: 'gallon' });
    expect(corrected.say).toBe('Sorry about that. I made it a gallon of Whole Milk.');
    expect(await t.cartLines()).toEqual(['1 gallon Whole Milk']);
  });
});

describe('a list just read, moved', () => {
  it('"move it to my cart" just after a list was read offers that list, and puts it in on yes', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('start a new list called bake sale');
    await shopper.say('add flour and sugar');
    await shopper.say('read me the bake sale list');
    expect((await shopper.say('move it to my cart')).say).toBe('Your bake sale list has two items. Should I put them in your cart?');
    await shopper.say('yes');
    expect(await t.cartLines()).toHaveLength(2);
  });
});

describe('asking whether a thing is there, several of its kind sold', () => {
  it('"do I have any bread?" with none there offers which bread, and "the second one" adds it', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    const asked = await shopper.say('do I have any bread');
    expect(asked.say).toMatch(/^I don't see bread in your cart\. Would you like one of these: one, .*Or say no\.$/);
    expect(await t.cartLines()).toEqual([]);
    await shopper.say('the second one');
    expect(await t.cartLines()).toHaveLength(1);
  });

  it('"no" to that offer adds nothing, and says so', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('do I have any coffee');
    expect((await shopper.say('no')).say).toBe("Okay, I didn't add the coffee.");
    expect(await t.cartLines()).toEqual([]);
  });
});

describe('a ninth handful, from the last round of play', () => {
  it('"and crackers to go with it" adds crackers: what a thing goes with is talk, not part of its name', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add three cans of tomato soup');
    const added = await shopper.say('and crackers to go with it');
    expect(added.say).toMatch(/^(Added Original Ritz Crackers to your cart\.|Which crackers did you mean)/);
  });

  it('"no thanks" to "should I add Gala Apples?" says the apples were not added, nothing about amounts', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    expect((await shopper.say('do I have any apples')).say).toBe("I don't see apples in your cart. Should I add Gala Apples?");
    expect((await shopper.say('no thanks')).say).toBe("Okay, I didn't add the apples.");
    expect(await t.cartLines()).toEqual([]);
  });

  it('"no, I meant the hot dog bun" after hamburger buns trades them for the frankfurter buns, and adds no hot dogs', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add hamburger buns');
    const corrected = await shopper.say('no, I meant the hot dog bun');
    expect(corrected.say).toBe('Sorry about that. I replaced Hamburger Buns with Frankfurter Buns.');
    expect(await t.cartLines()).toEqual(['1 Frankfurter Buns']);
  });

  it('"what\'s my last item" says the newest line', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add two lemons');
    const asked = await shopper.say("what's my last item");
    expect(asked.intent).toBe('LastAddedIntent');
    expect(asked.say).toMatch(/^The last thing you added was two Lemons/);
  });
});

describe('a kind said just after an add', () => {
  it('"the strawberry one" just after plain Greek yogurt makes it the strawberry yogurt, never adds strawberries', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add plain greek yogurt');
    const described = await shopper.say('the strawberry one');
    expect(described.say).toBe("Okay, I swapped Plain Greek Yogurt for Strawberry Greek Yogurt in your cart. If that's wrong, say undo.");
    expect(await t.cartLines()).toEqual(['1 Strawberry Greek Yogurt']);
  });

  it('a kind that fits one of several just added swaps that one, whatever else the words could name', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.intent('AddItemIntent', { product: 'oats and greek yogurt' });
    await shopper.intent('ChooseOptionIntent', { product: 'strawberry' });
    expect(await t.cartLines()).toEqual(['1 Old Fashioned Oats', '1 Strawberry Greek Yogurt']);
  });
});
