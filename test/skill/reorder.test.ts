import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseHistoryCsv } from '../../src/catalog/history.ts';
import { UNDO_WINDOW_MS } from '../../src/cart/changes.ts';
import { startTestSkill, type TestSkill } from '../support/skill.ts';

/**
 * Four orders of one household, by demo catalog id: bananas, whole milk and eggs every time; two
 * kinds of bread, coffee, ice cream and Viva paper towels now and then. Viva is not what "paper
 * towels" means to a stranger, so a reorder that finds it has used this household's history.
 */
const ORDERS = [
  ['p0001', 'p0034', 'p0044', 'p0064', 'p0273'],
  ['p0001', 'p0034', 'p0044', 'p0127'],
  ['p0001', 'p0034', 'p0044', 'p0064', 'p0312'],
  ['p0001', 'p0034', 'p0044', 'p0066', 'p0128', 'p0312'],
];
const HISTORY_CSV = [
  'user_id,order_id,order_number,product_id',
  ...ORDERS.flatMap((ids, i) => ids.map((id) => `shopper-1,order-${i + 1},${i + 1},${id}`)),
].join('\n');

let t: TestSkill;
beforeEach(async () => {
  t = await startTestSkill({ history: parseHistoryCsv(HISTORY_CSV) });
});
afterEach(async () => {
  // Whatever a reorder did, it only ever filled the cart: buying is the checkout's alone.
  expect(t.ordersPlaced()).toBe(0);
  await t.close();
});

async function cartIds(): Promise<string[]> {
  return (await t.stateOf()).cart.map((line) => line.productId);
}

