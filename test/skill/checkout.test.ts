import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Exchange } from '../../src/skill/conversation.ts';
import { intentRequest } from '../../src/skill/envelopes.ts';
import { plainText } from '../../src/skill/ssml.ts';
import { startTestSkill, type TestSkill } from '../support/skill.ts';

const CUSTOMER = 'customer-1';
const VOICE_CODE = '4826';

let t: TestSkill;
beforeEach(async () => {
  t = await startTestSkill();
});
afterEach(async () => {
  await t.close();
});

async function cartNames(): Promise<string[]> {
  return (await t.stateOf()).cart.map((line) => line.name);
}

const READ_BACK = /^Your order from Corner Grocer has two items: Whole Milk and two pounds of Bananas\. Delivery is tomorrow between 9 and 11 am\. The total is (\d+ dollars( and \d+ cents)?)(, with [^.]+)?\. Should I place the order\?$/;

describe('checkout without a linked account', () => {
  it('sends a LinkAccount card, says why, and does nothing else', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add whole milk');
    const before = await t.stateOf();
    const answer = await shopper.say('check out');
    expect(answer.response.response.card?.type).toBe('LinkAccount');
    expect(answer.say).toBe("To check out, link your Corner Grocer account in the Alexa app. I've sent a card there to help. Your cart is saved.");
    expect(await t.stateOf()).toEqual(before);
    expect(t.ordersPlaced()).toBe(0);
  });
});

