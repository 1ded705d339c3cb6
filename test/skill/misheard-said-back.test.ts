import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestSkill, type TestSkill } from '../support/skill.ts';

let t: TestSkill;
beforeEach(async () => {
  t = await startTestSkill();
});
afterEach(async () => {
  await t.close();
});

describe('a question about words the recogniser got wrong', () => {
  it('when Alexa hears "pee nut butter", voicecart asks which peanut butter, as the store names it, not the mishearing', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    const asked = await shopper.intent('AddItemIntent', { product: 'pee nut butter' });
    expect(asked.say).toMatch(/^Which peanut butter did you mean: one, Creamy Peanut Butter, two, Crunchy Peanut Butter/);
    expect(await t.cartLines()).toEqual([]);
  });

  it('when the shopper\'s own words are in the names offered, voicecart asks with them', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    expect((await shopper.intent('AddItemIntent', { product: 'bread' })).say).toMatch(/^Which bread did you mean:/);
  });
});

describe('a correction of something that was heard right', () => {
  it('when the shopper says "I said honey, not money" just after the honey went in, nothing changes and no second honey goes in', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add a jar of honey');
    const answered = await shopper.intent('CorrectionIntent', { product: 'honey', rejected: 'money' });
    expect(answered.say).toMatch(/^That's the one I added: a jar of Pure Clover Honey\./);
    expect(await t.cartLines()).toEqual(['1 jar Pure Clover Honey']);
  });
});

describe('a correction while a choice waits', () => {
  it('"no, I said pears" to "which bread did you mean?" adds the pears in its place and leaves what went in before untouched', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add whole milk');
    expect((await shopper.say('add bread')).say).toMatch(/^Which bread did you mean/);
    const corrected = await shopper.intent('CorrectionIntent', { product: 'pears' });
    expect(corrected.say).toBe('Added Bartlett Pears to your cart.');
    expect(await t.cartLines()).toEqual(['1 Whole Milk', '1 Bartlett Pears']);
  });

  it('"no, I said chicken noodle, not chicken broth" just after the soup went in changes nothing', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add two cans of chicken noodle soup');
    const answered = await shopper.intent('CorrectionIntent', { product: 'chicken noodle', rejected: 'chicken broth' });
    expect(answered.say).toMatch(/^That's the one I added: two cans of Chicken Noodle Soup\./);
    expect(await t.cartLines()).toEqual(['2 can Chicken Noodle Soup']);
  });
});