describe('reorders', () => {
  it('"reorder my usual but no milk" offers the usual without the milk, and "and no eggs" takes the eggs out too: neither is ever added', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    const offered = await shopper.say('reorder my usual but no milk');
    expect(offered.say).toMatch(/Okay, without Whole Milk\. Should I put the other \w+ items in your cart\?$/);
    expect((await shopper.say('and no eggs')).say).toMatch(/^Okay, without Large White Eggs\./);
    await shopper.say('yes');
    const ids = await cartIds();
    expect(ids).toContain('p0001');
    expect(ids).not.toContain('p0034');
    expect(ids).not.toContain('p0044');
  });

  it('"my usual but no eggs this week, plus some butter" leaves the eggs out and brings the butter with the rest', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('my usual but no eggs this week, plus some butter');
    await shopper.say('yes');
    const ids = await cartIds();
    expect(ids).toEqual(expect.arrayContaining(['p0001', 'p0034', 'p0047']));
    expect(ids).not.toContain('p0044');
  });

  it('"my usual plus a jar of salsa, but skip the milk" offers the usual with the salsa, and the milk never goes in', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    const offered = await shopper.say('my usual plus a jar of salsa, but skip the milk');
    expect(offered.say).toMatch(/without Whole Milk/);
    await shopper.say('yes');
    const ids = await cartIds();
    expect(ids).toContain('p0001');
    expect(ids).not.toContain('p0034');
    expect((await t.cartLines()).some((line) => line.endsWith('Salsa'))).toBe(true);
  });

  it('"same as last time" while a new list is still empty offers the last order, never a saved order named for the list', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('start a list for my dad');
    const offered = await shopper.intent('ReorderIntent', {});
    expect(offered.say).toMatch(/^Your last order is six items: Bananas, Whole Milk, and a dozen Large White Eggs\./);
    await shopper.say('yes');
    expect(await cartIds()).toEqual(expect.arrayContaining(['p0001', 'p0034', 'p0044', 'p0066', 'p0312']));
  });

  it('when Alexa hears "no bananas though" to the usual offered as a correction naming the bananas, they are left out of the usual, never added on their own', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('reorder my usual');
    expect((await shopper.intent('CorrectionIntent', { product: 'bananas' })).say).toMatch(/^Okay, without Bananas\./);
    await shopper.say('yes');
    const ids = await cartIds();
    expect(ids).toContain('p0034');
    expect(ids).not.toContain('p0001');
  });

  it('"no bread" right after the last order went in takes the bread off and keeps the rest', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('reorder my last order');
    await shopper.say('yes');
    await shopper.intent('CorrectionIntent', { product: 'ice cream' });
    const ids = await cartIds();
    expect(ids).not.toContain('p0128');
    expect(ids).toEqual(expect.arrayContaining(['p0001', 'p0034', 'p0044', 'p0066', 'p0312']));
  });

  it('a thing said not to be in the usual offered leaves the offer standing, and "yes" then puts it in', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('reorder my usual');
    expect((await shopper.intent('CorrectionIntent', { product: 'dragon fruit' })).say).toMatch(/^I don't see dragon fruit in your usual\./);
    await shopper.say('yes');
    expect(await cartIds()).toEqual(expect.arrayContaining(['p0001', 'p0034', 'p0044']));
  });

  it('"but no eggs this time" leaves the eggs out: when it is said is no part of the thing', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    const offered = await shopper.say('reorder my usual but no eggs this time');
    expect(offered.say).toMatch(/Okay, without Large White Eggs\. Should I put the other \w+ items in your cart\?$/);
    await shopper.say('yes');
    expect(await cartIds()).not.toContain('p0044');
  });

  it.each([
    ['get me the same as last time, just no eggs', 'p0044'],
    ["send my usual again, we don't need milk this week", 'p0034'],
    ['reorder my usual, hold the bananas', 'p0001'],
  ])('when the shopper says "%s", the thing they do not need is left out and never added', async (said, leftOut) => {
    const shopper = t.shopper();
    await shopper.launch();
    const offered = await shopper.say(said);
    expect(offered.say).toMatch(/Okay, without [^.]+\. Should I put the other \w+ items in your cart\?$/);
    await shopper.say('yes');
    const ids = await cartIds();
    expect(ids).not.toContain(leftOut);
    expect(ids.length).toBeGreaterThan(1);
  });

  it('when the shopper adds something while the usual is offered, it goes in and the usual is asked about once more, never dropped unsaid', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('reorder my usual but no eggs');
    const added = await shopper.say('and add two lemons');
    expect(added.say).toMatch(/^Added two Lemons to your cart\. And should I put your usual, \w+ items, in your cart too\?$/);
    await shopper.say('yes');
    const ids = await cartIds();
    expect(ids).toContain('p0001');
    expect(ids).not.toContain('p0044');
    expect((await t.cartLines()).some((line) => line.includes('Lemons'))).toBe(true);
  });

  it('"leave out the milk and the pickles" with no pickles in the usual still leaves the milk out, and says the pickles are not in it', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('reorder my usual');
    const trimmed = await shopper.say('leave out the milk and the pickles');
    expect(trimmed.say).toMatch(/^I don't see pickles in your usual\. Okay, without Whole Milk\./);
    await shopper.say('yes');
    expect(await cartIds()).not.toContain('p0034');
  });

  it('"leave out the chocolate milk" when the usual has only whole milk leaves the whole milk in, and says so', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('reorder my usual');
    expect((await shopper.say('leave out the chocolate milk')).say).toMatch(/^I don't see chocolate milk in your usual\./);
    await shopper.say('yes');
    expect(await cartIds()).toContain('p0034');
  });

  it('"but no bread" with nothing offered adds no bread', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add bananas');
    await shopper.say('but no bread');
    expect(await cartIds()).toEqual(['p0001']);
  });

  it('"reorder my usual" reads the predicted basket in chunks and adds it all on yes', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    const first = await shopper.say('reorder my usual');
    expect(first.say).toMatch(/^Your usual is (\w+) items: Bananas, Whole Milk, and a dozen Large White Eggs\. There are \w+ more; say more to hear them\. Should I put them in your cart\?$/);
    expect(await cartIds()).toEqual([]);
    const rest = await shopper.say('more');
    expect(rest.say).toMatch(/Should I put them in your cart\?$/);
    expect(rest.say).not.toMatch(/Bananas/);

    const added = await shopper.say('yes');
    expect(added.say).toMatch(/^Done\. I put your usual, \w+ items, in your cart\. Nothing is ordered until you say check out\.$/);
    const ids = await cartIds();
    expect(ids.slice(0, 3)).toEqual(['p0001', 'p0034', 'p0044']);
    expect(ids.length).toBeGreaterThan(3);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.every((id) => ORDERS.some((order) => order.includes(id)))).toBe(true);
  });

  it.each(['what I usually get', 'the stuff we always buy', 'everything I normally order'])(
    'a reorder of "%s" names no thing: it is the usual basket, offered as "my usual" is',
    async (said) => {
      const shopper = t.shopper();
      await shopper.launch();
      const usual = await shopper.say('reorder my usual');
      await shopper.say('no');
      const offered = await shopper.intent('ReorderIntent', { product: said });
      expect(offered.say).toBe(usual.say);
      expect(await cartIds()).toEqual([]);
    },
  );

  it('"take off the first one" just after the usual went in takes off the first item read of it', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('reorder my usual');
    await shopper.say('yes');
    const removed = await shopper.intent('RemoveItemIntent', { position: '1' });
    expect(removed.say).toBe('Removed Bananas from your cart.');
    expect(await cartIds()).not.toContain('p0001');
  });

  it('a declined reorder adds nothing', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('reorder my usual');
    expect((await shopper.say('no')).say).toBe("Okay, I didn't add anything.");
    expect(await cartIds()).toEqual([]);
  });

  it('a reorder left unanswered lapses when the shopper moves on', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('reorder my usual');
    await shopper.say('how much is the coffee');
    expect((await shopper.say('yes')).say).not.toMatch(/^Done\. I put your usual/);
    expect(await cartIds()).not.toContain('p0034');
  });

  it('when the shopper asks "what\'s in it?" with an empty cart, the basket is read again from the top, and "leave out the first one" leaves out its first item', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('reorder my usual');
    await shopper.say('more');
    const again = await shopper.say("what's in it");
    expect(again.say).toMatch(/^Your usual is \w+ items: Bananas, Whole Milk, and a dozen Large White Eggs\./);
    const without = await shopper.say('leave out the first one');
    expect(without.say).toMatch(/^Okay, without Bananas\. Should I put the other \w+ items in your cart\?$/);
    await shopper.say('yes');
    const ids = await cartIds();
    expect(ids).not.toContain('p0001');
    expect(ids.slice(0, 2)).toEqual(['p0034', 'p0044']);
  });

  it('"reorder my last order" offers exactly the last order', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    const asked = await shopper.say('reorder my last order');
    expect(asked.say).toBe('Your last order is six items: Bananas, Whole Milk, and a dozen Large White Eggs. There are three more; say more to hear them. Should I put them in your cart?');
    expect((await shopper.say('more')).say).toBe('Honey Wheat Bread, Cherry Garcia Ice Cream, and Viva Multi-Surface Cloth Paper Towels. Should I put them in your cart?');
    await shopper.say('yes');
    expect(await cartIds()).toEqual(ORDERS[3]);
  });

  it('"no, just the milk" right after the last order went in keeps the milk and takes the rest back out; undo puts the order back', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add oats');
    await shopper.say('reorder my last order');
    await shopper.say('yes');
    const kept = await shopper.say('no, just the milk');
    expect(kept.say).toBe('Okay, just Whole Milk. I took the rest of your last order back out of your cart.');
    expect(await cartIds()).toEqual(['p0214', 'p0034']);
    expect((await shopper.say('undo')).say).toBe('Okay, I took back keeping only Whole Milk of your last order.');
    expect(await cartIds()).toEqual(['p0214', ...(ORDERS[3] ?? [])]);
  });

  it('"no, just the eggs" heard as a removal right after the last order went in still keeps only the eggs', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('reorder my last order');
    await shopper.say('yes');
    const kept = await shopper.intent('RemoveItemIntent', { product: 'just the eggs' });
    expect(kept.say).toBe('Okay, just a dozen Large White Eggs. I took the rest of your last order back out of your cart.');
    expect(await t.cartLines()).toEqual(['1 Large White Eggs']);
  });

  it('"I need my usual things" heard as a list to make offers the usual basket, and makes no list called usual', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    const offered = await shopper.intent('CreateListIntent', { list: 'usual' });
    expect(offered.say).toMatch(/^Your usual is .+ Should I put them in your cart\?$/);
    expect((await t.stateOf()).lists).toEqual({});
    await shopper.say('yes');
    expect((await cartIds()).length).toBeGreaterThan(0);
  });

  it('a shopper without history hears that there is nothing to reorder', async () => {
    const shopper = t.shopper({ userId: 'newcomer' });
    await shopper.launch();
    expect((await shopper.say('reorder my usual')).say).toMatch(/^I don't see any past orders yet/);
    expect((await t.stateOf('newcomer')).cart).toEqual([]);
  });

  it('a cart the shopper saved as "my usual" is what "reorder my usual" brings back, before any basket worked out from orders', async () => {
    const shopper = t.shopper({ userId: 'newcomer' });
    await shopper.launch();
    await shopper.say('add whole milk and bananas');
    expect((await shopper.say('save this as my usual')).say).toMatch(/^Saved your cart, two items, as your usual order\./);
    await shopper.say('remove the bananas');
    expect((await shopper.say('reorder my usual')).say).toBe('Your usual order is two items: Whole Milk and Bananas. Should I put them in your cart?');
  });
});

