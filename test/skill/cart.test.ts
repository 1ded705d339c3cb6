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

/** The options voicecart offered in a "which did you mean", as it will remember them. */
function offered(exchange: Exchange): { productId: string; name: string }[] {
  const pending = PendingSchema.parse(exchange.response.sessionAttributes?.['pending']);
  if (pending.kind !== 'choose') throw new Error(`expected a choice, got ${pending.kind}`);
  return pending.options;
}

describe('the voice cart, as a conversation', () => {
  it('welcomes a new shopper and asks what to add', async () => {
    const shopper = t.shopper();
    const opened = await shopper.say('open corner grocer');
    expect(opened.intent).toBe('LaunchRequest');
    expect(opened.say).toMatch(/Welcome to Corner Grocer/);
    expect(opened.ended).toBe(false);
  });

  it('adds what the shopper asks for, with the amount said naturally, and stores it', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    const added = await shopper.say('add two pounds of bananas');
    expect(added.intent).toBe('AddItemIntent');
    expect(added.say).toBe('Added two pounds of Bananas to your cart.');
    const { cart } = await t.stateOf();
    expect(cart).toEqual([expect.objectContaining({ productId: 'p0001', name: 'Bananas', quantity: 2, unit: 'pound' })]);
  });

  it('weighs deli amounts in halves and quarters of a pound, and says them back that way', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    expect((await shopper.say('add half a pound of ham')).say).toBe('Added half a pound of Black Forest Ham to your cart.');
    expect((await shopper.say('add a quarter pound of sliced turkey')).say).toBe(
      'Added a quarter pound of Oven Roasted Turkey Breast to your cart.',
    );
    expect((await shopper.say('add two and a half pounds of drumsticks')).say).toBe('Added two and a half pounds of Chicken Drumsticks to your cart.');
    expect(await t.cartLines()).toEqual(['0.5 pound Black Forest Ham', '0.25 pound Oven Roasted Turkey Breast', '2.5 pound Chicken Drumsticks']);
  });

  it('asks which one to take off when the words fit several lines, and takes off the one chosen', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    expect((await shopper.say('add two percent milk')).say).toBe('Added 2% Reduced Fat Milk to your cart.');
    await shopper.say('add whole milk');
    const asked = await shopper.say('remove the milk');
    expect(asked.say).toBe('Which milk should I take off: one, Whole Milk and two, 2% Reduced Fat Milk? Say one or two.');
    expect(asked.ended).toBe(false);
    expect((await shopper.say('two')).say).toBe('Removed 2% Reduced Fat Milk from your cart.');
    expect(await t.cartLines()).toEqual(['1 Whole Milk']);
    expect((await shopper.say('remove the milk')).say).toBe('Removed Whole Milk from your cart.');
  });

  it('checks amounts said inside a list as it checks one said alone', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    expect((await shopper.say('add one hundred and five eggs and milk')).say).toBe(
      "Added Whole Milk to your cart. I didn't add the eggs: I can add up to ninety-nine of one item by voice.",
    );
    expect((await shopper.say('add forty bananas and a gallon of whole milk')).say).toMatch(/ You asked for forty Bananas\. Is that right\?$/);
    // A gallon of the gallon jug joins the milk already there.
    expect(await t.cartLines()).toEqual(['2 Whole Milk']);
    await shopper.say('yes');
    expect(await t.cartLines()).toEqual(expect.arrayContaining(['40 each Bananas']));
  });

  it('does not cut a thing the store does not sell into two it does ("cranberry sauce" is no cranberry juice and a sauce)', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    expect((await shopper.say('add cranberry sauce')).say).toMatch(/^Sorry, I couldn't find cranberry sauce\./);
    expect((await shopper.say('add milk eggs bananas')).say).toBe('Added Whole Milk, a dozen Large White Eggs, and Bananas to your cart.');
  });

  it('says how many that makes when the shopper adds more of something already in the cart', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add two pounds of bananas');
    expect((await shopper.say('add a pound of bananas')).say).toBe('Added a pound of Bananas to your cart. That makes three pounds of Bananas.');
    expect(await t.cartLines()).toEqual(['3 pound Bananas']);
  });

  it('asks which cereal when "cereal" names an aisle whose products are called otherwise, not the baby cereal that says it', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    expect((await shopper.say('add cereal')).say).toMatch(/^Which cereal did you mean: one, Cheerios, two, /);
    expect((await shopper.say('one')).say).toBe('Added Cheerios to your cart.');
  });

  it('hears "soda" as a soft drink, and "chips and salsa" as two things, asking which chips', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    expect((await shopper.say('add soda')).say).toBe('Added Coca-Cola to your cart.');
    const both = await shopper.say('add chips and salsa');
    expect(both.say).toMatch(/^Added the salsa to your cart\. Which chips did you mean: one, /);
    expect(await t.cartLines()).toEqual(['1 Coca-Cola', '1 Medium Chunky Salsa']);
  });

  it('takes a size said before a pack as the pack\'s size, not as the amount', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    expect((await shopper.say('add a 5 pound bag of flour')).say).toBe('Added a bag of All-Purpose Flour to your cart.');
    expect(await t.cartLines()).toEqual(['1 bag All-Purpose Flour']);
  });

  it('reads the cart back, removes an item, and keeps the cart across sessions', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add two pounds of bananas');
    await shopper.say('add a gallon of whole milk');
    const read = await shopper.say("what's in my cart");
    expect(read.say).toBe('You have two items in your cart: two pounds of Bananas and a gallon of Whole Milk. That\'s everything.');
    const removed = await shopper.say('remove the bananas');
    expect(removed.say).toBe('Removed Bananas from your cart.');
    await shopper.end();

    const back = await shopper.launch();
    expect(back.say).toMatch(/^Welcome back to Corner Grocer. You have one item in your cart/);
    expect((await t.stateOf()).cart.map((line) => line.name)).toEqual(['Whole Milk']);
  });

  it('asks before clearing, keeps the cart on no, and clears only on yes', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add eggs');
    await shopper.say('add whole milk');
    const asked = await shopper.say('clear my cart');
    expect(asked.say).toBe('You have two items in your cart. Should I remove them all?');
    const kept = await shopper.say('no');
    expect(kept.say).toBe('Okay, I left it as it was.');
    expect(await t.cartLines()).toEqual(['1 Large White Eggs', '1 Whole Milk']);

    await shopper.say('empty my cart');
    const cleared = await shopper.say('yes');
    expect(cleared.say).toMatch(/Your cart is now empty/);
    expect((await t.stateOf()).cart).toEqual([]);
  });

  it("says honestly when the store doesn't sell something, and stores nothing", async () => {
    const shopper = t.shopper();
    await shopper.launch();
    const answer = await shopper.say('add a lawnmower');
    expect(answer.say).toMatch(/^Sorry, I couldn't find lawnmower/);
    expect((await t.stateOf()).cart).toEqual([]);
  });
});

