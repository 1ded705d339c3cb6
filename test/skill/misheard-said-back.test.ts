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
