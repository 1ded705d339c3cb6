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

/** The products a reply names, of the demo catalog's: at most three in any reply. */
function productsNamed(exchange: Exchange): string[] {
  const names = t.services.catalog.products.map((p) => p.name).sort((a, b) => b.length - a.length);
  let rest = exchange.say;
  const found: string[] = [];
  for (const name of names) {
    while (rest.includes(name)) {
      found.push(name);
      rest = rest.replace(name, '');
    }
  }
  return found;
}

function pendingOf(exchange: Exchange) {
  return PendingSchema.parse(exchange.response.sessionAttributes?.['pending']);
}

describe('every item said is accounted for', () => {
  it('adds the clear items, then asks about each unclear one in turn: "Which bread…?" then "And which cheese…?"', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    const first = await shopper.intent('AddItemIntent', { product: 'milk eggs bread butter and cheese' });
    expect(first.say).toMatch(/^Added the milk, eggs, and butter to your cart\. I need to ask about the bread and cheese\. Which bread did you mean: one, /);
    expect(productsNamed(first).length).toBeLessThanOrEqual(3);
    expect(await t.cartLines()).toEqual(['1 Whole Milk', '1 Large White Eggs', '1 Salted Butter']);
    const bread = pendingOf(first);
    if (bread.kind !== 'choose') throw new Error('expected a choice of bread');
    expect(bread.next?.map((q) => q.phrase)).toEqual(['cheese']);

    const second = await shopper.say('two');
    expect(second.say).toMatch(/^Added the bread to your cart\. And which cheese did you mean: one, /);
    expect(productsNamed(second).length).toBeLessThanOrEqual(3);
    expect(await t.cartLines()).toHaveLength(4);

    const third = await shopper.say('one');
    expect(third.say).toMatch(/^Added .+ to your cart\.$/);
    expect(await t.cartLines()).toHaveLength(5);
    expect(third.response.sessionAttributes?.['pending']).toBeUndefined();
  });

  it('a "no" to one unclear item moves on to the next, rather than dropping it', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.intent('AddItemIntent', { product: 'bread and cheese' });
    const next = await shopper.say('no');
    expect(next.say).toMatch(/^Okay, I didn't add the bread\. And which cheese did you mean: one, /);
    await shopper.say('three');
    expect(await t.cartLines()).toHaveLength(1);
  });

  it('asks about a carton and a choice in the order they were said', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    const first = await shopper.intent('AddItemIntent', { product: 'six eggs and cheese' });
    expect(first.say).toBe(
      "I need to ask about the eggs and cheese. The Large White Eggs come by the dozen, so I can't add just six. Should I add a dozen?",
    );
    const second = await shopper.say('yes');
    // Three cheeses to offer leave no room to name the eggs too: they are said in the shopper's words.
    expect(second.say).toMatch(/^Added the eggs to your cart\. And which cheese did you mean: one, .+, two, .+, and three, .+\? Say one, two, or three\.$/);
    expect(productsNamed(second).length).toBeLessThanOrEqual(3);
    expect(await t.cartLines()).toEqual(['1 Large White Eggs']);
  });

  it('several things not sold are named together, in the shopper\'s words', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    const answer = await shopper.intent('AddItemIntent', { product: 'whole milk, saffron threads, and durian' });
    expect(answer.say).toBe("Added Whole Milk to your cart. Sorry, I couldn't find saffron threads and durian at Corner Grocer.");
  });

  it('a long request is said back naming three products, and the rest counted', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    const answer = await shopper.intent('AddItemIntent', { product: 'whole milk, sourdough bread, salted butter, bananas, and honeycrisp apples' });
    expect(answer.say).toMatch(/^Added five items to your cart, including Whole Milk, Sourdough Loaf, and Salted Butter\.$/);
    expect(await t.cartLines()).toHaveLength(5);
  });
});

