import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestSkill, type TestSkill } from '../support/skill.ts';

/**
 * A twelfth round of conversations played as shoppers: checking out with questions, second
 * thoughts and a code said loosely, and amounts taken back in one breath. Each once lost an item,
 * called off the wrong order, or added an amount nobody asked for.
 */

const CUSTOMER = 'customer-1';
const VOICE_CODE = '3579';

let t: TestSkill;
beforeEach(async () => {
  t = await startTestSkill();
});
afterEach(async () => {
  await t.close();
});

function cancelledOrders(): number {
  const row = t.backendDb.prepare('select count(*) as n from orders where cancelled = 1').get();
  return typeof row === 'object' && row !== null && 'n' in row && typeof row.n === 'number' ? row.n : Number.NaN;
}

describe('calling off the order being checked out', () => {
  it('when the shopper says "oh, cancel my order" during the read-back, this order is not placed and the one placed last week stands', async () => {
    const shopper = await t.linkedShopperWith(['whole milk']);
    await shopper.say('check out');
    await shopper.say('yes');
    expect(t.ordersPlaced()).toBe(1);
    const again = await t.linkedShopperWith(['carrots', 'hummus']);
    await again.say('check out');
    const called = await again.say('oh, cancel my order');
    expect(called.say).toBe("Okay, I didn't place the order. Your cart is saved. What would you like to do?");
    expect(await again.say('yes')).toMatchObject({ say: expect.stringMatching(/^I wasn't asking anything/) });
    expect(t.ordersPlaced()).toBe(1);
    expect(cancelledOrders()).toBe(0);
    expect(await t.cartLines()).toHaveLength(2);
  });

  it('when the shopper calls the order off while voicecart waits for the code, nothing is placed or cancelled', async () => {
    t.linkAccount(CUSTOMER);
    t.backend.backend.store.setVoiceCode(CUSTOMER, VOICE_CODE, 0);
    const shopper = await t.linkedShopperWith(['whole milk']);
    await shopper.say('check out');
    await shopper.say('yes');
    expect((await shopper.say('actually cancel the order')).say).toMatch(/^Okay, I didn't place the order\./);
    expect(t.ordersPlaced()).toBe(0);
    expect(cancelledOrders()).toBe(0);
  });

  it('when the shopper says "cancel it" just after hearing the last order, voicecart asks to cancel that order', async () => {
    const shopper = await t.linkedShopperWith(['whole milk']);
    await shopper.say('check out');
    await shopper.say('yes');
    const back = t.shopper({ accessToken: t.linkAccount(CUSTOMER) });
    await back.launch();
    await back.say('what was in my last order');
    const asked = await back.say('cancel it');
    expect(asked.say).toMatch(/^Should I cancel your order of Whole Milk,/);
    expect(asked.ended).toBe(false);
    await back.say('yes');
    expect(cancelledOrders()).toBe(1);
  });
});

describe('checking out while an item is still being settled', () => {
  it('when the shopper checks out before choosing a coffee, the choice is asked and the order is read right after it', async () => {
    const shopper = await t.linkedShopperWith(['two lemons']);
    await shopper.say('and a bag of coffee');
    expect((await shopper.say("that's it, check out")).say).toMatch(/^Before you check out, I still need to ask about an item\. Which coffee/);
    const chosen = await shopper.say('the original roast');
    expect(chosen.say).toMatch(/^Added a bag of Original Roast Ground Coffee to your cart\. Your order from Corner Grocer has two items: two Lemons and a bag of Original Roast Ground Coffee\. .+ Should I place the order\?$/);
    expect(t.ordersPlaced()).toBe(0);
    await shopper.say('yes');
    expect(t.ordersPlaced()).toBe(1);
  });

  it('when the shopper answers the read-back with "yes, but first take the lemons off", the lemons come off and the order is read again', async () => {
    const shopper = await t.linkedShopperWith(['two lemons', 'whole milk']);
    await shopper.say('check out');
    const changed = await shopper.say('yes, but first take the lemons off');
    expect(changed.say).toMatch(/^Removed Lemons from your cart\. Your order from Corner Grocer has one item: Whole Milk\. .+ Should I place the order\?$/);
    expect(t.ordersPlaced()).toBe(0);
    await shopper.say('yes');
    expect(t.ordersPlaced()).toBe(1);
  });

  it('when the shopper says "hmm, add a dozen eggs first" to the read-back, the eggs go in and the order is read again', async () => {
    const shopper = await t.linkedShopperWith(['whole milk']);
    await shopper.say('check out');
    const added = await shopper.say('hmm, I guess, but add a dozen eggs first');
    expect(added.say).toMatch(/^Added a dozen Large White Eggs to your cart\. Your order from Corner Grocer has two items/);
    expect(await t.cartLines()).toEqual(['1 Whole Milk', '1 dozen Large White Eggs']);
    expect(t.ordersPlaced()).toBe(0);
  });
});

describe('a voice code said loosely', () => {
  beforeEach(() => {
    t.linkAccount(CUSTOMER);
    t.backend.backend.store.setVoiceCode(CUSTOMER, VOICE_CODE, 0);
  });

  it.each(['its three five seven nine', 'three five seven nine', 'um its thirty five seventy nine', 'sorry, three five seven nine', 'oops its three five seven nine'])(
    'when the shopper says "%s" for the code, the order is placed',
    async (said) => {
      const shopper = await t.linkedShopperWith(['whole milk']);
      await shopper.say('check out');
      await shopper.say('yes');
      expect((await shopper.say(said)).say).toMatch(/^Your order is placed\./);
      expect(t.ordersPlaced()).toBe(1);
    },
  );

  it('a code written with words that sound like numbers ("to for six ate") is read as its digits, and a wrong one counts as a try', async () => {
    const shopper = await t.linkedShopperWith(['whole milk']);
    await shopper.say('check out');
    await shopper.say('yes');
    expect((await shopper.say('to for six eight')).say).toBe("That code isn't right. You have two tries left. Please say your voice code again.");
    expect(t.ordersPlaced()).toBe(0);
  });

  it('"its four" is no code: it is asked again, and counts as no try', async () => {
    const shopper = await t.linkedShopperWith(['whole milk']);
    await shopper.say('check out');
    await shopper.say('yes');
    expect((await shopper.intent('AddItemIntent', { product: 'its four' })).say).not.toMatch(/tries left/);
    expect((await shopper.say('three five seven nine')).say).toMatch(/^Your order is placed\./);
  });

  it('"add four apples" while voicecart waits for the code is a request: the apples go in and the order is read again', async () => {
    const shopper = await t.linkedShopperWith(['whole milk']);
    await shopper.say('check out');
    await shopper.say('yes');
    const added = await shopper.say('add four apples');
    expect(added.say).toMatch(/^Added four Gala Apples to your cart\. Your order from Corner Grocer has two items/);
    expect(t.ordersPlaced()).toBe(0);
  });
});

describe('an amount taken back in one breath', () => {
  it.each([
    ['put in a bag of carrots, no, two bags', ['2 Baby Carrots']],
    ['add a pound of grapes, no, make it two pounds', ['2 pound Red Seedless Grapes']],
    ['three limes no four', ['4 Limes']],
  ])('when the shopper says "%s", the amount said last is the one added', async (said, lines) => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say(said);
    expect(await t.cartLines()).toEqual(lines);
  });

  it('"orange juice, no pulp" still names the juice without pulp, with no amount taken back', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('orange juice, no pulp');
    expect(await t.cartLines()).toEqual(['1 Pulp Free Orange Juice']);
  });
});

describe('a wrong add turned down', () => {
  it('when the shopper says "no, not that one" right after an add, voicecart asks to take it back off, and a yes does', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add a bag of ice');
    const asked = await shopper.say('no, not that one');
    expect(asked.say).toBe('Should I take Bagged Ice, which you just added, off your cart?');
    expect(await t.cartLines()).toHaveLength(1);
    await shopper.say('yes please');
    expect(await t.cartLines()).toEqual([]);
  });

  it('a bare "no" after an add that the shopper meant keeps it when they say no again', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add whole milk');
    await shopper.say('no');
    expect((await shopper.say('no')).say).toMatch(/^Okay/);
    expect(await t.cartLines()).toEqual(['1 Whole Milk']);
  });

  it('when the shopper says "no, not white, the whole wheat" after white bread, the white loaf is traded for whole wheat', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('a loaf of white bread please');
    const corrected = await shopper.say('no, not white, the whole wheat');
    expect(corrected.say).toBe('Sorry about that. I replaced Classic White Bread with a loaf of 100% Whole Wheat Bread.');
    expect(await t.cartLines()).toEqual(['1 loaf 100% Whole Wheat Bread']);
  });

  it('"no, I meant the grape one" after strawberry preserves is the grape jelly of that shelf, never a bag of grapes', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add strawberry preserves');
    await shopper.say('no I meant the grape one');
    expect(await t.cartLines()).toEqual(['1 Concord Grape Jelly']);
  });

  it('"no, the whole one" after a gallon of skim milk is a gallon of whole milk', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add a gallon of skim milk');
    await shopper.say('no, the whole one');
    expect(await t.cartLines()).toEqual(['1 gallon Whole Milk']);
  });

  it('"no, I meant the strawberry one" after strawberry jam is the jam added, said so and left as it is; "strawberries" is the fruit', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add strawberry jam');
    expect((await shopper.say('no I meant the strawberry one')).say).toMatch(/^That's the one I added: Strawberry Preserves\./);
    expect(await t.cartLines()).toEqual(['1 Strawberry Preserves']);
    await shopper.say('no I said strawberries');
    expect(await t.cartLines()).toEqual(['1 Strawberries']);
  });

  it('"no, I said apples" after apple juice is apples: the word names its own thing', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add apple juice');
    await shopper.say('no I said apples');
    expect(await t.cartLines()).toEqual(['1 Gala Apples']);
  });

  it('when the shopper complains "that ice cream is not what I asked for, take it off", it comes off and nothing is added', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add chocolate ice cream');
    const removed = await shopper.say('that chocolate ice cream is not what I asked for, take it off');
    expect(removed.say).toBe('Removed Chocolate Ice Cream from your cart.');
    expect(await t.cartLines()).toEqual([]);
  });
});