describe("the reorder shopper's own words", () => {
  it('"give me my usual" and "same thing as last time" name their basket, rather than asking what to reorder', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    expect((await shopper.say('give me my usual')).say).toMatch(/^Your usual is \w+ items: Bananas, Whole Milk, and a dozen Large White Eggs\./);
    expect((await shopper.say('nope')).say).toBe("Okay, I didn't add anything.");
    for (const said of ['same thing as last time', 'order what I got last time', 'order what I had last week']) {
      expect((await shopper.say(said)).say, said).toMatch(/^Your last order is six items: /);
    }
    expect((await shopper.say('yeah sure')).say).toBe('Done. I put your last order, six items, in your cart. Nothing is ordered until you say check out.');
    expect(await cartIds()).toEqual(ORDERS[3]);
  });

  it('"put all of that in my cart" after the last order is read and offered takes the offer, as a yes would', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    expect((await shopper.say('what did I order last time')).say).toMatch(/Should I put them in your cart\?$/);
    expect((await shopper.say('put all of that in my cart')).say).toBe('Done. I put your last order, six items, in your cart. Nothing is ordered until you say check out.');
    expect(await cartIds()).toEqual(ORDERS[3]);
  });

  it('"what\'s my usual?" and "what did I get last time?" read the basket and offer it, instead of looking for a list', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    const usual = await shopper.say("what's my usual");
    expect(usual.say).toMatch(/^Your usual is \w+ items: Bananas, Whole Milk, and a dozen Large White Eggs\..* Should I put them in your cart\?$/);
    expect((await shopper.say('no')).say).toBe("Okay, I didn't add anything.");
    expect((await shopper.say('what did I get last time')).say).toMatch(/^Your last order is six items: /);
    expect(await cartIds()).toEqual([]);
  });

  it('"the paper towels I always get" is the household\'s own, and a thing they never bought is said so', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    expect((await shopper.say('reorder the paper towels I always get')).say).toMatch(/^Added Viva Multi-Surface Cloth Paper Towels/);
    expect((await shopper.say('add the coffee we usually buy here')).say).toMatch(/^Added .*Coffee/);
    expect(await cartIds()).toEqual(['p0312', 'p0273']);
    expect((await shopper.say('reorder the yogurt I always get')).say).toMatch(/^I don't see yogurt .*in your past orders\.$/);
    expect(await cartIds()).toEqual(['p0312', 'p0273']);
  });

  it('a bought product only loosely like the words is not what they name: "the chocolate milk I always get" is never the whole milk', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    expect((await shopper.say('reorder the chocolate milk I always get')).say).toBe("I don't see chocolate milk in your past orders.");
    expect(await cartIds()).toEqual([]);
  });

  it('"my usual coffee" is the coffee the household buys; "my usual tea", never bought, is said back as tea', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    expect((await shopper.intent('ReorderIntent', { product: 'usual coffee' })).say).toMatch(/^Added Pike Place Roast Ground Coffee/);
    expect((await shopper.intent('ReorderIntent', { product: 'usual tea' })).say).toBe("I don't see tea in your past orders.");
    expect(await cartIds()).toEqual(['p0273']);
  });

  it('a word of which kind the household\'s own product lacks is heard: "large brown eggs" are never its white eggs, "organic two percent milk" never its whole milk', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    expect((await shopper.say('add eggs')).say).toMatch(/Large White Eggs/);
    expect((await shopper.say('add large brown eggs')).say).toMatch(/Pasture-Raised Large Brown Eggs/);
    expect((await shopper.say('add organic two percent milk')).say).toMatch(/Organic 2% Reduced Fat Milk/);
    expect(await cartIds()).toEqual(['p0044', 'p0046', 'p0039']);
  });

  it('"what\'s in my weekly order?" reads the saved shortcut', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add two pounds of bananas');
    await shopper.say('save this as my weekly');
    expect((await shopper.say("what's in my weekly order")).say).toBe('Your weekly order is one item: two pounds of Bananas. Should I put it in your cart?');
    expect((await shopper.say("what's on my picnic list")).say).toBe("You don't have a list called picnic.");
  });

  it('"more" once the whole basket was read says so, and asks again', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('reorder my last order');
    await shopper.say('more');
    expect((await shopper.say('more')).say).toBe("That's every item. Should I put them in your cart?");
  });

  it('"move my picnic list to my cart" asks, then moves it', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add eggs to my picnic list');
    expect((await shopper.say('move my picnic list to my cart')).say).toBe('Your picnic list has one item. Should I put it in your cart?');
    await shopper.say('yes');
    expect(await cartIds()).toEqual(['p0044']);
  });

  it('"add three of the paper towels we always get" is three of the household\'s own paper towels, the amount said, not the amount bought before', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    expect((await shopper.say('add three of the paper towels we always get')).say).toBe('Added three packs of Viva Multi-Surface Cloth Paper Towels to your cart.');
    expect((await t.stateOf()).cart.map((line) => [line.productId, line.quantity])).toEqual([['p0312', 3]]);
  });

  it.each(['sure, minus the milk', 'put it all in except the milk', 'okay but minus the milk'])(
    'when the usual is offered and the shopper says "%s", the milk is left out and the rest offered again; the milk is never added',
    async (said) => {
      const shopper = t.shopper();
      await shopper.launch();
      await shopper.say('reorder my usual');
      const left = await shopper.say(said);
      expect(left.say).toMatch(/^Okay, without Whole Milk\. Should I put the other \w+ items in your cart\?$/);
      await shopper.say('yes');
      const ids = await cartIds();
      expect(ids.length).toBeGreaterThan(0);
      expect(ids).not.toContain('p0034');
    },
  );

  it('"add my usual but no milk this time" offers the usual without the milk, and a yes puts the rest in', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    const offered = await shopper.say('add my usual but no milk this time');
    expect(offered.say).toMatch(/Okay, without Whole Milk\. Should I put the other \w+ items in your cart\?$/);
    await shopper.say('yes');
    const ids = await cartIds();
    expect(ids.length).toBeGreaterThan(0);
    expect(ids).not.toContain('p0034');
  });
});

