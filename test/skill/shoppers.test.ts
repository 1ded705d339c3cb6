import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestSkill, type TestSkill } from '../support/skill.ts';

/**
 * Conversations found by playing real shoppers against the skill: a senior building a list over
 * several sessions, a reorder shopper, Dash-style one-shots and checkout. Each one once went wrong.
 */

let t: TestSkill;
beforeEach(async () => {
  t = await startTestSkill();
});
afterEach(async () => {
  await t.close();
});

describe('a senior building a list', () => {
  it('"undo" after "no, I meant honeycrisp" puts back what was replaced, as it says', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add some apples');
    expect((await shopper.say('no I meant honeycrisp apples')).say).toBe('Sorry about that. I replaced Gala Apples with Honeycrisp Apples.');
    expect((await shopper.say('undo')).say).toBe('Okay, I took back replacing Gala Apples with Honeycrisp Apples.');
    expect(await t.cartLines()).toEqual(['1 Gala Apples']);
    expect((await shopper.say('undo')).say).toBe('Okay, I took back adding Gala Apples to your cart.');
    expect(await t.cartLines()).toEqual([]);
  });

  it('a second correction replaces the first, and each undo takes back one step', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add a gallon of whole milk');
    await shopper.say('add bears');
    await shopper.say('no I said pears');
    expect((await shopper.say('no I meant honeycrisp apples')).say).toBe('Sorry about that. I replaced Bartlett Pears with Honeycrisp Apples.');
    expect(await t.cartLines()).toEqual(['1 gallon Whole Milk', '1 Honeycrisp Apples']);
    await shopper.say('undo');
    expect(await t.cartLines()).toEqual(['1 gallon Whole Milk', '1 Bartlett Pears']);
    await shopper.say('undo');
    expect(await t.cartLines()).toEqual(['1 gallon Whole Milk', '1 Gold-Bears Gummy Bears']);
  });

  it('"no, I said pears" after several products in one breath drops none of them', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add whole milk and a dozen eggs');
    expect(await t.cartLines()).toEqual(['1 Whole Milk', '1 dozen Large White Eggs']);
    expect((await shopper.say('no I said pears')).say).toBe('Added Bartlett Pears to your cart.');
    expect(await t.cartLines()).toEqual(['1 Whole Milk', '1 dozen Large White Eggs', '1 Bartlett Pears']);
  });

  it('"change the eggs on my picnic list to two" changes the list, not a search of the cart for "eggs on my picnic list"', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add eggs to my picnic list');
    expect((await shopper.say('change the eggs on my picnic list to two')).say).toBe('Okay, two dozen Large White Eggs.');
    expect((await t.stateOf()).lists['picnic']?.map((line) => line.quantity)).toEqual([2]);
  });

  it('"no no", "no wait" and "no thank you, that\'s all" change nothing in the cart', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add a gallon of whole milk');
    expect((await shopper.say('no no')).intent).toBe('AMAZON.NoIntent');
    expect((await shopper.say('no wait')).intent).toBe('AMAZON.NoIntent');
    const done = await shopper.say("no thank you that's all");
    expect(done.say).toBe('Goodbye. Your cart is saved.');
    expect(done.ended).toBe(true);
    expect(await t.cartLines()).toEqual(['1 gallon Whole Milk']);
  });
});