describe('cart moves', () => {
  it('adds several items said in one breath as one change, each with its own amount', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    const added = await shopper.say('add whole milk eggs and two loaves of sourdough');
    expect(added.say).toBe('Added Whole Milk, a dozen Large White Eggs, and two Sourdough Loaves to your cart.');
    expect(await t.cartLines()).toEqual(['1 Whole Milk', '1 Large White Eggs', '2 loaf Sourdough Loaf']);
    expect((await t.stateOf()).undo).toHaveLength(1);
  });

  it('changes a quantity by name, and "make that three" right after an add changes the item just added', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add whole milk');
    await shopper.say('add eggs');
    const byName = await shopper.say('change the milk to three');
    expect(byName.say).toBe('Okay, three Whole Milk.');
    await shopper.say('add two pounds of bananas');
    const justAdded = await shopper.say('make that three');
    expect(justAdded.say).toBe('Okay, three pounds of Bananas.');
    expect(await t.cartLines()).toEqual(['3 Whole Milk', '1 Large White Eggs', '3 pound Bananas']);
  });

  it('undoes change after change, each time restoring the state before it, until there is nothing to undo', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    const carts: string[][] = [await t.cartLines()];
    for (const line of ['add whole milk', 'add eggs', 'change the milk to three', 'remove the eggs']) {
      await shopper.say(line);
      carts.push(await t.cartLines());
    }
    expect(carts.at(-1)).toEqual(['3 Whole Milk']);

    const said: string[] = [];
    for (let i = carts.length - 2; i >= 0; i--) {
      said.push((await shopper.say('undo')).say);
      expect(await t.cartLines()).toEqual(carts[i]);
    }
    expect(said).toEqual([
      'Okay, I took back removing Large White Eggs from your cart.',
      'Okay, I took back changing Whole Milk to three Whole Milk.',
      'Okay, I took back adding a dozen Large White Eggs to your cart.',
      'Okay, I took back adding Whole Milk to your cart.',
    ]);
    expect((await shopper.say('undo')).say).toBe("There's nothing to undo.");
    expect((await t.stateOf()).cart).toEqual([]);
  });

  it('"no, I said pears" replaces the item just added, and the next "add bears" gets pears', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    const misheard = await shopper.say('add bears');
    expect(misheard.say).toBe('Added Gold-Bears Gummy Bears to your cart.');
    const corrected = await shopper.say('no I said pears');
    expect(corrected.say).toBe('Sorry about that. I replaced Gold-Bears Gummy Bears with Bartlett Pears.');
    expect(await t.cartLines()).toEqual(['1 Bartlett Pears']);
    await shopper.end();

    await shopper.launch();
    const learned = await shopper.say('add bears');
    expect(learned.say).toBe('Added Bartlett Pears to your cart. That makes two Bartlett Pears.');
    expect(await t.cartLines()).toEqual(['2 Bartlett Pears']);
  });

  it('offers numbered choices, takes "the second one", and goes straight to that product next time', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    const asked = await shopper.say('add coffee');
    const options = offered(asked);
    expect(options.length).toBeGreaterThanOrEqual(2);
    expect(asked.say).toMatch(/^Which coffee did you mean: one, .+, two, .+\? Say one, two/);
    expect((await t.stateOf()).cart).toEqual([]);

    const second = options[1];
    const chosen = await shopper.say('the second one');
    expect(chosen.say).toBe(`Added ${second?.name} to your cart.`);
    expect((await t.stateOf()).cart.map((line) => line.productId)).toEqual([second?.productId]);

    const again = await shopper.say('add coffee');
    expect(again.say).toBe(`Added ${second?.name} to your cart. That makes two ${second?.name}.`);
    expect((await t.stateOf()).cart).toEqual([expect.objectContaining({ productId: second?.productId, quantity: 2 })]);
  });

  it('takes "one" as the first choice', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    const options = offered(await shopper.say('add chips'));
    await shopper.say('one');
    expect((await t.stateOf()).cart.map((line) => line.productId)).toEqual([options[0]?.productId]);
  });

  it('checks a big quantity before adding it: yes adds, no adds nothing', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    const asked = await shopper.say('add forty bananas');
    expect(asked.say).toBe('You asked for forty Bananas. Is that right?');
    expect((await t.stateOf()).cart).toEqual([]);
    const declined = await shopper.say('no');
    expect(declined.say).toMatch(/^Okay, I didn't add it/);
    expect((await t.stateOf()).cart).toEqual([]);

    await shopper.say('add forty bananas');
    const confirmed = await shopper.say('yes');
    expect(confirmed.say).toBe('Added forty Bananas to your cart.');
    expect(await t.cartLines()).toEqual(['40 each Bananas']);
  });

  it("tells the total from shelf prices", async () => {
    const shopper = t.shopper();
    await shopper.launch();
    expect((await shopper.say("what's my total")).say).toBe('Your cart is empty.');
    await shopper.say('add two pounds of bananas');
    await shopper.say('add a gallon of whole milk');
    const total = await shopper.say("what's my total");
    // 2 × 0.59 + 3.79
    expect(total.say).toBe('Your two items come to about 4 dollars and 97 cents, before tax and delivery.');
  });
});