describe('Dash-style one-shots', () => {
  it('"ask corner grocer to reorder paper towels" names the exact product and size in one answer and ends', async () => {
    const shopper = t.shopper();
    const done = await shopper.say('ask corner grocer to reorder paper towels');
    expect(done.intent).toBe('ReorderIntent');
    expect(done.say).toBe('Added Viva Multi-Surface Cloth Paper Towels, 6 rolls, to your cart. To take it back, say: ask corner grocer to undo.');
    expect(done.ended).toBe(true);
    expect(await cartIds()).toEqual(['p0312']);
  });

  it('says the brand, escaped for SSML, when the product has one', async () => {
    const shopper = t.shopper();
    const done = await shopper.intent('ReorderIntent', { product: 'cherry garcia' }, { oneShot: true });
    expect(done.say).toBe("Added Ben & Jerry's Cherry Garcia Ice Cream, 1 pint, to your cart. To take it back, say: ask corner grocer to undo.");
    const speech = done.response.response.outputSpeech;
    expect(speech?.type === 'SSML' ? speech.ssml : '').toContain('Ben &amp; Jerry&apos;s Cherry Garcia Ice Cream');
  });

  it('a new one-shot session can undo it, but not once the undo window has passed', async () => {
    const shopper = t.shopper();
    await shopper.say('add milk');
    await shopper.end();
    await shopper.intent('ReorderIntent', { product: 'paper towels' }, { oneShot: true });
    expect(await cartIds()).toEqual(['p0034', 'p0312']);

    const undone = await shopper.say('ask corner grocer to undo');
    expect(undone.say).toBe('Okay, I took back adding Viva Multi-Surface Cloth Paper Towels to your cart.');
    expect(undone.ended).toBe(true);
    expect(await cartIds()).toEqual(['p0034']);

    await shopper.say('ask corner grocer to reorder paper towels');
    t.clock.advance(UNDO_WINDOW_MS + 60_000);
    const tooLate = await shopper.say('ask corner grocer to undo');
    expect(tooLate.say).toBe("There's nothing to undo.");
    expect(await cartIds()).toEqual(['p0034', 'p0312']);
  });

  it("won't reorder what the household never bought", async () => {
    const shopper = t.shopper();
    const answer = await shopper.say('ask corner grocer to reorder kleenex');
    expect(answer.say).toBe("I don't see kleenex in your past orders.");
    expect(await cartIds()).toEqual([]);
  });
});

