import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Exchange } from '../../src/skill/conversation.ts';
import { startTestSkill, type TestSkill } from '../support/skill.ts';

let t: TestSkill;
beforeEach(async () => {
  t = await startTestSkill();
});
afterEach(async () => {
  await t.close();
});

function ssmlOf(exchange: Exchange): { speech: string | undefined; reprompt: string | undefined } {
  const { outputSpeech, reprompt } = exchange.response.response;
  const repromptSpeech = reprompt?.outputSpeech;
  return {
    speech: outputSpeech?.type === 'SSML' ? outputSpeech.ssml : undefined,
    reprompt: repromptSpeech?.type === 'SSML' ? repromptSpeech.ssml : undefined,
  };
}

const SLOW = /^<speak><prosody rate="\d+%">.*<\/prosody><\/speak>$/;

describe('senior pace', () => {
  it('"speak slower" is kept for the shopper: slower speech, two items at a time, reprompts that say what to say', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    for (const item of ['apples', 'eggs', 'whole milk', 'butter', 'cheddar']) await shopper.intent('AddItemIntent', { product: item });
    // Asked because the last answer went by too fast: it is said again, slower.
    const slower = await shopper.say('speak slower');
    expect(slower.say).toBe("Okay, I'll speak more slowly. Again: Added Sharp Cheddar Cheese to your cart.");
    expect(ssmlOf(slower).speech).toMatch(SLOW);
    expect((await t.stateOf()).pace).toBe('slow');
    await shopper.end();

    const back = await shopper.launch();
    expect(ssmlOf(back).speech).toMatch(SLOW);
    const read = await shopper.say("what's in my cart");
    expect(read.say).toBe('You have five items in your cart: Gala Apples and a dozen Large White Eggs. There are three more; say more to hear them.');
    expect(ssmlOf(read).speech).toMatch(SLOW);
    expect(ssmlOf(read).reprompt).toMatch(SLOW);
    expect(read.reprompt).toMatch(/say add, and the name of something, like add milk\. Or say, what's in my cart/);
    expect((await shopper.say('more')).say).toBe("Whole Milk and Salted Butter. There's one more; say more to hear it.");
    expect((await shopper.say('more')).say).toBe("Sharp Cheddar Cheese. That's everything.");
  });

  it('"speak normally" undoes it', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('speak slower');
    const normal = await shopper.say('speak normally');
    expect(normal.say).toBe('Okay, back to my normal speed.');
    expect(ssmlOf(normal).speech).toBe('<speak>Okay, back to my normal speed.</speak>');
    expect((await t.stateOf()).pace).toBe('normal');
    for (const item of ['apples', 'eggs', 'whole milk', 'butter']) await shopper.intent('AddItemIntent', { product: item });
    expect((await shopper.say("what's in my cart")).say).toMatch(/: Gala Apples, a dozen Large White Eggs, and Whole Milk\. There's one more;/);
  });

  it('keeps one shopper slow without slowing another', async () => {
    await t.shopper({ userId: 'slow-shopper' }).say('speak slower');
    const other = await t.shopper({ userId: 'other-shopper' }).launch();
    expect(ssmlOf(other).speech).not.toMatch(/prosody/);
    expect((await t.stateOf('other-shopper')).pace).toBe('normal');
  });
});

describe('a reading asked for slowly', () => {
  it('"read my list back to me slowly" reads it at the slow pace, two at a time, and keeps the pace', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    for (const item of ['apples', 'eggs', 'whole milk']) await shopper.intent('AddItemIntent', { product: item });
    const read = await shopper.say('read my list back to me slowly');
    expect(read.intent).toBe('ReadCartIntent');
    expect(read.say).toBe("You have three items in your cart: Gala Apples and a dozen Large White Eggs. There's one more; say more to hear it.");
    expect(ssmlOf(read).speech).toMatch(SLOW);
    expect((await t.stateOf()).pace).toBe('slow');
  });

  it('as Alexa sends it, with the pace in its slot', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.intent('AddItemIntent', { product: 'apples' });
    const read = await shopper.intent('ReadCartIntent', { pace: 'slowly' });
    expect(read.say).toBe("You have one item in your cart: Gala Apples. That's everything.");
    expect(ssmlOf(read).speech).toMatch(SLOW);
  });
});

describe('asking for it again, slower', () => {
  it('"slow down" after a read-back reads it again slowly; "repeat" after that repeats the reading, not the aside', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add pears and oats');
    const read = await shopper.say('read me my cart');
    const slower = await shopper.say('slow down please');
    expect(slower.say).toBe(`Okay, I'll speak more slowly. Again: ${read.say}`);
    expect(ssmlOf(slower).speech).toMatch(SLOW);
    expect((await shopper.say('say that again')).say).toBe(read.say);
  });

  it('"speak slower" as the session opens, with nothing said yet but the welcome, says the welcome again', async () => {
    const shopper = t.shopper();
    const welcome = await shopper.launch();
    expect((await shopper.say('speak slower')).say).toBe(`Okay, I'll speak more slowly. Again: ${welcome.say}`);
  });
});

describe('help', () => {
  it("gives examples from the shopper's own cart", async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add sourdough');
    await shopper.say('add cherry garcia');
    const help = await shopper.say('help');
    expect(help.say).toMatch(/^You can add things, like add sourdough loaf\. Remove things, like remove cherry garcia ice cream\./);
    expect(help.ended).toBe(false);
  });

  it('falls back to general examples for an empty cart', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    expect((await shopper.say('help')).say).toMatch(/^You can add things, like add two pounds of bananas\. Remove things, like remove the milk\./);
  });
});
