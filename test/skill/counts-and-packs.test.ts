import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestSkill, type TestSkill } from '../support/skill.ts';

let t: TestSkill;
beforeEach(async () => {
  t = await startTestSkill();
});
afterEach(async () => {
  await t.close();
});

/** Says `text` as an AddItemIntent with the slots Alexa would fill, in an open session. */
async function add(shopper: ReturnType<TestSkill['shopper']>, slots: Record<string, string>) {
  return shopper.intent('AddItemIntent', slots, { heard: `add ${Object.values(slots).join(' ')}` });
}

describe('counts said against how a product is sold', () => {
  it('"six eggs" against cartons of twelve asks, and never adds six cartons said back as six eggs', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    const asked = await add(shopper, { quantity: '6', product: 'eggs' });
    expect(asked.say).toBe("The Large White Eggs come by the dozen, so I can't add just six. Should I add a dozen?");
    expect(asked.reprompt).toBe('Should I add a dozen Large White Eggs? Say yes or no.');
    expect(await t.cartLines()).toEqual([]);
    expect((await shopper.say('yes')).say).toBe('Added a dozen Large White Eggs to your cart.');
    expect(await t.cartLines()).toEqual(['1 Large White Eggs']);
  });

  it('"two onions" against a three pound bag asks, and never adds two bags said back as two onions; a bag said is a bag, on the same line', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    const asked = await add(shopper, { quantity: '2', product: 'onions' });
    expect(asked.say).toBe("The Yellow Onions come in 3 pound bags, so I can't add just two. Should I add one bag?");
    expect(await t.cartLines()).toEqual([]);
    await shopper.say('yes');
    expect((await add(shopper, { unit: 'bag', product: 'onions' })).say).toBe('Added Yellow Onions to your cart. That makes two bags of Yellow Onions.');
    expect(await t.cartLines()).toEqual(['2 Yellow Onions']);
  });

  it('a "no" to the carton adds nothing', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add two hamburger buns');
    expect((await shopper.say('no')).say).toBe("Okay, I didn't add the hamburger buns.");
    expect(await t.cartLines()).toEqual([]);
  });

  it('counts that fill whole packs are those packs, said back as packs', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    expect((await add(shopper, { quantity: '24', product: 'eggs' })).say).toBe('Added two dozen Large White Eggs to your cart.');
    expect((await shopper.say('add sixteen hamburger buns')).say).toBe('Added two packs of Hamburger Buns to your cart.');
    expect(await t.cartLines()).toEqual(['2 Large White Eggs', '2 Hamburger Buns']);
  });

  it('eighteen eggs are the eighteen-pack the store sells, not a dozen and a half of cartons', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    expect((await add(shopper, { quantity: '18', product: 'eggs' })).say).toBe('Added Large White Eggs 18 Pack to your cart.');
    expect(await t.cartLines()).toEqual(['1 Large White Eggs 18 Pack']);
  });

  it('a dozen is a carton, and "two dozen" two', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    expect((await shopper.say('add a dozen eggs')).say).toBe('Added a dozen Large White Eggs to your cart.');
    expect((await shopper.say('add two dozen eggs')).say).toBe('Added two dozen Large White Eggs to your cart. That makes three dozen Large White Eggs.');
  });

  it('things not counted one by one are counted in packs: two string cheese are two packs', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    expect((await shopper.say('add two string cheese')).say).toBe('Added two packs of Mozzarella String Cheese to your cart.');
    expect((await shopper.say('add two paper towels')).say).toBe('Added two packs of Bounty Select-A-Size Paper Towels to your cart.');
  });

  it('"two rolls of paper towels" names the rolls, which come six to a pack: asked', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    const asked = await add(shopper, { quantity: '2', unit: 'rolls', product: 'paper towels' });
    expect(asked.say).toBe("The Bounty Select-A-Size Paper Towels come in packs of six, so I can't add just two. Should I add one pack?");
    expect(await t.cartLines()).toEqual([]);
  });
});

describe('things sold by the pound, counted', () => {
  it('"two apples" are two apples, said back that way and kept as a count for the store to weigh', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    expect((await add(shopper, { quantity: '2', product: 'apples' })).say).toBe('Added two Gala Apples to your cart.');
    expect((await shopper.say('add one banana')).say).toBe('Added one Banana to your cart.');
    expect(await t.cartLines()).toEqual(['2 each Gala Apples', '1 each Bananas']);
    // Pounds are still pounds, kept apart from the count.
    expect((await shopper.say('add two pounds of bananas')).say).toBe('Added two pounds of Bananas to your cart.');
    expect(await t.cartLines()).toEqual(['2 each Gala Apples', '1 each Bananas', '2 pound Bananas']);
  });

  it('the cart total is an estimate for what is weighed: two apples are not two pounds', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add two apples');
    // Gala Apples are 1.99 a pound, about 0.4 pound each: about 1.59 dollars, not 3.98.
    expect((await shopper.say("what's my total")).say).toBe('Your one item comes to about one dollar and 59 cents, before tax and delivery.');
  });

  it('"no, I said pears" after two apples is two pears', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add two apples');
    expect((await shopper.say('no I said pears')).say).toBe('Sorry about that. I replaced Gala Apples with two Bartlett Pears.');
    expect(await t.cartLines()).toEqual(['2 each Bartlett Pears']);
  });
});

describe('read-back grammar follows the count', () => {
  it('never "a loaf of Sourdough Loaf": the name is the loaf', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    expect((await add(shopper, { unit: 'loaf', product: 'sourdough' })).say).toBe('Added a Sourdough Loaf to your cart.');
    expect((await shopper.say('add two loaves of sourdough')).say).toBe('Added two Sourdough Loaves to your cart. That makes three Sourdough Loaves.');
  });

  it('a counted name is plural, a name not counted is not', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    expect((await shopper.say('add two baguettes')).say).toBe('Added two French Baguettes to your cart.');
    expect((await shopper.say('add three whole milk')).say).toBe('Added three Whole Milk to your cart.');
  });
});