describe('shortcuts', () => {
  async function savedWeekly(): Promise<ReturnType<TestSkill['shopper']>> {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add milk');
    await shopper.say('add two pounds of bananas');
    expect((await shopper.say('save this as my weekly order')).say).toBe(
      'Saved your cart, two items, as your weekly order. Next time, just say, order my weekly order.',
    );
    await shopper.say('clear my cart');
    await shopper.say('yes');
    return shopper;
  }

  it('saves the cart as a shortcut, lists it, and orders it back into the cart on yes', async () => {
    const shopper = await savedWeekly();
    expect(Object.keys((await t.stateOf()).shortcuts)).toEqual(['weekly']);
    expect((await shopper.say('what are my shortcuts')).say).toBe('Your saved order is weekly.');
    const asked = await shopper.say('order my weekly order');
    expect(asked.say).toBe('Your weekly order is two items: Whole Milk and two pounds of Bananas. Should I put them in your cart?');
    await shopper.say('yes');
    expect((await t.stateOf()).cart).toEqual([
      expect.objectContaining({ productId: 'p0034', quantity: 1, unit: null }),
      expect.objectContaining({ productId: 'p0001', quantity: 2, unit: 'pound' }),
    ]);
  });

  it('finds the shortcut when its name is misheard', async () => {
    const shopper = await savedWeekly();
    // As Alexa sends it, the misheard name in the slot: the skill finds the shortcut it sounds like.
    const asked = await shopper.intent('ReorderIntent', { list: 'weakly order' }, { heard: 'order my weakly order' });
    expect(asked.say).toMatch(/^Your weekly order is two items/);
    await shopper.say('yes');
    expect(await cartIds()).toEqual(['p0034', 'p0001']);
  });

  it('renames and deletes a shortcut', async () => {
    const shopper = await savedWeekly();
    expect((await shopper.say('rename my weekly order to sunday order')).say).toBe('Done. Your weekly order is now called sunday.');
    expect(Object.keys((await t.stateOf()).shortcuts)).toEqual(['sunday']);
    expect((await shopper.say('what are my shortcuts')).say).toBe('Your saved order is sunday.');
    expect((await shopper.say('delete my sunday order')).say).toBe("Should I forget your sunday order? It has two items, and I can't bring it back.");
    expect((await shopper.say('yes')).say).toBe('Done. I forgot your sunday order.');
    expect((await t.stateOf()).shortcuts).toEqual({});
    expect((await shopper.say('order my sunday order')).say).toMatch(/^You don't have a saved order called sunday/);
  });

  it('leaves what is already in the cart as it is when a reorder has it too, and says so', async () => {
    const shopper = await savedWeekly();
    await shopper.say('add milk');
    await shopper.say('order my weekly order');
    expect((await shopper.say('yes')).say).toBe(
      'Done. I put your weekly order, two items, in your cart. One was already there, and I left it as it was. Nothing is ordered until you say check out.',
    );
    expect((await t.stateOf()).cart.map((line) => [line.productId, line.quantity])).toEqual([
      ['p0034', 1],
      ['p0001', 2],
    ]);
  });

  it('keeps a saved order the shopper does not say yes to forgetting, even when its name was misheard', async () => {
    const shopper = await savedWeekly();
    expect((await shopper.say('delete my weakly order')).say).toBe("Should I forget your weekly order? It has two items, and I can't bring it back.");
    expect((await shopper.say('no')).say).toBe('Okay, I left it as it was.');
    expect(Object.keys((await t.stateOf()).shortcuts)).toEqual(['weekly']);
  });

  it('will not save an empty cart', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    expect((await shopper.say('save this as my weekly order')).say).toBe("Your cart is empty, so there's nothing to save yet.");
    expect((await t.stateOf()).shortcuts).toEqual({});
  });
});

