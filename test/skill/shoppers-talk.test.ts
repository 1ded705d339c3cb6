import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Conversation, Exchange } from '../../src/skill/conversation.ts';
import { startTestSkill, type TestSkill } from '../support/skill.ts';

/**
 * Conversations as shoppers speak them, typed to the skill as `voicecart chat` hears them (the
 * local NLU, then the skill): questions about orders already placed, returns, checkout talk while
 * the order is read back, pauses, thanks, and requests that are not shopping. Each shopper is their
 * own, so one conversation never leans on another.
 */
let t: TestSkill;
let customers = 0;

beforeAll(async () => {
  t = await startTestSkill();
});

afterAll(async () => {
  await t.close();
});

/** A linked shopper of their own, with these things in the cart, in an open session. */
async function linkedShopper(items: readonly string[]): Promise<{ shopper: Conversation; userId: string; customer: string }> {
  const customer = `talker-${++customers}`;
  const userId = `alexa-${customer}`;
  const shopper = t.shopper({ userId, accessToken: t.linkAccount(customer) });
  await shopper.launch();
  for (const item of items) await shopper.say(`add ${item}`);
  return { shopper, userId, customer };
}

/** A shopper whose order of these things was placed, then comes back in a new session. */
async function afterAnOrder(items: readonly string[]): Promise<{ shopper: Conversation; userId: string }> {
  const { shopper, userId, customer } = await linkedShopper(items);
  expect((await shopper.say('check out')).say).toMatch(/Should I place the order\?$/);
  expect((await shopper.say('yes')).say).toMatch(/^Your order is placed/);
  await shopper.end();
  const back = t.shopper({ userId, accessToken: t.linkAccount(customer) });
  await back.launch();
  return { shopper: back, userId };
}

const stored = async (userId: string) => {
  const state = await t.stateOf(userId);
  return JSON.stringify([state.cart, state.lists]);
};

describe('after the order, in the shopper\'s words', () => {
  it.each(['cancel my order', 'I need to cancel the order please', 'could you call off my delivery', "we don't need the groceries anymore"])(
    'when the shopper says "%s", voicecart names the order, and cancels it only on yes',
    async (said) => {
      const { shopper, userId } = await afterAnOrder(['whole milk']);
      const before = await stored(userId);
      const asked = await shopper.say(said);
      expect(asked.intent).toBe('CancelOrderIntent');
      expect(asked.say).toBe('Should I cancel your order of Whole Milk, arriving tomorrow between 9 and 11 am?');
      expect((await shopper.say('yes')).say).toBe('Done. I cancelled your order of one item. Nothing from it will be delivered.');
      expect(await stored(userId)).toBe(before);
    },
  );

  it.each(['when will it arrive', "when's my delivery coming", 'what time should I expect the groceries', 'is my order coming today'])(
    'when the shopper asks "%s", voicecart tells the delivery window from the store and changes nothing',
    async (said) => {
      const { shopper, userId } = await afterAnOrder(['whole milk', 'two pounds of bananas']);
      const before = await stored(userId);
      const told = await shopper.say(said);
      expect(told.say).toMatch(/^Your order of two items has been placed\. It arrives tomorrow between 9 and 11 am\./);
      expect(await stored(userId)).toBe(before);
    },
  );

  it.each(['what did I get last time', 'remind me what we ordered last week', "what was in my last order", 'read me my previous order'])(
    'when the shopper asks "%s", voicecart reads the last order from the store and leaves the cart as it is',
    async (said) => {
      const { shopper, userId } = await afterAnOrder(['whole milk', 'two pounds of bananas']);
      await shopper.say('add salted butter');
      const before = await stored(userId);
      const told = await shopper.say(said);
      expect(told.say).toMatch(/^Your last order had two items: Whole Milk and two pounds of Bananas\./);
      expect(await stored(userId)).toBe(before);
      expect(await t.cartLines(userId)).toEqual(['1 Salted Butter']);
    },
  );
});

