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

/** The cart as "quantity unit name", easy to read in a failing assertion. */
async function cartLines(): Promise<string[]> {
  return (await t.stateOf()).cart.map((line) => [line.quantity, line.unit, line.name].filter((part) => part !== null).join(' '));
}

describe('a senior building a list', () => {
  it('"undo" after "no, I meant honeycrisp" puts back what was replaced, as it says', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add some apples');
    expect((await shopper.say('no I meant honeycrisp apples')).say).toBe('Sorry about that. I replaced Gala Apples with Honeycrisp Apples.');
    expect((await shopper.say('undo')).say).toBe('Okay, I took back replacing Gala Apples with Honeycrisp Apples.');
    expect(await cartLines()).toEqual(['1 Gala Apples']);
    expect((await shopper.say('undo')).say).toBe('Okay, I took back adding Gala Apples to your cart.');
    expect(await cartLines()).toEqual([]);
  });

  it('a second correction replaces the first, and each undo takes back one step', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add a gallon of whole milk');
    await shopper.say('add bears');
    await shopper.say('no I said pears');
    expect((await shopper.say('no I meant honeycrisp apples')).say).toBe('Sorry about that. I replaced Bartlett Pears with Honeycrisp Apples.');
    expect(await cartLines()).toEqual(['1 gallon Whole Milk', '1 Honeycrisp Apples']);
    await shopper.say('undo');
    expect(await cartLines()).toEqual(['1 gallon Whole Milk', '1 Bartlett Pears']);
    await shopper.say('undo');
    expect(await cartLines()).toEqual(['1 gallon Whole Milk', '1 Gold-Bears Gummy Bears']);
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
    expect(await cartLines()).toEqual(['1 gallon Whole Milk']);
  });
});

describe('Dash-style one-shots and taking them back', () => {
  it('"actually remove it" right after an add takes off what was just added', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add two pounds of bananas');
    await shopper.say('add paper towels');
    expect((await shopper.say('actually remove it')).say).toBe('Removed Bounty Select-A-Size Paper Towels from your cart.');
    expect(await cartLines()).toEqual(['2 pound Bananas']);
    // With nothing just added, "it" could be anything: ask.
    const asked = await shopper.say('scratch that');
    expect(asked.say).toBe('What would you like to take off?');
    expect(await cartLines()).toEqual(['2 pound Bananas']);
  });

  it('"remove it" after a correction takes off the corrected product', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add bears');
    await shopper.say('no I said pears');
    expect((await shopper.say('take that off')).say).toBe('Removed Bartlett Pears from your cart.');
    expect(await cartLines()).toEqual([]);
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
    // A one-shot that is complete still ends in one answer.
    expect((await shopper.say('ask corner grocer to add paper towels')).ended).toBe(true);
  });
});