describe('a count heard as a word that sounds like it', () => {
  it.each([
    ['put down to avocados', ['2 Hass Avocados']],
    ['add for granny smith apples', ['4 each Granny Smith Apples']],
  ])('when the shopper says "%s", the count is the number it sounds like', async (said, lines) => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say(said);
    expect(await t.cartLines()).toEqual(lines);
  });
});

describe('a senior thinking aloud', () => {
  it('when the shopper says "the broccoli, make that two bunches" while a bread is being chosen, the broccoli changes and the bread is still asked', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add broccoli and some bread');
    const changed = await shopper.say('um, the broccoli, make that two bunches');
    expect(changed.say).toMatch(/^Okay, two bunches of Broccoli Crowns\. And which bread did you mean/);
    expect(await t.cartLines()).toEqual(['2 bunch Broccoli Crowns']);
    await shopper.say('the honey wheat');
    expect(await t.cartLines()).toEqual(['2 bunch Broccoli Crowns', '1 Honey Wheat Bread']);
  });

  it('when the shopper remembers aloud ("now, what was the other thing, oh yes, to cans of tomato soup"), the soup goes in', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('now, um, what was the other thing, oh yes, to cans of tomato soup');
    expect(await t.cartLines()).toEqual([expect.stringMatching(/^2 can .*Tomato Soup/)]);
  });
});

