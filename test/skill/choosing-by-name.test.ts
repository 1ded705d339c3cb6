import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestSkill, type TestSkill } from '../support/skill.ts';

let t: TestSkill;
beforeEach(async () => {
  t = await startTestSkill();
});
afterEach(async () => {
  await t.close();
});

async function askedWhichBread(): Promise<ReturnType<TestSkill['shopper']>> {
  const shopper = t.shopper();
  await shopper.launch();
  const asked = await shopper.say('add bread');
  expect(asked.say).toMatch(/^Which bread did you mean: one, Classic White Bread, two, Honey Wheat Bread, and three, Banana Bread\?/);
  return shopper;
}

describe('an offered choice answered by what sets the option apart', () => {
  it('when the shopper says "the wheat one", the wheat bread is added', async () => {
    const shopper = await askedWhichBread();
    const chosen = await shopper.say('the wheat one');
    expect(chosen.intent).toBe('ChooseOptionIntent');
    expect(chosen.say).toBe('Added Honey Wheat Bread to your cart.');
    expect(await t.cartLines()).toEqual(['1 Honey Wheat Bread']);
  });

  it('a correction whose product Alexa heard only as "no" adds nothing, and the choice still waits', async () => {
    const shopper = await askedWhichBread();
    const said = await shopper.intent('CorrectionIntent', { product: 'no', rejected: 'white' });
    expect(said.say).toMatch(/which bread did you mean/);
    expect(await t.cartLines()).toEqual([]);
    await shopper.say('the second one');
    expect(await t.cartLines()).toEqual(['1 Honey Wheat Bread']);
  });

  it('a bare "white", heard as a product to add, answers the choice instead of starting a new request', async () => {
    const shopper = await askedWhichBread();
    const chosen = await shopper.intent('AddItemIntent', { product: 'white' });
    expect(chosen.say).toBe('Added Classic White Bread to your cart.');
    expect(await t.cartLines()).toEqual(['1 Classic White Bread']);
  });

  it('when the description fits some of the options, the choice is asked again among those alone', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    const asked = await shopper.say('add coffee');
    expect(asked.say).toMatch(/^Which coffee did you mean: one, .+, two, .+ Ground Coffee, and three, .+ Ground Coffee\?/);
    const narrowed = await shopper.intent('ChooseOptionIntent', { product: 'ground' });
    expect(narrowed.say).toMatch(/^Which coffee did you mean: one, .+ Ground Coffee and two, .+ Ground Coffee\? Say one or two\.$/);
    expect(await t.cartLines()).toEqual([]);
    expect((await shopper.say('the second one')).say).toMatch(/^Added .+ Ground Coffee to your cart\.$/);
    expect(await t.cartLines()).toEqual([expect.stringMatching(/Ground Coffee$/)]);
  });

  it('"the second one" is the option read second', async () => {
    const shopper = await askedWhichBread();
    expect((await shopper.say('the second one')).say).toBe('Added Honey Wheat Bread to your cart.');
  });

  it('words that fit no option pick nothing: the question is asked again and nothing is added', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add chips');
    expect((await shopper.intent('ChooseOptionIntent', { product: 'gluten free' })).say).toBe("Sorry, I didn't catch that. Say a number from one to three, or say cancel.");
    expect(await t.cartLines()).toEqual([]);
  });

  it('a kind the store has but did not offer ("the sourdough kind") is that kind of the thing asked about', async () => {
    const shopper = await askedWhichBread();
    const answered = await shopper.say('the sourdough kind');
    expect(answered.say).toBe('Added Sourdough Loaf to your cart.');
    expect(await t.cartLines()).toEqual(['1 Sourdough Loaf']);
  });

  it('"the pricier one" is the option that costs most, and "the cheaper one" of two at the same price is asked again', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add chips');
    expect((await shopper.intent('ChooseOptionIntent', { product: 'cheaper' })).say).toMatch(/^Sorry, I didn't catch that\./);
    expect((await shopper.intent('ChooseOptionIntent', { product: 'more expensive' })).say).toBe('Added Nacho Cheese Tortilla Chips to your cart.');
  });

  it('with another item waiting behind the choice, answering by name goes on to it', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add bread and chips');
    const next = await shopper.say('the wheat one');
    expect(next.say).toMatch(/And which chips did you mean/);
    await shopper.say('the barbecue one');
    expect(await t.cartLines()).toEqual(['1 Honey Wheat Bread', '1 Barbecue Potato Chips']);
  });

  it('a product that fits none of the options is a new request: it is added, then the choice is asked again', async () => {
    const shopper = await askedWhichBread();
    expect((await shopper.say('add a dozen eggs')).say).toMatch(/^Added a dozen Large White Eggs to your cart\. And which bread did you mean: one, /);
    expect((await shopper.say('two')).say).toMatch(/^Added .*Bread to your cart\.$/);
    expect(await t.cartLines()).toEqual(['1 dozen Large White Eggs', expect.stringMatching(/^1 .*Bread$/)]);
  });
});

describe('the kind of what was just added, with nothing offered', () => {
  it('"the crunchy one" after peanut butter was added trades it for the crunchy one, and "undo" takes that back', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    expect((await shopper.say('add peanut butter')).say).toBe('Added Creamy Peanut Butter to your cart.');
    const traded = await shopper.intent('ChooseOptionIntent', { product: 'crunchy' });
    expect(traded.say).toBe("Okay, I swapped Creamy Peanut Butter for Crunchy Peanut Butter in your cart. If that's wrong, say undo.");
    expect(await t.cartLines()).toEqual(['1 Crunchy Peanut Butter']);
    await shopper.say('undo');
    expect(await t.cartLines()).toEqual(['1 Creamy Peanut Butter']);
  });
});

describe('the options offered for a request', () => {
  it('when the shopper asks for two wheat breads, only the wheat breads are offered, not the white one ranked near them', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    const asked = await shopper.say('add two wheat breads');
    expect(asked.say).toBe('Which wheat breads did you mean: one, Honey Wheat Bread and two, 100% Whole Wheat Bread? Say one or two.');
    await shopper.say('the second one');
    expect(await t.cartLines()).toEqual(['2 100% Whole Wheat Bread']);
  });
});

describe('an option chosen with its amount', () => {
  it('when the shopper answers "which soup?" with "the second one, three cans", three cans of that soup go in', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add soup');
    const chosen = await shopper.say('the second one, three cans');
    expect(chosen.say).toMatch(/^Added .*Chicken Noodle Soup to your cart\./);
    expect(await t.cartLines()).toEqual(['3 can Chicken Noodle Soup']);
  });

  it('Alexa hearing it as a change at the second place, with nothing read out, chooses that option in that amount', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add soup');
    await shopper.intent('ChangeQuantityIntent', { position: '2', quantity: '3', unit: 'cans' });
    expect(await t.cartLines()).toEqual(['3 can Chicken Noodle Soup']);
  });

  it('an amount nobody buys carried into a choice ("eighty" of bread) is asked about once the option is chosen, never added', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.intent('AddItemIntent', { product: 'bread', quantity: '80' });
    const chosen = await shopper.say('the first one');
    expect(chosen.say).not.toMatch(/^Added/);
    expect(await t.cartLines()).toEqual([]);
  });
});