describe('reading the cart for ears', () => {
  const TEN = ['apples', 'eggs', 'whole milk', 'butter', 'cheddar', 'sourdough', 'baguette', 'cheerios', 'bananas', 'pears'];

  async function fillTen(): Promise<ReturnType<TestSkill['shopper']>> {
    const shopper = t.shopper();
    await shopper.launch();
    for (const item of TEN) await shopper.intent('AddItemIntent', { product: item });
    expect((await t.stateOf()).cart).toHaveLength(10);
    return shopper;
  }

  it('reads ten items three at a time, with "more" until the end', async () => {
    const shopper = await fillTen();
    const first = await shopper.say("what's in my cart");
    expect(first.say).toBe('You have ten items in your cart: Gala Apples, a dozen Large White Eggs, and Whole Milk. There are seven more; say more to hear them.');
    expect(first.ended).toBe(false);
    expect((await shopper.say('more')).say).toBe('Salted Butter, Sharp Cheddar Cheese, and Sourdough Loaf. There are four more; say more to hear them.');
    expect((await shopper.say('more')).say).toBe("French Baguette, Cheerios, and Bananas. There's one more; say more to hear it.");
    expect((await shopper.say('more')).say).toBe("Bartlett Pears. That's everything.");
    expect((await shopper.say('more')).say).toBe("That's everything. There's nothing more to read.");
  });

  it('"repeat" says the same chunk again, and "start over" reads from the top', async () => {
    const shopper = await fillTen();
    await shopper.say("what's in my cart");
    const second = await shopper.say('more');
    const repeated = await shopper.say('repeat');
    expect(repeated.say).toBe(second.say);
    const restarted = await shopper.say('start over');
    expect(restarted.say).toMatch(/^You have ten items in your cart: Gala Apples, a dozen Large White Eggs, and Whole Milk\./);
    expect((await shopper.say('more')).say).toBe(second.say);
  });

  it('survives a session that ends mid-list: nothing lost, and the welcome counts the items', async () => {
    const shopper = await fillTen();
    await shopper.say("what's in my cart");
    await shopper.end();
    expect(shopper.inSession).toBe(false);

    const back = await shopper.launch();
    expect(back.say).toMatch(/^Welcome back to Corner Grocer. You have ten items in your cart/);
    expect((await t.stateOf()).cart).toHaveLength(10);
    expect((await shopper.say("what's in my cart")).say).toMatch(/^You have ten items in your cart: Gala Apples,/);
  });
});