describe('a basket offered, then trimmed', () => {
  it('when the shopper says to leave one thing out, the rest is offered again and added on yes', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('reorder my usual');
    const trimmed = await shopper.say('leave out the milk please');
    expect(trimmed.say).toMatch(/^Okay, without Whole Milk\. Should I put the other \w+ items in your cart\?$/);
    expect(await cartIds()).toEqual([]);
    await shopper.say('yes');
    const ids = await cartIds();
    expect(ids).toContain('p0001');
    expect(ids).not.toContain('p0034');
  });

  it('when the shopper leaves out two things, both stay out', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('reorder my usual');
    await shopper.say('I don\'t need the milk or the bananas');
    await shopper.say('yes');
    const ids = await cartIds();
    expect(ids).not.toContain('p0001');
    expect(ids).not.toContain('p0034');
    expect(ids).toContain('p0044');
  });
});

describe('a basket with more said in the same breath', () => {
  it('when the shopper says "reorder my usual plus a bag of onions", the onions are offered with the usual, said by name, and go in with it after the yes', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    const offered = await shopper.say('reorder my usual plus a bag of onions');
    expect(offered.say).toMatch(/^Your usual plus Yellow Onions is \w+ items: /);
    await shopper.say('yes');
    const ids = await cartIds();
    expect(ids).toEqual(expect.arrayContaining(['p0001', 'p0034', 'p0044']));
    expect((await t.cartLines()).filter((line) => /Onions/.test(line))).toEqual(['1 bag Yellow Onions']);
  });

  it('when Alexa hears "my usual and some lemons and kale" as one product to add, the usual is offered with the lemons, and the kale the store lacks is said so', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    const offered = await shopper.intent('AddItemIntent', { product: 'my usual and some lemons and kale' });
    expect(offered.say).toMatch(/^Sorry, I couldn't find kale at Corner Grocer\. Your usual plus Lemons is /);
    expect(await cartIds()).toEqual([]);
  });

  it('"the same as last time plus onions", heard as the list to reorder, offers the last order with the onions', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    const offered = await shopper.intent('ReorderIntent', { list: 'the same as last time plus onions' });
    expect(offered.say).toMatch(/^Your last order plus Yellow Onions is \w+ items: /);
  });

  it('"my usual coffee and some milk" still adds the coffee this household buys, and the milk, with no basket offered', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.intent('AddItemIntent', { product: 'my usual coffee and some milk' });
    expect((await cartIds()).length).toBe(2);
  });
});

