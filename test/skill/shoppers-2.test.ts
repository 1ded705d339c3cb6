import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestSkill, type TestSkill } from '../support/skill.ts';

/**
 * A second round of conversations played as real shoppers: lists kept over days, corrections to
 * amounts, checkout questions and the way people really talk. Each one once went wrong.
 */

let t: TestSkill;
beforeEach(async () => {
  t = await startTestSkill();
});
afterEach(async () => {
  await t.close();
});

/** The cart as "quantity unit name", easy to read in a failing assertion. */
async function cartLines(): Promise<string[]> {
  return (await t.stateOf()).cart.map((line) => [line.quantity, line.unit, line.name].filter((part) => part !== null).join(' '));
}

describe('questions about the order during checkout', () => {
  it('"what\'s the delivery fee" and "is that with tax" answer from the quote, and a later "yes" still places the order', async () => {
    const shopper = t.shopper({ accessToken: t.linkAccount('customer-1') });
    await shopper.launch();
    await shopper.say('add two pounds of bananas');
    await shopper.say('check out');
    const fee = await shopper.say("what's the delivery fee");
    expect(fee.say).toBe(
      "Your items come to one dollar and 18 cents, delivery and fees are 3 dollars and 99 cents, and there's no tax. So the total is 5 dollars and 17 cents. Should I place the order?",
    );
    expect(fee.reprompt).toBe('Should I place the order for 5 dollars and 17 cents? Say yes to order, or no.');
    expect((await shopper.say('is that with tax')).say).toBe(fee.say);
    expect((await shopper.say("what's my total")).say).toBe(fee.say);
    expect(t.ordersPlaced()).toBe(0);
    expect((await shopper.say('yes')).say).toMatch(/^Your order is placed\./);
    expect(t.ordersPlaced()).toBe(1);
  });

  it('"what\'s the delivery fee" with no checkout going is a question about the total, not a list called "delivery fee"', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add two pounds of bananas');
    const fee = await shopper.say("what's the delivery fee");
    expect(fee.intent).toBe('CartTotalIntent');
    expect(fee.say).toBe('Your one item comes to about one dollar and 18 cents, before tax and delivery.');
  });
});