describe('checkout with a linked account', () => {
  it('reads back seller, items, delivery and total, and places nothing on "no"', async () => {
    const shopper = await t.linkedShopperWith(['whole milk', 'two pounds of bananas']);
    const read = await shopper.say('check out');
    expect(read.say).toMatch(READ_BACK);
    expect(read.ended).toBe(false);
    expect(read.reprompt).toMatch(/^Should I place the order for .+\? Say yes to order, or no\.$/);
    const declined = await shopper.say('no');
    expect(declined.say).toBe("Okay, I didn't place the order. Your cart is saved.");
    expect(t.ordersPlaced()).toBe(0);
    expect(await cartNames()).toEqual(['Whole Milk', 'Bananas']);
  });

  it('"more" once every item was read says so, with the delivery and total again', async () => {
    const shopper = await t.linkedShopperWith(['whole milk', 'two pounds of bananas']);
    await shopper.say('check out');
    expect((await shopper.say('more')).say).toMatch(/^That's every item\. Delivery is tomorrow between 9 and 11 am\. The total is .+\. Should I place the order\?$/);
  });

  it('a "hmm", a mumble or "help" during the read-back asks the question again, so the "yes" after it answers a question just heard', async () => {
    const shopper = await t.linkedShopperWith(['whole milk', 'two pounds of bananas']);
    const read = await shopper.say('check out');
    const question = read.reprompt ?? '';
    expect(question).toMatch(/^Should I place the order for .+\? Say yes to order, or no\.$/);
    expect((await shopper.say('hmm')).say).toBe(`Take your time. ${question}`);
    const mumbled = await shopper.intent('AMAZON.FallbackIntent');
    expect(mumbled.say).toBe(`Sorry, I didn't catch that. ${question}`);
    expect(t.ordersPlaced()).toBe(0);
    const helped = await shopper.say('help');
    expect(helped.say).toBe(`I asked you a question, and I'm waiting for your answer. ${question}`);
    expect(t.ordersPlaced()).toBe(0);
    expect((await shopper.say('yes')).say).toMatch(/^Your order is placed\./);
    expect(t.ordersPlaced()).toBe(1);
  });

  it('reads a long cart in chunks, with "more", before asking', async () => {
    const shopper = await t.linkedShopperWith(['apples', 'eggs', 'whole milk', 'butter', 'cheddar']);
    const first = await shopper.say('check out');
    expect(first.say).toMatch(/^Your order from Corner Grocer has five items: Gala Apples, a dozen Large White Eggs, and Whole Milk\. There are two more; say more to hear them\. Delivery is .+ Should I place the order\?$/);
    const rest = await shopper.say('more');
    expect(rest.say).toMatch(/^Salted Butter and Sharp Cheddar Cheese\. Delivery is .+ Should I place the order\?$/);
    expect(t.ordersPlaced()).toBe(0);
    await shopper.say('yes');
    expect(t.ordersPlaced()).toBe(1);
  });

  it('a "yes" before every item was read hears the rest first, and only the "yes" after it orders', async () => {
    const shopper = await t.linkedShopperWith(['apples', 'eggs', 'whole milk', 'butter', 'cheddar']);
    await shopper.say('check out');
    const rest = await shopper.say('yes, go ahead');
    expect(rest.say).toMatch(/^Before I place it, here's the rest of your order\. Salted Butter and Sharp Cheddar Cheese\. Delivery is .+ Should I place the order\?$/);
    expect(t.ordersPlaced()).toBe(0);
    await shopper.say('yes');
    expect(t.ordersPlaced()).toBe(1);
  });

  it('another request instead of "yes" places nothing, and a later "yes" is not taken as agreement', async () => {
    const shopper = await t.linkedShopperWith(['whole milk']);
    await shopper.say('check out');
    await shopper.say('start a list for the block party');
    expect((await shopper.say('yes')).say).toMatch(/^I wasn't asking anything/);
    expect(t.ordersPlaced()).toBe(0);
  });

  it('when the shopper asks when it will come, what it costs or what is in it, voicecart answers and asks about the order again, and the "yes" after that orders', async () => {
    const shopper = await t.linkedShopperWith(['whole milk', 'two pounds of bananas']);
    await shopper.say('check out');
    const when = await shopper.say('hmm, when would that get here');
    expect(when.say).toBe('If you order now, it arrives tomorrow between 9 and 11 am. Should I place the order?');
    expect(when.reprompt).toMatch(/^Should I place the order for .+\? Say yes to order, or no\.$/);
    expect((await shopper.say("what's the total with delivery")).say).toMatch(/^Your items come to .+\. So the total is [^.]+\. Should I place the order\?$/);
    expect((await shopper.say('read me my cart again')).say).toMatch(READ_BACK);
    expect((await shopper.say('how much are the bananas')).say).toMatch(/^Corner Grocer has Bananas at .+\. You have two pounds of Bananas in your cart\. Should I place the order\?$/);
    expect(t.ordersPlaced()).toBe(0);
    expect((await shopper.say('yes')).say).toMatch(/^Your order is placed\./);
    expect(t.ordersPlaced()).toBe(1);
  });

  it('when a question about the order asks something back ("should I add eggs?"), the answer settles it and the order is read again before any "yes" counts', async () => {
    const shopper = await t.linkedShopperWith(['whole milk']);
    await shopper.say('check out');
    expect((await shopper.say('do I have eggs in there')).say).toMatch(/^I don't see eggs in your cart\. Should I add /);
    const declined = await shopper.say('no');
    expect(declined.say).toMatch(/^Okay, I didn't add the eggs\. Your order from Corner Grocer has one item: Whole Milk\. .+ Should I place the order\?$/);
    expect(t.ordersPlaced()).toBe(0);
    await shopper.say('yes');
    expect(t.ordersPlaced()).toBe(1);
    expect(await cartNames()).toEqual([]);
  });

  it('a session that ends during the read-back places nothing', async () => {
    const shopper = await t.linkedShopperWith(['whole milk']);
    await shopper.say('check out');
    await shopper.end();
    await shopper.launch();
    expect((await shopper.say('yes')).say).toMatch(/^I wasn't asking anything/);
    expect(t.ordersPlaced()).toBe(0);
    expect(await cartNames()).toEqual(['Whole Milk']);
  });

  it('"yes" places exactly one order, confirms it with a card, and empties the cart of what was ordered', async () => {
    const shopper = await t.linkedShopperWith(['whole milk', 'two pounds of bananas']);
    await shopper.say('check out');
    // Meanwhile, someone else in the household adds eggs from another device.
    await t.shopper({ accessToken: t.linkAccount(CUSTOMER) }).say('ask corner grocer to add eggs');

    const placed = await shopper.say('yes');
    expect(t.ordersPlaced()).toBe(1);
    expect(placed.say).toMatch(/^Your order is placed\. .+ I've put the details in the Alexa app\.$/);
    expect(placed.say.match(/tomorrow between 9 and 11 am/g)).toHaveLength(1);
    expect(placed.ended).toBe(true);
    const card = placed.response.response.card;
    expect(card?.type).toBe('Simple');
    expect(card?.type === 'Simple' ? card.content : '').toMatch(/1 × Whole Milk: \$3\.79\n2 × Bananas: \$1\.18/);
    const state = await t.stateOf();
    expect(state.cart.map((line) => line.name)).toEqual(['Large White Eggs']);
    expect(state.lastOrderId).toMatch(/.+/);
  });

  it('a "yes" delivered twice, or said twice, places one order', async () => {
    const shopper = await t.linkedShopperWith(['whole milk']);
    const read = await shopper.say('check out');
    const yes = intentRequest(
      shopper.caller,
      { sessionId: 'amzn1.echo-api.session.replayed', new: false, attributes: read.response.sessionAttributes ?? {} },
      'AMAZON.YesIntent',
      {},
      t.clock.now(),
    );
    const first = await t.skill.invoke(yes);
    const replayed = await t.skill.invoke(yes);
    expect(t.ordersPlaced()).toBe(1);
    const said = (exchange: typeof first): string => {
      const speech = exchange.response.outputSpeech;
      return speech?.type === 'SSML' ? plainText(speech.ssml) : '';
    };
    expect(said(first)).toMatch(/^Your order is placed\./);
    expect(said(replayed)).toMatch(/^Your order is placed\./);

    await shopper.say('yes');
    expect(t.ordersPlaced()).toBe(1);
  });

  it('"where\'s my order" answers from the store', async () => {
    const shopper = await t.linkedShopperWith(['whole milk']);
    expect((await shopper.say("where's my order")).say).toBe("I don't see any orders yet. When you're ready, fill your cart and say check out.");
    await shopper.say('check out');
    await shopper.say('yes');
    const status = await shopper.say("where's my order");
    expect(status.say).toBe('Your order of one item has been placed. It arrives tomorrow between 9 and 11 am.');
    t.clock.advance(3 * 24 * 60 * 60 * 1000);
    expect((await shopper.say("where's my order")).say).toBe('Your last order, of one item, was delivered.');
  });

  it('"what is my order status" is asked of the store, not taken for a list called "order status"', async () => {
    const shopper = await t.linkedShopperWith(['whole milk']);
    await shopper.say('check out');
    await shopper.say('yes');
    expect((await shopper.say('what is my order status')).say).toBe('Your order of one item has been placed. It arrives tomorrow between 9 and 11 am.');
  });
});

describe('voice code', () => {
  beforeEach(() => {
    t.linkAccount(CUSTOMER);
    t.backend.backend.store.setVoiceCode(CUSTOMER, VOICE_CODE, 0);
  });

  /** Speech, reprompts and cards: everything a shopper (or someone in the room) could hear or read. */
  function everythingSaid(exchanges: readonly Exchange[]): string {
    return exchanges.map((e) => JSON.stringify([e.response.response.outputSpeech, e.response.response.reprompt, e.response.response.card])).join('\n');
  }

  /** What was logged, without the random ids, which could contain any four digits by chance. */
  function logged(): string {
    return t.logger.lines.join('\n').replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, '<id>');
  }

  it('asks for the code after "yes", and the right code places the order', async () => {
    const shopper = await t.linkedShopperWith(['whole milk']);
    const exchanges = [await shopper.say('check out'), await shopper.say('yes')];
    expect(exchanges[1]?.say).toBe('For your security, please say your four-digit voice code.');
    expect(t.ordersPlaced()).toBe(0);
    exchanges.push(await shopper.say('my code is four eight two six'));
    expect(exchanges[2]?.say).toMatch(/^Your order is placed\./);
    expect(t.ordersPlaced()).toBe(1);
    expect(everythingSaid(exchanges)).not.toMatch(/4826|four eight two six/);
    expect(logged()).not.toContain(VOICE_CODE);
  });

  it('a code said while the order is read back asks for the yes first, and orders nothing', async () => {
    const shopper = await t.linkedShopperWith(['whole milk']);
    await shopper.say('check out');
    const early = await shopper.intent('VoiceCodeIntent', { code: VOICE_CODE });
    expect(early.say).toMatch(/^I'll ask for your code once you've said yes to the order\. Should I place the order for /);
    expect(t.ordersPlaced()).toBe(0);
    expect((await shopper.say('yes')).say).toBe('For your security, please say your four-digit voice code.');
  });

  it('when the shopper asks what is in the cart or the total while voicecart waits for the code, it answers and asks for the code again', async () => {
    const shopper = await t.linkedShopperWith(['whole milk']);
    await shopper.say('check out');
    await shopper.say('yes');
    expect((await shopper.say('wait, what did I have in the cart')).say).toBe("You have one item in your cart: Whole Milk. That's everything. Say your four-digit voice code, or say cancel.");
    expect((await shopper.say('and the total was')).say).toMatch(/So the total is [^.]+\. Say your four-digit voice code, or say cancel\.$/);
    expect(t.ordersPlaced()).toBe(0);
    expect((await shopper.say(VOICE_CODE)).say).toMatch(/^Your order is placed\./);
    expect(t.ordersPlaced()).toBe(1);
  });

  it('takes a bare four-digit number as the code', async () => {
    const shopper = await t.linkedShopperWith(['whole milk']);
    await shopper.say('check out');
    await shopper.say('yes');
    expect((await shopper.say(VOICE_CODE)).say).toMatch(/^Your order is placed\./);
    expect(t.ordersPlaced()).toBe(1);
  });

  it('locks voice purchasing after three wrong codes, and then refuses even the right one', async () => {
    const shopper = await t.linkedShopperWith(['whole milk']);
    // A second device of the household is already waiting for the code when the lock comes down.
    const kitchen = t.shopper({ accessToken: t.linkAccount(CUSTOMER), deviceId: 'kitchen' });
    const exchanges = [await kitchen.launch(), await kitchen.say('check out'), await kitchen.say('yes')];
    exchanges.push(await shopper.say('check out'), await shopper.say('yes'));
    exchanges.push(await shopper.say('my code is one one one one'));
    expect(exchanges.at(-1)?.say).toBe("That code isn't right. You have two tries left. Please say your voice code again.");
    exchanges.push(await shopper.say('my code is one one one two'));
    expect(exchanges.at(-1)?.say).toBe("That code isn't right. You have one try left. Please say your voice code again.");
    exchanges.push(await shopper.say('my code is one one one three'));
    expect(exchanges.at(-1)?.say).toMatch(/^Voice purchasing is locked after three wrong codes/);
    expect(exchanges.at(-1)?.ended).toBe(true);

    exchanges.push(await kitchen.say('my code is four eight two six'));
    expect(exchanges.at(-1)?.say).toMatch(/^Voice purchasing is locked/);
    await shopper.launch();
    exchanges.push(await shopper.say('check out'), await shopper.say('yes'));
    expect(exchanges.at(-1)?.say).toMatch(/^Voice purchasing is locked/);

    expect(t.ordersPlaced()).toBe(0);
    expect(await cartNames()).toEqual(['Whole Milk']);
    expect(everythingSaid(exchanges)).not.toMatch(/4826|four eight two six/);
    expect(logged()).not.toMatch(/4826|1111|1112|1113/);
  });
});
