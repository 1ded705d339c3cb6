import { afterEach, describe, expect, it } from 'vitest';
import { startTestSkill, type TestSkill } from '../support/skill.ts';
import { NOUN_OR_NOTHING } from '../support/decision.ts';

let t: TestSkill | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

describe('a thing the store does not sell, as a conversation', () => {
  it('is answered honestly with the decision voicecart ships, and nothing is stored', async () => {
    t = await startTestSkill();
    const shopper = t.shopper();
    await shopper.launch();
    expect((await shopper.say('add a leaf blower')).say).toMatch(/^Sorry, I couldn't find leaf blower/);
    expect((await t.stateOf()).cart).toEqual([]);
  });

  it('when the shopper takes the nearest product offered, it goes in the amount asked for ("two pounds of bosc pears" → two pounds of the pears sold)', async () => {
    t = await startTestSkill();
    const shopper = t.shopper();
    await shopper.launch();
    expect((await shopper.say('add two pounds of bosc pears')).say).toMatch(/^Sorry, I couldn't find bosc pears\. The closest I have are Bartlett Pears/);
    expect((await shopper.say('the first one')).say).toBe('Added two pounds of Bartlett Pears to your cart.');
    expect(await t.cartLines()).toEqual(['2 pound Bartlett Pears']);
  });

  it('is answered honestly when a fitted decision turns down a product that only mentions the word, while products asked for by their noun are added', async () => {
    t = await startTestSkill({ resolution: NOUN_OR_NOTHING });
    const shopper = t.shopper();
    await shopper.launch();
    expect((await shopper.say('add maple')).say).toMatch(/^Sorry, I couldn't find maple/);
    expect((await t.stateOf()).cart).toEqual([]);
    expect((await shopper.say('add whole milk and bananas')).say).toBe('Added Whole Milk and Bananas to your cart.');
  });

  it('a thing asked for just after an add, not sold by those words ("snacks for the kids"), is offered as the nearest product, never taken for a kind of what was added', async () => {
    t = await startTestSkill();
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add organic bananas');
    const answered = await shopper.intent('AddItemIntent', { product: 'snacks for the kids' });
    expect(answered.say).toBe("Sorry, I couldn't find snacks. The closest I have is Mixed Fruit Snacks. Would you like that instead?");
    expect(await t.cartLines()).toEqual(['1 Organic Bananas']);
  });
});