describe('a wrong add turned down in so many words', () => {
  it.each(['nope, not that one', "no, that's the wrong one", 'wrong one'])(
    'when the shopper says "%s" right after an add, voicecart asks to take it back off and adds nothing',
    async (said) => {
      const shopper = t.shopper();
      await shopper.launch();
      await shopper.say('add hawaiian rolls');
      const asked = await shopper.say(said);
      expect(asked.say).toMatch(/^Should I take .+, which you just added, off your cart\?$/);
      expect(await t.cartLines()).toHaveLength(1);
    },
  );

  it('when Alexa hears "no, that\'s the wrong one" as a thing to add, it is still a no, and nothing is added', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add hawaiian rolls');
    const asked = await shopper.intent('AddItemIntent', { product: "no that's the wrong one" });
    expect(asked.say).toMatch(/^Should I take .+, which you just added, off your cart\?$/);
    expect(await t.cartLines()).toHaveLength(1);
  });
});

describe('the final round of shoppers', () => {
  it('when the shopper says five digits for a four-digit code, nothing is placed and no try is counted: the code is asked again', async () => {
    t.linkAccount(CUSTOMER);
    t.backend.backend.store.setVoiceCode(CUSTOMER, VOICE_CODE, 0);
    const shopper = await t.linkedShopperWith(['whole milk']);
    await shopper.say('check out');
    await shopper.say('yes');
    const asked = await shopper.say('one three five seven nine');
    expect(asked.say).not.toMatch(/placed|tries left/);
    expect(t.ordersPlaced()).toBe(0);
    expect((await shopper.say('three five seven nine')).say).toMatch(/^Your order is placed\./);
  });

  it('when the shopper says "make the bananas three" of bananas put in with no amount, it is three bananas, priced as three', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add bananas');
    expect((await shopper.say('make the bananas three')).say).toBe('Okay, three Bananas.');
    expect(await t.cartLines()).toEqual(['3 each Bananas']);
  });

  it('"nope, wrong nuggets" takes the nuggets off; "wrong one, take the paper towels off" takes the towels off: neither adds another', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add chicken nuggets');
    await shopper.say('nope, wrong nuggets');
    expect(await t.cartLines()).toEqual([]);
    await shopper.say('add bounty paper towels');
    await shopper.say('wrong one, take the paper towels off');
    expect(await t.cartLines()).toEqual([]);
  });

  it.each([
    ['now what else do I need, um, a bunch of cilantro', /Cilantro/],
    ['I need, oh what is it, yogurt, the plain kind', /Plain Greek Yogurt/],
    ['good day, I would like a pound of roasted turkey breast from the deli', /Turkey/],
  ])('when the shopper thinks aloud before the thing ("%s"), the thing goes in', async (said, product) => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say(said);
    expect(await t.cartLines()).toEqual([expect.stringMatching(product)]);
  });

  it.each([
    [['add a pound of red grapes', 'no, make that to pounds'], ['2 pound Red Seedless Grapes']],
    [['five sweet potatoes, no make that for'], ['4 each Sweet Potatoes']],
    [['add four apples', 'no wait, I meant three apples, not four'], ['3 each Gala Apples']],
  ])('when the shopper takes an amount back (%j), the amount meant is the one kept, and nothing named "no" or "four" is looked for', async (said, lines) => {
    const shopper = t.shopper();
    await shopper.launch();
    for (const line of said) await shopper.say(line);
    expect(await t.cartLines()).toEqual(lines);
  });

  it('"what do you have, milk?" asks the listener: it is no thinking aloud, and adds nothing', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('what do you have, milk?');
    expect(await t.cartLines()).toEqual([]);
  });
});

