import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestSkill, type TestSkill } from '../support/skill.ts';

let t: TestSkill;
beforeEach(async () => {
  t = await startTestSkill();
});
afterEach(async () => {
  await t.close();
});

describe('asking about one product', () => {
  it('answers "did I add milk?" from the cart, without reading the whole list, and offers what is not there without adding it', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add two gallons of whole milk');
    expect((await shopper.intent('ReadCartIntent', { product: 'milk' })).say).toBe('Yes, you have two gallons of Whole Milk in your cart.');
    expect((await shopper.intent('ReadCartIntent', { product: 'eggs' })).say).toBe("I don't see eggs in your cart. Should I add a dozen Large White Eggs?");
    expect(await t.cartLines()).toEqual(['2 gallon Whole Milk']);
  });
});

describe('a question about one product, then "yes"', () => {
  it('"do you have oat milk?" offers it, "yes" adds it, and "no" to the next offer adds nothing', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    const asked = await shopper.say('do you have oat milk');
    expect(asked.say).toMatch(/^Corner Grocer has .*Oatmilk.*\. Should I add it to your cart\?$/);
    expect(await t.cartLines()).toEqual([]);
    expect((await shopper.say('yes')).say).toMatch(/^Added .*Oatmilk/);
    await shopper.say('do you sell sourdough bread');
    await shopper.say('no');
    expect(await t.cartLines()).toEqual(['1 Original Oatmilk']);
  });
});

describe('a price question about something already in the cart', () => {
  it('"how much is the milk?" with 2% milk in the cart prices that milk and changes nothing', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add a gallon of two percent milk');
    const asked = await shopper.say('how much is the milk');
    expect(asked.say).toMatch(/^Corner Grocer has 2% Reduced Fat Milk at .+\. You have a gallon of 2% Reduced Fat Milk in your cart\./);
    expect(await t.cartLines()).toEqual(['1 gallon 2% Reduced Fat Milk']);
  });
});

describe('which one costs least or most', () => {
  it('"what\'s the cheapest milk you have" names the cheapest of the milks, not the milk already in the cart, and changes nothing', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add a gallon of two percent milk');
    const asked = await shopper.say("what's the cheapest milk you have");
    expect(asked.say).toMatch(/^The cheapest milk at Corner Grocer is Chocolate Milk, at 2 dollars and 99 cents\./);
    expect(await t.cartLines()).toEqual(['1 gallon 2% Reduced Fat Milk']);
  });

  it('the price order as Alexa fills it: the cheapest bread is a bread, and the dearest coffee a coffee', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    expect((await shopper.intent('ProductInfoIntent', { product: 'bread', price: 'cheapest' })).say).toMatch(/^The cheapest bread at Corner Grocer is Classic White Bread, at 2 dollars and 99 cents\./);
    expect((await shopper.intent('ProductInfoIntent', { product: 'coffee', price: 'priciest' })).say).toMatch(/^The most expensive coffee at Corner Grocer is .+ Coffee, at 9 dollars and 99 cents\./);
  });
});

describe('a count that does not fill the packs the item comes in', () => {
  it('"make that eighteen" of a dozen eggs says how the eggs come and asks how many dozen; "two" makes it two dozen', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add a dozen large eggs');
    const asked = await shopper.say('actually make that eighteen');
    expect(asked.say).toBe("The Large White Eggs come by the dozen, so I can't make it eighteen. How many dozen would you like?");
    expect(await t.cartLines()).toEqual(['1 dozen Large White Eggs']);
    expect((await shopper.say('two')).say).toBe('Okay, two dozen Large White Eggs.');
    expect(await t.cartLines()).toEqual(['2 dozen Large White Eggs']);
  });
});
