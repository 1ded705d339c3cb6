import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PendingSchema } from '../../src/skill/session.ts';
import type { Exchange } from '../../src/skill/conversation.ts';
import { startTestSkill, type TestSkill } from '../support/skill.ts';

let t: TestSkill;
beforeEach(async () => {
  t = await startTestSkill();
});
afterEach(async () => {
  await t.close();
});

const pendingKind = (exchange: Exchange) => PendingSchema.optional().parse(exchange.response.sessionAttributes?.['pending'])?.kind;

describe('a shopper who pauses, asks and changes her mind', () => {
  it('when she starts a question with "wait", it is still a question: nothing comes off', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add peanut butter');
    const asked = await shopper.say('wait, is the peanut butter already in there?');
    expect(asked.intent).toBe('ReadCartIntent');
    expect(await t.cartLines()).toHaveLength(1);
    await shopper.say('hold on, do I have peanut butter in my cart');
    expect(await t.cartLines()).toHaveLength(1);
  });

  it('when she asks about an option while choosing, nothing is picked and the choice still waits', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add crackers');
    const question = await shopper.say('how much is the second one');
    expect(pendingKind(question)).toBe('choose');
    expect(await t.cartLines()).toEqual([]);
  });

  it('when she gives an amount while choosing, it is kept for the one she chooses', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add yogurt');
    const amount = await shopper.say('actually make that three');
    expect(amount.say).toMatch(/^Okay, three\. Which yogurt did you mean: one, /);
    await shopper.say('one');
    expect(await t.cartLines()).toEqual([expect.stringMatching(/^3 .*Yogurt$/)]);
  });

  it('when she answers with a word only one option prints, that option is chosen and said back by its name', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add wheat bread');
    expect((await shopper.say('honey')).say).toBe('Added Honey Wheat Bread to your cart.');
  });

  it('when she goes on to a thing none of the options names, that thing is added and the choice follows', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add wheat bread');
    const butter = await shopper.say('and some butter');
    expect(butter.say).toMatch(/^Added .*Butter to your cart\. And which wheat bread did you mean: /);
    await shopper.say('two');
    expect(await t.cartLines()).toHaveLength(2);
  });

  it('"put a half gallon of milk on there" puts milk on, not something named "there"', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('um, could you put a half gallon of milk on there for me');
    expect(await t.cartLines()).toEqual([expect.stringMatching(/^1 half gallon .*Milk$/)]);
  });

  it('"toss in some limes" adds limes', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('toss in some limes');
    expect(await t.cartLines()).toEqual([expect.stringMatching(/Limes$/)]);
  });
});

describe('amounts changed by a bare number', () => {
  it('a number said of eggs kept by the dozen counts eggs, never dozens', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add a dozen eggs');
    const odd = await shopper.say('make the eggs eighteen');
    expect(odd.say).not.toMatch(/eighteen dozen/);
    expect(await t.cartLines()).toEqual(['1 dozen Large White Eggs']);
    const even = await shopper.say('make the eggs twenty four');
    expect(even.say).toBe('Okay, two dozen Large White Eggs.');
  });

  it('a number said of bananas asked for by the half dozen is that many bananas', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add half a dozen bananas');
    await shopper.say('make the bananas eight');
    expect(await t.cartLines()).toEqual(['8 each Bananas']);
  });
});

describe('checking out with a question still open', () => {
  it('the item waiting on a choice is settled before the order is read back', async () => {
    const shopper = t.shopper({ accessToken: t.linkAccount('customer-1') });
    await shopper.launch();
    await shopper.say('add whole milk');
    await shopper.say('add crackers');
    const checkout = await shopper.say('check out');
    expect(checkout.say).toMatch(/^Before you check out, I still need to ask about an item\. Which crackers did you mean: /);
    const chosen = await shopper.say('one');
    expect(chosen.say).toMatch(/^Added .+ to your cart\./);
    expect(t.ordersPlaced()).toBe(0);
    expect(await t.cartLines()).toHaveLength(2);
  });
});