describe('the check after the final round', () => {
  it('when the shopper says "I meant two almond milks, not three" after an offer for something else, the almond milk line is two, and none is added', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add three almond milks');
    await shopper.say('add a jar of quince jam');
    expect((await shopper.say('actually I meant two almond milks, not three')).say).toBe('Okay, two Unsweetened Almond Milk.');
    expect(await t.cartLines()).toEqual(['2 Unsweetened Almond Milk']);
  });

  it('when the shopper says "I meant two limes, not three" after something else went in, the limes change and the last add stays', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add three limes');
    await shopper.say('add whole milk');
    await shopper.say('no wait, I meant two limes, not three');
    expect(await t.cartLines()).toEqual(['2 Limes', '1 Whole Milk']);
  });

  it('"no, not the white, the wheat" after the white bread was chosen takes the white off before asking which wheat, so the one chosen stands alone', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add bread');
    await shopper.say('the first one');
    expect((await shopper.say('no, not the white, the wheat')).say).toMatch(/^Which wheat bread did you mean/);
    await shopper.say('the honey wheat');
    expect(await t.cartLines()).toEqual(['1 Honey Wheat Bread']);
  });

  it('"and the almond milk, make that two" of almond milk put in earlier makes it two, never two more', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add almond milk');
    await shopper.say('add bananas');
    await shopper.say('and the almond milk, make that two');
    expect(await t.cartLines()).toEqual(['2 Unsweetened Almond Milk', '1 Bananas']);
  });

  it('"nope, wrong one on the pretzels" takes the pretzels off, never adds a second bag', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add pretzels');
    await shopper.say('nope, wrong one on the pretzels');
    expect(await t.cartLines()).toEqual([]);
  });

  it('"no, I said two pears" right after bananas, with pears already in, makes the pears two: the bananas, heard right, stay', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add pears');
    await shopper.say('add bananas');
    await shopper.say('no, I said two pears');
    expect(await t.cartLines()).toEqual(['2 Bartlett Pears', '1 Bananas']);
  });
});
