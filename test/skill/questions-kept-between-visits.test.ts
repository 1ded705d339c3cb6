import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestSkill, type TestSkill } from '../support/skill.ts';

let t: TestSkill;
beforeEach(async () => {
  t = await startTestSkill();
});
afterEach(async () => {
  await t.close();
});

const A_DAY = 24 * 60 * 60 * 1000;

describe('a question still open when the shopper walks away', () => {
  it('when the shopper comes back, voicecart asks it first, and the rest of that request after it', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    expect((await shopper.say('add bread and cheese')).say).toMatch(/Which bread did you mean/);
    await shopper.end();
    expect(await t.cartLines()).toEqual([]);

    t.clock.advance(A_DAY);
    const back = await shopper.launch();
    expect(back.say).toMatch(/^Welcome back to Corner Grocer\. Last time, I still had a question about bread and cheese\. Which bread did you mean: one, /);
    expect((await shopper.say('the wheat one')).say).toMatch(/And which cheese did you mean/);
    await shopper.say('two');
    expect(await t.cartLines()).toHaveLength(2);

    await shopper.end();
    expect((await shopper.launch()).say).toBe('Welcome back to Corner Grocer. You have two items in your cart. What would you like to do?');
  });

  it('when the shopper says "that\'s all for today" instead of answering, the question is asked at the next visit', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add bread');
    expect((await shopper.say("that's all for today")).ended).toBe(true);
    expect((await shopper.launch()).say).toMatch(/Last time, I still had a question about bread\. Which bread did you mean/);
  });

  it('"cancel" answers the question: nothing is kept', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add bread');
    await shopper.say('cancel');
    await shopper.end();
    expect((await shopper.launch()).say).toMatch(/^Welcome to Corner Grocer\./);
  });

  it('a one-shot that asked and was never answered is asked at the next visit', async () => {
    const shopper = t.shopper();
    expect((await shopper.say('ask corner grocer to add bread')).ended).toBe(false);
    await shopper.end();
    expect((await shopper.launch()).say).toMatch(/Last time, I still had a question about bread\. Which bread did you mean/);
  });

  it('after a week it is not asked, and nothing is added', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add bread');
    await shopper.end();
    t.clock.advance(8 * A_DAY);
    expect((await shopper.launch()).say).toMatch(/^Welcome to Corner Grocer\./);
    expect(await t.cartLines()).toEqual([]);
  });

  it('the nearest products offered for something the store does not sell are not asked about again', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    expect((await shopper.say('add rambutans')).say).toMatch(/^Sorry, I couldn't find rambutans/);
    await shopper.end();
    expect((await shopper.launch()).say).toMatch(/^Welcome to Corner Grocer\./);
  });
});
