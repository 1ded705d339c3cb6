import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Exchange } from '../../src/skill/conversation.ts';
import { startTestSkill, type TestSkill } from '../support/skill.ts';

/**
 * One path for Alexa and for text: whatever the skill does with a request that is not shopping
 * happens in the skill, after the intent. The same sentence, sent as Alexa resolves it (an intent
 * with its slots as Alexa fills them) or typed to `voicecart chat` (through the local NLU), gets
 * the same answer and changes nothing.
 */
let t: TestSkill;

beforeAll(async () => {
  t = await startTestSkill();
});

afterAll(async () => {
  await t.close();
});

const ONLY_SHOPPING = 'I can only help with your shopping at Corner Grocer. What would you like?';

/** What a shopper hears, and whether the session goes on. */
const heard = (exchange: Exchange) => ({ say: exchange.say, reprompt: exchange.reprompt, ended: exchange.ended });

describe('a request that is not shopping, through both doors', () => {
  it.each([
    ["what's the weather like tomorrow", 'AMAZON.FallbackIntent', {}],
    ['call my daughter', 'AMAZON.FallbackIntent', {}],
    ['play some music in the kitchen', 'AMAZON.FallbackIntent', {}],
    ['add call the plumber to my to do list', 'AddItemIntent', { product: 'call the plumber', list: 'to do' }],
    ['put the dentist appointment on my calendar', 'AddItemIntent', { product: 'the dentist appointment', list: 'calendar' }],
    ['order a large pizza from dominos', 'AddItemIntent', { product: 'a large pizza from dominos' }],
    ["what's on my to do list", 'ReadCartIntent', { list: 'to do' }],
    ['remove the meeting from my calendar', 'RemoveItemIntent', { product: 'the meeting', list: 'calendar' }],
    ['reorder my prescription', 'ReorderIntent', { product: 'my prescription' }],
  ])('"%s" gets the same short answer and changes nothing', async (text, intent, slots) => {
    const alexa = t.shopper({ userId: `alexa ${text}` });
    await alexa.launch();
    const byAlexa = await alexa.intent(intent, slots);
    const typist = t.shopper({ userId: `text ${text}` });
    await typist.launch();
    const byText = await typist.say(text);
    expect(heard(byAlexa)).toEqual({ say: ONLY_SHOPPING, reprompt: expect.any(String), ended: false });
    expect(heard(byText)).toEqual(heard(byAlexa));
    expect(await t.cartLines(`alexa ${text}`)).toEqual([]);
    expect(await t.cartLines(`text ${text}`)).toEqual([]);
    expect((await t.stateOf(`alexa ${text}`)).lists).toEqual({});
  });

  it('asked in one breath ("ask corner grocer to …"), it is answered the same way, and the session stays open for what was meant', async () => {
    const alexa = t.shopper({ userId: 'alexa one-shot' });
    const byAlexa = await alexa.intent('AddItemIntent', { product: 'band practice', list: 'calendar' }, { oneShot: true });
    const typist = t.shopper({ userId: 'text one-shot' });
    const byText = await typist.say('ask corner grocer to add band practice to my calendar');
    expect(heard(byText)).toEqual(heard(byAlexa));
    expect(byAlexa.say).toBe(ONLY_SHOPPING);
  });

  it('while the skill waits for an answer, the question is asked again through both doors, and the answer still answers it', async () => {
    const ask = async (userId: string) => {
      const shopper = t.shopper({ userId });
      await shopper.launch();
      await shopper.intent('AddItemIntent', { product: 'chips' });
      return shopper;
    };
    const alexa = await ask('alexa question');
    const typist = await ask('text question');
    const byAlexa = await alexa.intent('AddItemIntent', { product: 'soccer practice', list: 'calendar' });
    const byText = await typist.say('add soccer practice to my calendar');
    expect(byAlexa.say).toMatch(/^Sorry, I didn't catch that\. /);
    expect(heard(byText)).toEqual(heard(byAlexa));
    expect((await alexa.intent('ChooseOptionIntent', { choice: '1' })).say).toBe('Added Classic Potato Chips to your cart.');
    expect((await typist.say('the first one')).say).toBe('Added Classic Potato Chips to your cart.');
  });
});

describe('shopping through both doors', () => {
  it('the same request is the same change, whichever door it came through', async () => {
    const alexa = t.shopper({ userId: 'alexa shopping' });
    await alexa.launch();
    const byAlexa = await alexa.intent('AddItemIntent', { product: 'bananas', quantity: '2', unit: 'pounds', list: 'shopping' });
    const typist = t.shopper({ userId: 'text shopping' });
    await typist.launch();
    const byText = await typist.say('could you pop two pounds of bananas on my shopping list');
    expect(heard(byText)).toEqual(heard(byAlexa));
    expect(await t.cartLines('text shopping')).toEqual(await t.cartLines('alexa shopping'));
    expect(await t.cartLines('alexa shopping')).toEqual(['2 pound Bananas']);
  });
});