describe('an older shopper, in their own words', () => {
  it('a choice the skill could not hear is asked again, not dropped for a general menu', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add chips');
    expect((await shopper.say('the cheaper one')).say).toBe("Sorry, I didn't catch that. Say a number from one to three, or say cancel.");
    expect((await shopper.say('the first one')).say).toBe('Added Classic Potato Chips to your cart.');
  });


  it('keeps the amount said after "could you put down" or "and", and with "let me have"', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    expect((await shopper.say('could you put down a dozen eggs for me')).say).toBe('Added a dozen Large White Eggs to your cart.');
    expect((await shopper.say('and a jar of peanut butter')).say).toBe('Added a jar of Creamy Peanut Butter to your cart.');
    expect((await shopper.say('let me have two cans of tomato soup')).say).toBe('Added two cans of Tomato Soup to your cart.');
    expect(await t.cartLines()).toEqual(['1 dozen Large White Eggs', '1 jar Creamy Peanut Butter', '2 can Tomato Soup']);
  });

  it('"you\'re going too fast" slows down, "what was that" says it again, "what have I got so far" reads the cart', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add a gallon of whole milk');
    expect((await shopper.say("you're going too fast")).say).toBe("Okay, I'll speak more slowly. Again: Added a gallon of Whole Milk to your cart.");
    expect((await t.stateOf()).pace).toBe('slow');
    await shopper.say('add a dozen eggs');
    expect((await shopper.say('what was that')).say).toBe('Added a dozen Large White Eggs to your cart.');
    expect((await shopper.say('what have I got so far')).say).toBe(
      "You have two items in your cart: a gallon of Whole Milk and a dozen Large White Eggs. That's everything.",
    );
  });
});

describe('Dash-style one-shots and taking them back', () => {
  it('"actually remove it" right after an add offers to take off what was just added, and takes it off on yes', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add two pounds of bananas');
    await shopper.say('add paper towels');
    const offered = await shopper.say('actually remove it');
    expect(offered.say).toBe('Should I take Bounty Select-A-Size Paper Towels, which you just added, off your cart?');
    expect(await t.cartLines()).toEqual(['2 pound Bananas', '1 Bounty Select-A-Size Paper Towels']);
    expect((await shopper.say('yes')).say).toBe('Removed Bounty Select-A-Size Paper Towels from your cart.');
    expect(await t.cartLines()).toEqual(['2 pound Bananas']);
    // With nothing just added, "it" could be anything: ask.
    const asked = await shopper.say('scratch that');
    expect(asked.say).toBe('What would you like to take off?');
    expect(await t.cartLines()).toEqual(['2 pound Bananas']);
  });

  it('"remove it" after a correction takes off the corrected product', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add bears');
    await shopper.say('no I said pears');
    expect((await shopper.say('take that off')).say).toBe('Should I take Bartlett Pears, which you just added, off your cart?');
    expect((await shopper.say('yes please')).say).toBe('Removed Bartlett Pears from your cart.');
    expect(await t.cartLines()).toEqual([]);
  });

  it('a one-shot add of something sold each names no size: "each" is how it is priced', async () => {
    const shopper = t.shopper();
    expect((await shopper.say('ask corner grocer to add three lemons')).say).toBe('Added three Lemons to your cart. To take it back, say: ask corner grocer to undo.');
  });

  it('a one-shot that needs an answer asks for it and keeps listening, rather than asking and hanging up', async () => {
    const shopper = t.shopper();
    const asked = await shopper.say('ask corner grocer to remove it');
    expect(asked.say).toBe('What would you like to take off?');
    expect(asked.ended).toBe(false);
    expect(asked.reprompt).toBe('Say the name of the product, for example, remove bananas.');
    const add = await shopper.say('ask corner grocer to add something');
    expect(add.say).toBe('What would you like to add?');
    expect(add.ended).toBe(false);
    const help = await shopper.say('ask corner grocer for help');
    expect(help.say).toMatch(/What would you like to do\?$/);
    expect(help.ended).toBe(false);
    const mumble = await shopper.say('ask corner grocer to blorp the flibbet');
    expect(mumble.say).toMatch(/What would you like\?$/);
    expect(mumble.ended).toBe(false);
    const bananas = await shopper.say('ask corner grocer to add two pounds of bananas');
    expect(bananas.say).toBe('Added two pounds of Bananas to your cart. To take it back, say: ask corner grocer to undo.');
    expect((await shopper.say("ask corner grocer what's my total")).say).toBe('Your one item comes to about one dollar and 18 cents, before tax and delivery.');
    // A one-shot that is complete still ends in one answer.
    expect((await shopper.say('ask corner grocer to add paper towels')).ended).toBe(true);
  });
});