describe('an amount changed while a basket is offered', () => {
  it('when the shopper says "make it two bananas" while the usual is offered, the bananas of the offer become two and the offer stands for its yes', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('reorder my usual');
    const changed = await shopper.intent('ChangeQuantityIntent', { product: 'bananas', quantity: '2' });
    expect(changed.say).toMatch(/^Okay, two Bananas\. Should I put all \w+ items in your cart\?$/);
    await shopper.say('yes');
    expect((await t.cartLines()).filter((line) => /Bananas/.test(line))).toEqual(['2 each Bananas']);
    expect(await cartIds()).toEqual(expect.arrayContaining(['p0034', 'p0044']));
  });

  it('"make it six eggs" of a carton in the offer changes nothing and says why; the offer still stands', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('reorder my usual');
    const said = await shopper.intent('ChangeQuantityIntent', { product: 'eggs', quantity: '6' });
    expect(said.say).toMatch(/^The Large White Eggs come by the dozen, so I can't make it six\. Should I put them in your cart\?/);
    await shopper.say('yes');
    expect((await t.cartLines()).filter((line) => /Eggs/.test(line))).toEqual(['1 Large White Eggs']);
  });

  it('"make it two avocados" of a basket with none puts two avocados in the offer, said by name, and they go in with it', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('reorder my usual');
    const said = await shopper.intent('ChangeQuantityIntent', { product: 'avocados', quantity: '2' });
    expect(said.say).toMatch(/^Okay, two Hass Avocados\. Should I put all \w+ items in your cart\?$/);
    await shopper.say('yes');
    expect((await t.cartLines()).filter((line) => /Avocado/.test(line))).toEqual(['2 Hass Avocados']);
  });

  it('a thing the store does not sell, said of the offer, is said so, and the offer stands', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('reorder my usual');
    const said = await shopper.intent('ChangeQuantityIntent', { product: 'kumquats', quantity: '2' });
    expect(said.say).toMatch(/^I don't see kumquats in your usual\. Should I put them in your cart\?/);
    expect(await cartIds()).toEqual([]);
  });
});