describe('taking off one line of a product kept two ways', () => {
  it('"the two pounds of pears" takes off that line and leaves the other pears', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add pears');
    await shopper.say('add two pounds of pears');
    await shopper.say('remove the two pounds of pears');
    expect(await t.cartLines()).toEqual(['1 Bartlett Pears']);
    await shopper.say('take off the pears');
    expect(await t.cartLines()).toEqual([]);
  });
});

describe('something the store does not sell', () => {
  it('the nearest products are offered, and "the first one" takes it', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    const missing = await shopper.say('add some broccolini');
    expect(missing.say).toMatch(/^Sorry, I couldn't find broccolini\. The closest I have are (.+) and (.+)\. Would you like one of those\? Say one or two, or no\.$/);
    await shopper.say('the first one');
    expect(await t.cartLines()).toEqual([expect.stringMatching(/Broccoli/)]);
  });

  it('a new request lets the offer go, never asked again', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add some broccolini');
    const other = await shopper.say('add whole milk');
    expect(other.say).toBe('Added Whole Milk to your cart.');
    expect(pendingKind(other)).toBeUndefined();
  });
});

describe('a caregiver with a list of her mother\'s', () => {
  it('a list she made is the place meant when she names it, with or without the word "list"', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say("make a list called mom's groceries");
    await shopper.say("add two pounds of ground beef to mom's groceries");
    await shopper.say('put tea bags on moms groceries');
    const state = await t.stateOf();
    expect(state.cart).toEqual([]);
    expect(state.lists["mom's groceries"]?.map((line) => line.name)).toEqual([expect.stringMatching(/Ground Beef/), expect.stringMatching(/Tea/)]);
  });
});

describe('a new thing said as a kind, just after an add', () => {
  it('"and bread, the wheat kind" after milk asks about bread and leaves the milk as it was', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add milk');
    await shopper.intent('ChooseOptionIntent', { product: 'bread the wheat' });
    expect(await t.cartLines()).toEqual(['1 Whole Milk']);
  });
});

describe('things that look like answers but are not', () => {
  it('"and is there a lactose free one?" just after milk was added asks; the milk stays', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add whole milk');
    await shopper.say('and is there a lactose free one?');
    expect(await t.cartLines()).toEqual(['1 Whole Milk']);
  });

  it('a thing named with a kind just after an add is added beside it, not in its place', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add bananas');
    await shopper.intent('ChooseOptionIntent', { product: 'greek yogurt the plain' });
    expect(await t.cartLines()).toEqual(['1 Bananas', expect.stringMatching(/Plain Greek Yogurt$/)]);
  });

  it('"add yogurt" while chips are being chosen is yogurt: asked about, and the chips after it', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add chips');
    const yogurt = await shopper.say('add yogurt');
    expect(yogurt.say).toMatch(/^Which yogurt did you mean: /);
    const chips = await shopper.say('two');
    expect(chips.say).toMatch(/And which chips did you mean: /);
  });

  it('"no, I meant X, not Y" when no Y went in adds X and keeps what was added last', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add whole milk');
    await shopper.say('add saffron threads');
    await shopper.intent('CorrectionIntent', { product: 'bananas', rejected: 'saffron threads' });
    expect(await t.cartLines()).toEqual(['1 Whole Milk', '1 Bananas']);
  });
});

describe('a bare amount after a change', () => {
  it('"just two" right after changing the string cheese is about the string cheese, not the bread added last', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add string cheese');
    await shopper.say('add a loaf of white bread');
    await shopper.say('make the string cheese three');
    await shopper.say('hmm, just two');
    expect(await t.cartLines()).toEqual([expect.stringMatching(/^2 .*String Cheese$/), expect.stringMatching(/^1 loaf .*Bread$/)]);
    await shopper.say('add bananas');
    await shopper.say('make that four');
    expect((await t.cartLines())[2]).toMatch(/^4 .*Bananas$/);
  });
});
