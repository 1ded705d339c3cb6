import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestSkill, type TestSkill } from '../support/skill.ts';

let t: TestSkill;
beforeEach(async () => {
  t = await startTestSkill();
});
afterEach(async () => {
  await t.close();
});

async function afterAMissedRemoval(): Promise<ReturnType<TestSkill['shopper']>> {
  const shopper = t.shopper();
  await shopper.launch();
  await shopper.say('add sharp cheddar');
  await shopper.say('add two bunches of bananas');
  expect((await shopper.say('take off the ice cream')).say).toMatch(/^I don't see ice cream in your cart\./);
  return shopper;
}

describe('"put it back" just after a removal that found nothing', () => {
  it('when the shopper says "put it back", voicecart names the change it would take back and asks first', async () => {
    const shopper = await afterAMissedRemoval();
    const before = await t.stateOf();
    const asked = await shopper.say('oh no put it back');
    expect(asked.say).toBe(
      "Nothing changed just then, so there's nothing to put back. The last change was adding two bunches of Bananas to your cart. Should I take that back?",
    );
    expect(await t.stateOf()).toEqual(before);
    expect((await shopper.say('no')).say).toMatch(/^Okay, I left it as it was\./);
    expect(await t.cartLines()).toEqual(['1 Sharp Cheddar Cheese', '2 bunch Bananas']);
  });

  it('a "yes" takes back only the change named', async () => {
    const shopper = await afterAMissedRemoval();
    await shopper.say('undo');
    expect((await shopper.say('yes')).say).toBe('Okay, I took back adding two bunches of Bananas to your cart.');
    expect(await t.cartLines()).toEqual(['1 Sharp Cheddar Cheese']);
  });

  it('after an add that only asked a question, "undo" asks before taking back the add before it', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add sharp cheddar');
    expect((await shopper.say('add bread')).say).toMatch(/^Which bread did you mean/);
    expect((await shopper.say('undo')).say).toMatch(/^Nothing changed just then, so there's nothing to put back\. The last change was adding Sharp Cheddar Cheese to your cart\. Should I take that back\?$/);
    expect(await t.cartLines()).toEqual(['1 Sharp Cheddar Cheese']);
  });

  it('after a removal that did happen, "put it back" puts it back at once', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add sharp cheddar');
    await shopper.say('take off the cheddar');
    expect((await shopper.say('put it back')).say).toBe('Okay, I took back removing Sharp Cheddar Cheese from your cart.');
    expect(await t.cartLines()).toEqual(['1 Sharp Cheddar Cheese']);
  });

  it('in one-shots, "ask … to undo" just after a one-shot that changed nothing asks before taking back the add before it', async () => {
    await t.shopper().say('ask corner grocer to add sharp cheddar');
    expect((await t.shopper().say('ask corner grocer to take off the popsicles')).say).toMatch(/^I don't see popsicles in your cart\./);
    const asked = await t.shopper().say('ask corner grocer to undo that');
    expect(asked.say).toMatch(/^Nothing changed just then, so there's nothing to put back\. The last change was adding Sharp Cheddar Cheese to your cart\. Should I take that back\?$/);
    expect(await t.cartLines()).toEqual(['1 Sharp Cheddar Cheese']);
  });

  it('in one-shots, "ask … to undo" just after a one-shot that did add takes the add back at once', async () => {
    await t.shopper().say('ask corner grocer to add sharp cheddar');
    expect((await t.shopper().say('ask corner grocer to undo')).say).toBe('Okay, I took back adding Sharp Cheddar Cheese to your cart.');
    expect(await t.cartLines()).toEqual([]);
  });
});
