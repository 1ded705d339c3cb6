import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestSkill, type TestSkill } from '../support/skill.ts';

let t: TestSkill;
beforeEach(async () => {
  t = await startTestSkill();
});
afterEach(async () => {
  await t.close();
});

describe('showing the cart alongside the speech', () => {
  it('on an Echo Show, renders the items, amounts, prices and total with APL', async () => {
    const shopper = t.shopper({ screen: true });
    await shopper.launch();
    await shopper.say('add two pounds of bananas');
    await shopper.say('add maple and brown sugar oatmeal');
    const read = await shopper.say("what's in my cart");
    const directive = read.response.response.directives?.find((d) => d.type === 'Alexa.Presentation.APL.RenderDocument');
    expect(directive).toBeDefined();
    expect(JSON.stringify(directive)).toContain('"amount":"two pounds","price":"$1.18"');
    expect(JSON.stringify(directive)).toContain('"name":"Maple & Brown Sugar Instant Oatmeal"');
    expect(read.response.response.card).toBeUndefined();
  });

  it('elsewhere, sends a simple card to the Alexa app instead', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add two pounds of bananas');
    const read = await shopper.say("what's in my cart");
    expect(read.response.response.directives ?? []).toEqual([]);
    expect(read.response.response.card).toEqual({
      type: 'Simple',
      title: 'Your Corner Grocer cart',
      content: 'two pounds Bananas  $1.18\nEstimated total $1.18',
    });
  });
});