describe('a return is never an add', () => {
  it.each([
    ['I want to send back the eggs', 'the eggs'],
    ['I would like to return the milk', 'the milk'],
    ['can I return those bananas', 'those bananas'],
    ['the bread was stale', 'bread'],
  ])('when the shopper says "%s", voicecart says the store handles returns and how, and changes nothing', async (said) => {
    const { shopper, userId } = await linkedShopper(['sourdough bread']);
    const before = await stored(userId);
    const answer = await shopper.say(said);
    expect(answer.intent).toBe('ReturnItemIntent');
    expect(answer.say).toMatch(/^I can't take back .+ by voice\. Corner Grocer handles returns: call or write to Corner Grocer's customer service, and they'll arrange it\. Your cart is as it was\./);
    expect(answer.ended).toBe(false);
    expect(await stored(userId)).toBe(before);
  });
});

describe('checkout talk while the order is read back', () => {
  it.each(['yeah do it', 'please do', 'yes please go ahead', 'sure thing'])(
    'when the shopper answers the read-back with "%s", the order is placed',
    async (said) => {
      const { shopper } = await linkedShopper(['whole milk']);
      const placedBefore = t.ordersPlaced();
      expect((await shopper.say('check out')).say).toMatch(/Should I place the order\?$/);
      expect((await shopper.say(said)).say).toMatch(/^Your order is placed/);
      expect(t.ordersPlaced()).toBe(placedBefore + 1);
    },
  );

  it.each(['check out', 'place the order', 'go ahead and order', 'just order it'])(
    'when the shopper says "%s" again to the read-back, nothing is bought until a yes',
    async (said) => {
      const { shopper } = await linkedShopper(['whole milk']);
      const placedBefore = t.ordersPlaced();
      await shopper.say('check out');
      await shopper.say('hmm, give me a second');
      const again = await shopper.say(said);
      expect(again.say).toMatch(/^I'll place it as soon as you say yes\. Should I place the order for .+\? Say yes to order, or no\.$/);
      expect(t.ordersPlaced()).toBe(placedBefore);
      expect((await shopper.say('yes')).say).toMatch(/^Your order is placed/);
      expect(t.ordersPlaced()).toBe(placedBefore + 1);
    },
  );

  it.each(['not yet', 'hold on', 'wait', 'hang on a minute', 'give me a second', "I'm not ready yet"])(
    'when the shopper says "%s", nothing is ordered or declined, the question is asked again, and a yes then orders',
    async (said) => {
      const { shopper, userId } = await linkedShopper(['whole milk', 'two pounds of bananas']);
      const placedBefore = t.ordersPlaced();
      await shopper.say('check out');
      const before = await stored(userId);
      const held = await shopper.say(said);
      expect(held.say).toMatch(/^Take your time\. Should I place the order for .+\?/);
      expect(held.ended).toBe(false);
      expect(t.ordersPlaced()).toBe(placedBefore);
      expect(await stored(userId)).toBe(before);
      expect((await shopper.say('yes')).say).toMatch(/^Your order is placed/);
      expect(t.ordersPlaced()).toBe(placedBefore + 1);
    },
  );
});

describe('pauses, pace and manners', () => {
  it.each(['slow down please', 'you talk too fast', "I can't keep up with you", 'could you speak a little more slowly', 'not so fast'])(
    'when the shopper says "%s", voicecart slows down',
    async (said) => {
      const { shopper } = await linkedShopper([]);
      const slower = await shopper.say(said);
      expect(slower.say).toMatch(/^Okay, I'll speak more slowly\. Again: /);
      expect(slower.intent).toBe('SetPaceIntent');
    },
  );

  it.each(['where were we', 'sorry, where was I', 'what were you saying'])(
    'when the shopper comes back with "%s", voicecart says again what it last said, question and all',
    async (said) => {
      const { shopper, userId } = await linkedShopper([]);
      const asked = await shopper.say('add bread');
      expect(asked.say).toMatch(/^Which bread did you mean/);
      const again = await shopper.say(said);
      expect(again.say).toBe(asked.say);
      expect(await t.cartLines(userId)).toEqual([]);
      expect((await shopper.say('the first one')).say).toMatch(/^Added .+ to your cart\./);
    },
  );

  it('when the shopper opens a new session with "where were we", voicecart recalls what they last did, and changes nothing', async () => {
    const { shopper, userId } = await linkedShopper(['two bunches of bananas']);
    await shopper.end();
    await shopper.launch();
    const before = await stored(userId);
    expect((await shopper.say('where were we')).say).toBe(
      'When we last spoke, you finished by adding two bunches of Bananas to your cart. You have one item in your cart. What would you like to do?',
    );
    expect(await stored(userId)).toBe(before);
  });

  it.each(['thank you', 'thanks so much', 'oh lovely thank you', 'that is very kind of you'])(
    'when the shopper says "%s", voicecart says you\'re welcome, stays, and changes nothing',
    async (said) => {
      const { shopper, userId } = await linkedShopper(['whole milk']);
      const before = await stored(userId);
      const answer = await shopper.say(said);
      expect(answer.say).toMatch(/^You're welcome\./);
      expect(answer.ended).toBe(false);
      expect(await stored(userId)).toBe(before);
    },
  );

  it('"thank you" while a question is open keeps the question, and the answer still answers it', async () => {
    const { shopper, userId } = await linkedShopper([]);
    await shopper.say('add bread');
    const thanked = await shopper.say('thank you');
    expect(thanked.say).toMatch(/^You're welcome\. Say a number/);
    expect((await shopper.say('the first one')).say).toMatch(/^Added .+ to your cart\./);
    expect(await t.cartLines(userId)).toHaveLength(1);
  });
});

describe('requests that are not shopping, through both doors', () => {
  const ONLY_SHOPPING = 'I can only help with your shopping at Corner Grocer. What would you like?';
  const heard = (exchange: Exchange) => ({ say: exchange.say, ended: exchange.ended });

  it.each([
    'call my son',
    'phone my grandson please',
    'can you tell me the date',
    'will it rain tomorrow',
    "what's the weather like this weekend",
    'play some jazz',
    'put on the radio',
  ])('"%s" gets the short answer, the same through Alexa and by text, and changes nothing', async (said) => {
    const { shopper: typist, userId: typed } = await linkedShopper(['whole milk']);
    const { shopper: alexa, userId: spoken } = await linkedShopper(['whole milk']);
    const before = await stored(typed);
    const byText = await typist.say(said);
    const byAlexa = await alexa.intent('AMAZON.FallbackIntent', {}, { heard: said });
    expect(byText.say).toBe(ONLY_SHOPPING);
    expect(heard(byText)).toEqual(heard(byAlexa));
    expect(await stored(typed)).toBe(before);
    expect(await stored(spoken)).toBe(before);
  });
});

describe('a bare product answers the question asked', () => {
  it.each(['milk', 'some bananas please', 'paper towels'])('after "What would you like to add?", "%s" is added', async (said) => {
    const { shopper, userId } = await linkedShopper([]);
    expect((await shopper.say('add something')).say).toBe('What would you like to add?');
    const added = await shopper.say(said);
    expect(added.say).toMatch(/^Added .+ to your cart\./);
    expect(await t.cartLines(userId)).toHaveLength(1);
  });

  it.each(['two pounds of apples', 'a dozen eggs'])('after an add and its "What else would you like?", "%s" is added too', async (said) => {
    const { shopper, userId } = await linkedShopper([]);
    const first = await shopper.say('add whole milk');
    expect(first.reprompt).toBe('What else would you like?');
    const added = await shopper.say(said);
    expect(added.say).toMatch(/^Added .+ to your cart\./);
    expect(await t.cartLines(userId)).toHaveLength(2);
  });
});
