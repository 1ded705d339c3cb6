import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestSkill, type TestSkill } from '../support/skill.ts';

/**
 * A thirteenth round of conversations played as shoppers: taking back a one-shot add from a new
 * visit, and things said in one breath with a kind said after them. Each once lost an item or
 * answered as if nothing had been named.
 */

let t: TestSkill;
beforeEach(async () => {
  t = await startTestSkill();
});
afterEach(async () => {
  await t.close();
});

describe('taking back a one-shot add from the next visit', () => {
  it('when the shopper says "ask corner grocer to take that back off" after a one-shot add, voicecart asks about that item, and a yes takes it off', async () => {
    const shopper = t.shopper();
    await shopper.say('ask corner grocer to add a dozen eggs');
    await shopper.say('ask corner grocer to add whole milk');
    const asked = await shopper.say('ask corner grocer to take that back off');
    expect(asked.say).toBe('Should I take Whole Milk, which you just added, off your cart?');
    await shopper.say('yes');
    expect(await t.cartLines()).toEqual([expect.stringMatching(/Eggs/)]);
  });

  it('when Alexa hears "take that back off" as a product called "that back", nothing called that is looked for: the item just added is offered', async () => {
    const shopper = t.shopper();
    await shopper.say('ask corner grocer to add bananas');
    const asked = await shopper.intent('RemoveItemIntent', { product: 'that back' }, { oneShot: true });
    expect(asked.say).toBe('Should I take Bananas, which you just added, off your cart?');
    expect(await t.cartLines()).toHaveLength(1);
  });

  it('when the latest change took something off, "take that back off" in a new visit asks what to take off and takes nothing', async () => {
    const shopper = t.shopper();
    await shopper.say('ask corner grocer to add bananas and whole milk');
    await shopper.say('ask corner grocer to remove the bananas');
    const asked = await shopper.say('ask corner grocer to take that back off');
    expect(asked.say).toMatch(/^What would you like to take off/);
    expect(await t.cartLines()).toEqual([expect.stringMatching(/Whole Milk/)]);
  });
});

describe('a kind said after several things in one breath', () => {
  it('when the shopper says "add apples, milk, eggs, the brown ones", the apples and milk go in with the brown eggs', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add apples milk eggs the brown ones');
    const lines = await t.cartLines();
    expect(lines).toHaveLength(3);
    expect(lines.join(' | ')).toMatch(/Apples.*Milk.*Brown Eggs/);
  });
});

describe('cancelling with two orders on the way', () => {
  it('when the shopper asks to cancel an order, voicecart names the items of the order a yes would cancel, and a no cancels nothing', async () => {
    const first = await t.linkedShopperWith(['whole milk']);
    await first.say('check out');
    await first.say('yes');
    const second = await t.linkedShopperWith(['bananas']);
    await second.say('check out');
    await second.say('yes');
    const back = t.shopper({ accessToken: t.linkAccount('customer-1') });
    await back.launch();
    const asked = await back.say('cancel my order');
    expect(asked.say).toBe('Should I cancel your order of Bananas, arriving tomorrow between 9 and 11 am?');
    expect((await back.say('no')).say).toBe('Okay, your order stands.');
    expect(t.ordersPlaced()).toBe(2);
  });
});

describe('putting right one of several things just added', () => {
  it('when the shopper adds rice and a box of earl grey, then says "no, make it english breakfast", the tea is traded and the rice stays', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add rice and a box of earl grey');
    const traded = await shopper.say('no, make it english breakfast');
    expect(traded.say).toMatch(/^Okay, I swapped Earl Grey Tea for a box of English Breakfast Tea in your cart\./);
    expect(await t.cartLines()).toEqual([expect.stringMatching(/Rice/), expect.stringMatching(/English Breakfast Tea/)]);
  });

  it('when the shopper says "no I meant the brown eggs" after milk and eggs, the white eggs go and the milk stays', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add milk and eggs');
    await shopper.say('no I meant the brown eggs');
    const lines = (await t.cartLines()).join(' | ');
    expect(lines).toMatch(/Whole Milk/);
    expect(lines).toMatch(/Brown Eggs/);
    expect(lines).not.toMatch(/White Eggs/);
  });

  it('when the shopper names the thing that was wrong, "no, not the shrimp, the salmon", and no salmon is sold, the shrimp stays and nothing else is added again', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add chicken thighs, a pound of shrimp and some rice');
    const before = await t.cartLines();
    const answered = await shopper.say('no, not the shrimp, the salmon');
    expect(answered.say).toMatch(/^I couldn't find salmon at Corner Grocer, so Large Raw Shrimp stays in your cart\./);
    expect(await t.cartLines()).toEqual(before);
  });

  it('when "which bread?" waits and the shopper says "no wait, make that three pounds of bananas" of the bananas just added, the bananas become three pounds and the bread is still asked about', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add a loaf of bread');
    await shopper.say('two pounds of bananas');
    const corrected = await shopper.say('no wait, make that three pounds of bananas');
    expect(corrected.say).toMatch(/^Okay, three pounds of Bananas\. And which bread did you mean/);
    expect(await t.cartLines()).toEqual(['3 pound Bananas']);
  });

  it('when the shopper is asked "which bears?" and says "no no, I said pears, not bears", two pounds of pears go in, as first asked', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('put two pounds of bears in my cart');
    const added = await shopper.say('no no, I said pears, not bears');
    expect(added.say).toBe('Added two pounds of Bartlett Pears to your cart.');
    expect(await t.cartLines()).toEqual(['2 pound Bartlett Pears']);
  });
});