describe('bad input gets a clear answer and changes nothing', () => {
  async function shopperWithEggs(): Promise<ReturnType<TestSkill['shopper']>> {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add eggs');
    await shopper.say('remove the eggs');
    await shopper.say('add eggs');
    return shopper;
  }

  const cases: [string, (s: ReturnType<TestSkill['shopper']>) => Promise<Exchange>, RegExp][] = [
    ['an empty product slot', (s) => s.intent('AddItemIntent', {}), /^What would you like to add\?/],
    ['a quantity of zero', (s) => s.say('add zero bananas'), /^How many would you like\?/],
    ['a quantity of ten thousand', (s) => s.say('add ten thousand bananas'), /^That's more than I can take by voice. I can add up to ninety-nine/],
    ['a hundred and five, said with "and"', (s) => s.say('add a hundred and five eggs'), /^That's more than I can take by voice. I can add up to ninety-nine/],
    ['a negative quantity', (s) => s.intent('AddItemIntent', { product: 'bananas', quantity: '-2' }), /^How many would you like\?/],
    ['changing to zero', (s) => s.intent('ChangeQuantityIntent', { product: 'eggs', quantity: '0' }), /^How many would you like\?/],
    ['removing something not in the cart', (s) => s.say('remove the pears'), /^I don't see pears in your cart\.$/],
    ['changing something not in the cart', (s) => s.say('change the pears to three'), /^I don't see pears in your cart\. Should I add three Bartlett Pears\?$/],
    ['"more" with nothing being read', (s) => s.say('more'), /^I'm not reading anything right now\. To hear your cart, say, what's in my cart\.$/],
    ['"yes" with nothing asked', (s) => s.say('yes'), /^I wasn't asking anything just then\./],
    ['"one" with nothing offered', (s) => s.say('one'), /^I wasn't asking you to choose anything\./],
    ['a voice code with nothing to pay', (s) => s.say('my code is one two three four'), /^I wasn't asking for a code\./],
  ];

  it.each(cases)('%s', async (_, act, answer) => {
    const shopper = await shopperWithEggs();
    const before = await t.stateOf();
    const exchange = await act(shopper);
    expect(exchange.say).toMatch(answer);
    expect(exchange.ended).toBe(false);
    expect(await t.stateOf()).toEqual(before);
  });

  it('"undo" with nothing to undo', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    const before = await t.stateOf();
    expect((await shopper.say('undo')).say).toBe("There's nothing to undo.");
    expect(await t.stateOf()).toEqual(before);
  });
});

describe('SSML', () => {
  it('escapes names with an ampersand, and the listener hears them plainly', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    const added = await shopper.say('add maple and brown sugar oatmeal');
    expect(added.say).toBe('Added Maple & Brown Sugar Instant Oatmeal to your cart.');
    const speech = added.response.response.outputSpeech;
    expect(speech?.type).toBe('SSML');
    if (speech?.type !== 'SSML') return;
    expect(speech.ssml).toBe('<speak>Added Maple &amp; Brown Sugar Instant Oatmeal to your cart.</speak>');
  });
});
