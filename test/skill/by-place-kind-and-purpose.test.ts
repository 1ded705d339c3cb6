import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestSkill, type TestSkill } from '../support/skill.ts';

let t: TestSkill;
beforeEach(async () => {
  t = await startTestSkill();
});
afterEach(async () => {
  await t.close();
});

async function shopperWith(items: readonly string[]): Promise<ReturnType<TestSkill['shopper']>> {
  const shopper = t.shopper();
  await shopper.launch();
  for (const item of items) await shopper.intent('AddItemIntent', { product: item });
  return shopper;
}

describe('a question about one place in the cart', () => {
  it('when the shopper asks for the second one after a read-back, voicecart names the second item read and changes nothing', async () => {
    const shopper = await shopperWith(['lemons', 'limes', 'garlic']);
    await shopper.say("what's in my cart");
    const before = await t.stateOf();
    const answer = await shopper.intent('ReadCartIntent', { position: '2' });
    expect(answer.say).toMatch(/^The second one I read was .*Limes?\./);
    expect(await t.stateOf()).toEqual(before);
  });

  it('when nothing was read, the place counts the items in the order they went in', async () => {
    const shopper = await shopperWith(['lemons', 'limes', 'garlic']);
    const answer = await shopper.intent('ReadCartIntent', { position: '3' });
    expect(answer.say).toMatch(/^The third item was .*Garlic\./);
  });

  it('when the place is past the end, voicecart says how many there are', async () => {
    const shopper = await shopperWith(['lemons', 'limes']);
    const answer = await shopper.intent('ReadCartIntent', { position: '5' });
    expect(answer.say).toMatch(/^There are only two items in your cart, so there's no fifth\./);
  });

  it('when the shopper asks in words of their own, the text doors hear the place', async () => {
    const shopper = await shopperWith(['lemons', 'limes', 'garlic']);
    const answer = await shopper.say('sorry, what was the second thing on my list');
    expect(answer.intent).toBe('ReadCartIntent');
    expect(answer.say).toMatch(/Limes?/);
  });
});

describe('a correction that only says which kind', () => {
  it('when the shopper says "no, the low fat one" after milk, the milk becomes low fat milk, in its amount', async () => {
    const shopper = await shopperWith([]);
    await shopper.intent('AddItemIntent', { product: 'milk', quantity: '2' });
    const corrected = await shopper.intent('CorrectionIntent', { product: 'low fat' });
    expect(corrected.say).toMatch(/^Sorry about that\. I replaced Whole Milk with .*1% Low Fat Milk/);
    expect(await t.cartLines()).toEqual(['2 1% Low Fat Milk']);
  });

  it('when the shopper names another product, it is that product, not a kind of the last one', async () => {
    const shopper = await shopperWith(['milk']);
    await shopper.intent('CorrectionIntent', { product: 'pears' });
    expect((await t.stateOf()).cart.map((line) => line.name)).toEqual(['Bartlett Pears']);
  });

  it('when the shopper asks for a kind the store does not have ("the green ones" of grapes), nothing is swapped and the closest are offered', async () => {
    const shopper = await shopperWith(['grapes']);
    const corrected = await shopper.intent('CorrectionIntent', { product: 'green ones' });
    expect(corrected.say).toMatch(/^Sorry, I couldn't find green grapes\./);
    expect(corrected.say).not.toMatch(/Apples/);
    expect((await t.stateOf()).cart.map((line) => line.name)).toEqual(['Red Seedless Grapes']);
  });

  it('when the shopper points at a kind with "the skim ones", the pointing word is no part of the kind found', async () => {
    const shopper = await shopperWith(['milk']);
    const corrected = await shopper.intent('CorrectionIntent', { product: 'skim ones' });
    expect(corrected.say).toMatch(/^Sorry about that\. I replaced Whole Milk with Fat Free Skim Milk/);
    expect((await t.stateOf()).cart.map((line) => line.name)).toEqual(['Fat Free Skim Milk']);
  });

  it('when the shopper says it their own way, the text doors hear a correction', async () => {
    const shopper = await shopperWith(['milk']);
    const corrected = await shopper.say('no not that one, the low fat kind');
    expect(corrected.intent).toBe('CorrectionIntent');
    expect((await t.stateOf()).cart.map((line) => line.name)).toEqual(['1% Low Fat Milk']);
  });
});

describe('a request that says who or what occasion it is for', () => {
  it('when the shopper asks for salmon for dinner, the salmon goes in the cart and no list is made', async () => {
    const shopper = await shopperWith([]);
    await shopper.say('add some salmon for dinner');
    const state = await t.stateOf();
    expect(state.cart.map((line) => line.name)).toEqual(['Norwegian Salmon Fillet']);
    expect(Object.keys(state.lists)).toEqual([]);
  });

  it('when the shopper has a list named for the occasion, the item goes on it', async () => {
    const shopper = await shopperWith([]);
    await shopper.intent('CreateListIntent', { list: 'party' });
    await shopper.intent('AddItemIntent', { product: 'bananas for the party' });
    const state = await t.stateOf();
    expect(state.lists.party?.map((line) => line.name)).toEqual(['Bananas']);
    expect(state.cart).toEqual([]);
  });
});

describe('a correction naming something the store does not sell', () => {
  it('says so, and never makes it a kind of what was just added', async () => {
    const shopper = await shopperWith(['bananas']);
    const corrected = await shopper.intent('CorrectionIntent', { product: 'rambutans' });
    expect(corrected.say).toMatch(/couldn't find rambutans\b/);
    expect(corrected.say).not.toMatch(/rambutans bananas/);
  });
});

describe('changing one\'s mind just after', () => {
  it('when the shopper says "no wait, put them back" after taking something off, it comes back', async () => {
    const shopper = await shopperWith(['bananas', 'limes']);
    await shopper.say('take off the bananas');
    const back = await shopper.say('no wait, put them back');
    expect(back.intent).toBe('UndoIntent');
    expect((await t.stateOf()).cart.map((line) => line.name).sort()).toEqual(['Bananas', 'Limes']);
  });

  it('when the shopper says "I just need one" after adding three, the line becomes one', async () => {
    const shopper = await shopperWith([]);
    await shopper.intent('AddItemIntent', { product: 'lemons', quantity: '3' });
    await shopper.say('I just need one');
    expect(await t.cartLines()).toEqual(['1 Lemons']);
  });
});

describe('taking off a kind of thing that no line is named by', () => {
  it('when the shopper says "take off the cereal" and the one cereal there is Cheerios, voicecart asks before taking it off', async () => {
    const shopper = await shopperWith(['cheerios', 'bananas']);
    const before = await t.stateOf();
    const asked = await shopper.say('take off the cereal');
    expect(asked.say).toBe("I don't see anything called cereal, but you have Cheerios. Should I take it off your cart?");
    expect(await t.stateOf()).toEqual(before);
    expect((await shopper.say('yes')).say).toBe('Removed Cheerios from your cart.');
    expect(await t.cartLines()).toEqual([expect.stringMatching(/Bananas$/)]);
  });

  it('with two of that kind, the shopper chooses which', async () => {
    const shopper = await shopperWith(['cheerios', 'corn flakes', 'bananas']);
    expect((await shopper.say('take off the cereal')).say).toBe('Which cereal should I take off: one, Cheerios and two, Corn Flakes? Say one or two.');
    expect((await shopper.say('two')).say).toBe('Removed Corn Flakes from your cart.');
  });

  it('a kind nothing in the cart is of is said not to be there, and nothing changes', async () => {
    const shopper = await shopperWith(['sharp cheddar', 'bananas']);
    const before = await t.stateOf();
    expect((await shopper.say('take off the ice cream')).say).toMatch(/^I don't see ice cream in your cart\./);
    expect(await t.stateOf()).toEqual(before);
  });
});