describe('a question about an item survives what the shopper says before answering it', () => {
  it('when the shopper asks about the cart instead of choosing, the cart is answered and the choice asked again', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.intent('AddItemIntent', { product: 'bananas' });
    await shopper.intent('AddItemIntent', { product: 'crackers' });
    const aside = await shopper.say("what's in my cart so far");
    expect(aside.say).toMatch(/^You have one item in your cart: Bananas\. .*And which crackers did you mean: one, /);
    expect(pendingOf(aside).kind).toBe('choose');
    const total = await shopper.say('how much does that come to');
    expect(total.say).toMatch(/comes? to .+ And which crackers did you mean: one, /);
    await shopper.say('one');
    expect(await t.cartLines()).toHaveLength(2);
  });

  it('when the shopper adds something else first, it is added and the choice follows', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.intent('AddItemIntent', { product: 'crackers' });
    const other = await shopper.intent('AddItemIntent', { product: 'whole milk' });
    expect(other.say).toMatch(/^Added Whole Milk to your cart\. And which crackers did you mean: one, /);
    await shopper.say('the first one');
    expect(await t.cartLines()).toEqual(['1 Whole Milk', expect.stringMatching(/^1 .*Crackers/)]);
  });

  it('a question asked while the items behind it wait leaves them waiting: each is still asked in turn', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.intent('AddItemIntent', { product: 'crackers and yogurt' });
    const aside = await shopper.say('how much is my total');
    expect(aside.say).toMatch(/And which crackers did you mean/);
    const next = await shopper.say('two');
    expect(next.say).toMatch(/And which yogurt did you mean: one, /);
    await shopper.say('one');
    expect(await t.cartLines()).toHaveLength(2);
  });
});

describe('two requests in one breath', () => {
  it('when the shopper adds and asks in one sentence, both are done, in order', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    const both = await shopper.say('put some bananas in and then read me my cart');
    expect(both.say).toMatch(/^Added Bananas to your cart\. You have one item in your cart: Bananas\./);
    expect(await t.cartLines()).toEqual(['1 Bananas']);
  });

  it('when the first needs a choice, the second is still done and the choice still waits', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    const both = await shopper.say('add crackers and tell me my total');
    expect(both.say).toMatch(/^Which crackers did you mean: .+ Your cart is empty\. Say a number from one to /);
    expect(pendingOf(both).kind).toBe('choose');
    await shopper.say('two');
    expect(await t.cartLines()).toHaveLength(1);
  });

  it('items joined by "and" after one verb stay one request', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add whole milk and bananas');
    const off = await shopper.say('take off the milk and the bananas');
    expect(off.then).toBeUndefined();
    expect(off.say).toBe('Removed Whole Milk and Bananas from your cart.');
    expect(await t.cartLines()).toEqual([]);
    await shopper.say('undo that');
    expect(await t.cartLines()).toEqual(['1 Whole Milk', '1 Bananas']);
  });

  it('an item taken back in the same breath ("pears, no wait, bananas") is not added, and the one meant is', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    const said = await shopper.say('add pears, no wait, bananas');
    expect(said.say).toMatch(/^Added .*Bananas to your cart\./);
    expect(await t.cartLines()).toEqual(['1 Bananas']);
    await shopper.say('add milk, eggs, sorry, I mean butter');
    expect(await t.cartLines()).toEqual(['1 Bananas', '1 Whole Milk', '1 Salted Butter']);
  });

  it('when Alexa hears "ground beef, no wait, not beef, the ground turkey" whole in the product, the turkey goes in and the beef never does', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.intent('AddItemIntent', { product: 'ground beef no wait not beef the ground turkey' });
    expect(await t.cartLines()).toEqual([expect.stringMatching(/Ground Turkey$/)]);
  });

  it('an amount said again in the same breath ("a jar of jam, no wait, make that two jars") is the amount added, and nothing else changes', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add a bag of carrots');
    const said = await shopper.say('put in a box of cereal, sorry, make it two boxes');
    expect(said.say).not.toMatch(/Carrots/);
    await shopper.say('one');
    await shopper.say('could I get a gallon of milk, actually two of them');
    expect(await t.cartLines()).toEqual(['1 Baby Carrots', '2 box Cheerios', '2 gallon Whole Milk']);
  });

  it('an Alexa-filled product slot holding the whole self-repair adds the thing once, in the amount said last', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    const said = await shopper.intent('AddItemIntent', { product: 'a can of tomato soup no wait make that three cans' });
    expect(said.say).toBe('Added three cans of Tomato Soup to your cart.');
    expect(await t.cartLines()).toEqual(['3 can Tomato Soup']);
  });

  it('a thing the store sells only as the flavour of something else is not added in its place', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    const said = await shopper.say('add two pounds of cherries');
    expect(said.say).toMatch(/couldn't find cherries/);
    expect(await t.cartLines()).toEqual([]);
  });

  it('a dish the store names with "and" among its own names ("mac and cheese") is one item, whatever amount is said', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    const said = await shopper.intent('AddItemIntent', { product: 'mac and cheese', quantity: '2', unit: 'boxes' });
    expect(said.say).toMatch(/^Added two boxes of .*Macaroni & Cheese/);
    expect(await t.cartLines()).toHaveLength(1);
  });

  it('a thing not sold gets no offer of products that only sound a little like it', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    const said = await shopper.say('add a loaf of rye');
    expect(said.say).toMatch(/couldn't find rye/);
    expect(said.say).not.toMatch(/Sauce/);
  });
});