describe('one more thing, another size, another kind', () => {
  it('when the shopper adds whole milk and then says "also skim", both milks are in the cart', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add whole milk');
    expect((await shopper.say('also skim')).say).toBe('Added Fat Free Skim Milk to your cart.');
    expect(await t.cartLines()).toEqual(['1 Whole Milk', '1 Fat Free Skim Milk']);
  });

  it('when the shopper says "actually make it the 18 pack" of a dozen eggs, the eighteen-egg carton takes its place, not eighteen cartons', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add a dozen eggs');
    const traded = await shopper.say('actually make it the 18 pack');
    expect(traded.say).toMatch(/^Okay, I swapped Large White Eggs for Large White Eggs 18 Pack in your cart\./);
    expect(await t.cartLines()).toEqual(['1 Large White Eggs 18 Pack']);
  });

  it('when the shopper asks for a pack size the store does not sell, how many is asked and nothing changes', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add whole milk');
    expect((await shopper.say('make it the 6 pack')).say).toBe('You have Whole Milk. How many would you like?');
    expect(await t.cartLines()).toEqual(['1 Whole Milk']);
  });

  it('when the shopper says "change the eggs to brown eggs", the white eggs are traded for the brown, never two more added', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add a dozen eggs');
    await shopper.say('add whole milk');
    const traded = await shopper.say('change the eggs to brown eggs');
    expect(traded.say).toMatch(/^Okay, I swapped Large White Eggs for a dozen Pasture-Raised Large Brown Eggs in your cart\./);
    expect(await t.cartLines()).toEqual([expect.stringMatching(/Brown Eggs/), '1 Whole Milk']);
  });
});

describe('turning down one of several things just added', () => {
  it('when the shopper says "no, not that one" after two things went in, voicecart asks which, and takes off only the one chosen', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('I need bananas and some pears');
    const asked = await shopper.say('no, not that one');
    expect(asked.say).toBe('Which one should I take off: one, Bananas and two, Bartlett Pears? Say one or two.');
    expect((await shopper.say('two')).say).toBe('Removed Bartlett Pears from your cart.');
    expect(await t.cartLines()).toEqual([expect.stringMatching(/Bananas/)]);
  });

  it('when the shopper says "no" after two adds and answers "neither" to which, both stay', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add milk and eggs');
    expect((await shopper.say('no')).say).toMatch(/^Which one should I take off: one, Whole Milk and two, /);
    expect((await shopper.say('neither')).say).toBe('Okay, I left it as it was.');
    expect(await t.cartLines()).toHaveLength(2);
  });
});

describe('backing out of what just went in', () => {
  it.each(['never mind', 'forget it', 'cancel that'])('when the shopper says "%s" just after an add, voicecart asks whether to take it off, and a yes does', async (said) => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add a pound of ground turkey');
    const asked = await shopper.say(said);
    expect(asked.say).toBe('Should I take Lean Ground Turkey, which you just added, off your cart?');
    expect(asked.ended).toBe(false);
    await shopper.say('yes');
    expect(await t.cartLines()).toEqual([]);
  });
});

describe('the same thing said better in the next breath', () => {
  it('when the shopper says "add soda, two of the cokes", two cokes go in, not a soda and two more', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add soda, two of the cokes');
    const lines = await t.cartLines();
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^2 .*Coca-Cola/);
  });
});

describe('a count of eggs', () => {
  it('when the shopper says "make the eggs eighteen" of a dozen, the carton of eighteen takes its place, never eighteen dozen', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add eggs');
    await shopper.say('make the eggs eighteen');
    expect(await t.cartLines()).toEqual(['1 Large White Eggs 18 Pack']);
  });

  it('"make the eggs twenty four" of a dozen is two dozen', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add eggs');
    expect((await shopper.say('make the eggs twenty four')).say).toBe('Okay, two dozen Large White Eggs.');
  });
});

describe('a correction that fits several of the things just added', () => {
  it('when the shopper adds apples, oranges and pears and says "no I meant the green apples", only the apples are traded', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add apples oranges and pears');
    await shopper.say('no I meant the green apples');
    const lines = (await t.cartLines()).join(' | ');
    expect(lines).toMatch(/Granny Smith/);
    expect(lines).not.toMatch(/Gala/);
    expect(lines).toMatch(/Oranges/);
    expect(lines).toMatch(/Pears/);
  });
});

describe('"back off" said of what just went in', () => {
  it('when the shopper says "take the bananas back off", the bananas come off, never a search for "bananas back"', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add bananas and carrots');
    expect((await shopper.say('take the bananas back off')).say).toBe('Removed Bananas from your cart.');
    expect(await t.cartLines()).toEqual([expect.stringMatching(/Carrots/)]);
  });

  it('when the shopper says "take that back off" after two things went in, voicecart asks which', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add milk and eggs');
    expect((await shopper.say('take that back off')).say).toMatch(/^Which one should I take off: one, Whole Milk and two, /);
    expect(await t.cartLines()).toHaveLength(2);
  });
});

describe('a correction to a thing on the same shelf', () => {
  it('when the shopper puts in cheddar and says "no I meant the shredded mozzarella", the mozzarella takes its place', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('put in some cheddar');
    expect((await shopper.say('no I meant the shredded mozzarella')).say).toBe('Sorry about that. I replaced Sharp Cheddar Cheese with Shredded Mozzarella Cheese.');
    expect(await t.cartLines()).toEqual(['1 Shredded Mozzarella Cheese']);
  });
});
