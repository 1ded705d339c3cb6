import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestSkill, type TestSkill } from '../support/skill.ts';

let t: TestSkill;
beforeEach(async () => {
  t = await startTestSkill();
});
afterEach(async () => {
  await t.close();
});

describe('a shopper who answers in few words', () => {
  it('when she answers "which yogurt?" with the flavour, that yogurt is added, not the fruit', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('some yogurt please');
    const answered = await shopper.say('strawberry');
    expect(answered.say).toBe('Added Strawberry Greek Yogurt to your cart.');
    expect(await t.cartLines()).toEqual(['1 Strawberry Greek Yogurt']);
  });

  it('when she adds the dozen herself while "should I add a dozen?" waits, she is not asked again', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('six eggs');
    const added = await shopper.say('add a dozen eggs');
    expect(added.say).toBe('Added a dozen Large White Eggs to your cart.');
    expect((await shopper.say("what's in my cart")).say).not.toMatch(/Should I add a dozen/);
    expect(await t.cartLines()).toEqual(['1 dozen Large White Eggs']);
  });

  it('when he says "two pounds of them" after apples, it is two pounds, said back that way', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add apples');
    const changed = await shopper.say('actually two pounds of them');
    expect(changed.say).toMatch(/two pounds/);
    expect(await t.cartLines()).toEqual(['2 pound Gala Apples']);
  });

  it('when he puts right the number with "no, I said four pears", four pears are in the cart', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add two pears');
    await shopper.say('no, I said four pears');
    expect(await t.cartLines()).toEqual([expect.stringMatching(/^4 (each )?Bartlett Pears$/)]);
  });

  it('when she says "take out the crackers", the crackers come off and the cart stays', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add goldfish crackers');
    await shopper.say('add whole milk');
    const removed = await shopper.say('remove the crackers');
    expect(removed.intent).toBe('RemoveItemIntent');
    expect(await t.cartLines()).toEqual(['1 Whole Milk']);
  });
});

describe('a shopper who changes her mind about a thing just asked for', () => {
  it('when she says "never mind the ice cream" while "which ice cream?" waits, it is let go and not asked again', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add some ice cream');
    const letGo = await shopper.say('actually no, never mind the ice cream');
    expect(letGo.say).toBe("Okay, I won't add ice cream.");
    expect((await shopper.say('add lemons')).say).toBe('Added Lemons to your cart.');
    expect(await t.cartLines()).toEqual(['1 Lemons']);
  });

  it('when she says "the green ones" after three fruits, only the one that comes green is changed, and she hears which', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('I need bananas, pears and some apples');
    const changed = await shopper.say('the green ones');
    expect(changed.say).toMatch(/^Okay, I swapped Gala Apples for .*Granny Smith Apple/);
    expect(await t.cartLines()).toEqual(['1 Bananas', '1 Bartlett Pears', expect.stringMatching(/Granny Smith Apples$/)]);
  });
});

describe('a caregiver filling her mother\'s list', () => {
  it('when she asks "what\'s on her list" or what she has so far, she hears her mother\'s list', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say("i'm doing the shopping for my mother today");
    await shopper.say('a tub of cottage cheese');
    expect((await shopper.say("what's on her list")).say).toMatch(/^You have one item on your mother list: a tub of .*Cottage Cheese\./);
    expect((await shopper.say('read me what I have so far')).say).toMatch(/on your mother list/);
    expect(await t.cartLines()).toEqual([]);
  });
});

describe('things said that ask for nothing', () => {
  it('"good morning, dear" is greeted back and the visit goes on; after "hold on", "I\'m back" hears the last answer again', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    const greeted = await shopper.say('good morning dear');
    expect(greeted.say).toBe("Hello! I'm here. What would you like to do?");
    expect(greeted.response.response.shouldEndSession).not.toBe(true);
    await shopper.say('add lemons');
    await shopper.say('hold on');
    expect((await shopper.say("okay I'm back")).say).toBe('Added Lemons to your cart.');
  });

  it('"hmm" is given time, and "what time is it" is no question about the order', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    expect((await shopper.say('hmm')).say).toMatch(/^Take your time\./);
    expect((await shopper.say('what time is it')).say).toMatch(/^I can only help with your shopping at Corner Grocer\./);
    expect((await shopper.say('do I need sriracha')).intent).toBe('ReadCartIntent');
    expect(await t.cartLines()).toEqual([]);
  });
});