describe('several things left out of a basket in one breath', () => {
  it('when the shopper says "we don\'t need milk this time, and skip the bananas" while the usual is offered, both are left out and neither goes in', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('reorder my usual');
    const without = await shopper.intent('RemoveItemIntent', { product: 'milk this time and skip the bananas' });
    expect(without.say).toMatch(/^Okay, without Whole Milk and Bananas\. Should I put the other/);
    await shopper.say('yes');
    expect(await cartIds()).not.toContain('p0001');
    expect(await cartIds()).not.toContain('p0034');
  });

  it('"no bananas and no milk" leaves out both', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('reorder my usual');
    const without = await shopper.intent('CorrectionIntent', { product: 'no bananas and no milk' });
    expect(without.say).toMatch(/^Okay, without Bananas and Whole Milk\./);
  });
});

describe('the usual asked for with no verb', () => {
  it('"my usual please" offers the usual, never the last order', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    const offered = await shopper.say('my usual please');
    expect(offered.say).toMatch(/^Your usual is /);
    const done = await shopper.say('yes');
    expect(done.say).toMatch(/^Done\. I put your usual, /);
    expect(await cartIds()).toEqual(expect.arrayContaining(['p0001', 'p0034', 'p0044']));
  });
});

describe('a thing left out of an offered basket, wanted after all', () => {
  it('"wait, I still need the milk" just after the milk was left out of the usual puts it back in the offer, which stands', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('reorder my usual');
    await shopper.say('no milk this time');
    const back = await shopper.intent('KeepItemIntent', { product: 'milk' });
    expect(back.say).toMatch(/^Okay, Whole Milk\. Should I put all \w+ items in your cart\?$/);
    await shopper.say('yes');
    expect(await cartIds()).toContain('p0034');
  });
});
