import { SkillBuilders } from 'ask-sdk-core';
import { afterEach, describe, expect, it } from 'vitest';
import { loadCatalogFile } from '../../src/catalog/load.ts';
import { catalogOf } from '../../src/catalog/product.ts';
import { DEMO_CATALOG } from '../../src/runtime/config.ts';
import { Conversation } from '../../src/skill/conversation.ts';
import { INTENTS } from '../../src/intents/registry.ts';
import { ScopeJudge } from '../../src/intents/scope.ts';
import { customIntentHandler } from '../../src/skill/handler.ts';
import { NoIntent } from '../../src/skill/handlers/NoIntent.ts';
import { YesIntent } from '../../src/skill/handlers/YesIntent.ts';
import { askToCancelOrder, tellLastOrder } from '../../src/skill/flows/orders.ts';
import { loadTurn, saveSession } from '../../src/skill/interceptors.ts';
import { startTestSkill, type TestSkill } from '../support/skill.ts';

const CUSTOMER = 'customer-1';

let t: TestSkill;
afterEach(async () => {
  await t.close();
});

/**
 * The flows the intents for "what did I get last time" and "cancel my order" will call, served by
 * the very interceptors and yes/no handlers of the skill, under the intent names they will have.
 */
function withOrderHooks(accessToken: string): Conversation {
  const skill = SkillBuilders.custom()
    .addRequestInterceptors(loadTurn(t.services, INTENTS, new ScopeJudge(INTENTS, t.services.catalog)))
    .addResponseInterceptors(saveSession)
    .addRequestHandlers(
      YesIntent,
      NoIntent,
      customIntentHandler(['LastOrderIntent'], (turn) => tellLastOrder(turn)),
      customIntentHandler(['CancelOrderIntent'], (turn) => askToCancelOrder(turn)),
    )
    .create();
  return new Conversation(skill, { userId: 'shopper-1', accessToken }, t.clock.now);
}

describe('after the order: when it arrives, what it had, cancelling it', () => {
  it('"when will it arrive" tells the delivery window from the store', async () => {
    t = await startTestSkill();
    const shopper = await t.linkedShopperWith(['whole milk', 'two pounds of bananas']);
    await shopper.say('check out');
    await shopper.say('yes');
    const shopperAgain = t.shopper({ accessToken: t.linkAccount(CUSTOMER) });
    const eta = await shopperAgain.intent('OrderStatusIntent', {}, { heard: 'when will it arrive' });
    expect(eta.say).toBe('Your order of two items has been placed. It arrives tomorrow between 9 and 11 am.');
    expect(await t.cartLines()).toEqual([]);
  });

  it('"what did I get last time" names the last order\'s items as the store names them, and changes nothing', async () => {
    t = await startTestSkill();
    const shopper = await t.linkedShopperWith(['whole milk', 'two pounds of bananas', 'twenty four eggs', 'sourdough bread']);
    await shopper.say('check out');
    // The first "yes" hears the fourth item read; the second places the order.
    await shopper.say('yes');
    await shopper.say('yes');
    await shopper.intent('AddItemIntent', { product: 'salted butter' });
    const hooks = withOrderHooks(t.linkAccount(CUSTOMER));
    const told = await hooks.intent('LastOrderIntent', {}, { heard: 'what did I get last time' });
    expect(told.say).toBe(
      'Your last order had four items: Whole Milk, two pounds of Bananas, and two dozen Large White Eggs, and one more. It arrives tomorrow between 9 and 11 am.',
    );
    expect(await t.cartLines()).toEqual(['1 Salted Butter']);
  });

  it('when the shopper says "add that again" just after hearing the last order, that order is offered, and added on yes', async () => {
    t = await startTestSkill();
    const shopper = await t.linkedShopperWith(['whole milk', 'two pounds of bananas']);
    await shopper.say('check out');
    await shopper.say('yes');
    const again = t.shopper({ accessToken: t.linkAccount(CUSTOMER) });
    await again.launch();
    await again.say('what did I get last time');
    const offered = await again.say('add that again');
    expect(offered.say).toMatch(/Whole Milk.*Bananas.*Should I put them in your cart\?$/);
    await again.say('yes');
    expect(await t.cartLines()).toEqual(['1 Whole Milk', '2 pound Bananas']);
  });

  it('"cancel my order" reads the order back, cancels it on yes, and says so when it is too late', async () => {
    t = await startTestSkill();
    const shopper = await t.linkedShopperWith(['whole milk']);
    await shopper.say('check out');
    await shopper.say('yes');
    const hooks = withOrderHooks(t.linkAccount(CUSTOMER));
    const asked = await hooks.intent('CancelOrderIntent', {}, { heard: 'cancel my order' });
    expect(asked.say).toBe('Should I cancel your order of Whole Milk, arriving tomorrow between 9 and 11 am?');
    expect((await hooks.intent('AMAZON.NoIntent')).say).toBe('Okay, your order stands.');
    await hooks.intent('CancelOrderIntent');
    expect((await hooks.intent('AMAZON.YesIntent')).say).toBe('Done. I cancelled your order of one item. Nothing from it will be delivered.');
    expect((await hooks.intent('CancelOrderIntent')).say).toBe('Your last order is already cancelled.');

    const again = await t.linkedShopperWith(['whole milk']);
    await again.say('check out');
    await again.say('yes');
    // The next morning the store is packing it.
    t.clock.advance(14 * 60 * 60 * 1000);
    const late = await withOrderHooks(t.linkAccount(CUSTOMER)).intent('CancelOrderIntent');
    expect(late.say).toBe("Sorry, your order is already being packed, so I can't cancel it now. It arrives tomorrow between 9 and 11 am.");
    expect(t.ordersPlaced()).toBe(2);
  });

  it('a shopper who never linked an account is asked to, and nothing else happens', async () => {
    t = await startTestSkill();
    const hooks = new Conversation(
      SkillBuilders.custom()
        .addRequestInterceptors(loadTurn(t.services, INTENTS, new ScopeJudge(INTENTS, t.services.catalog)))
        .addResponseInterceptors(saveSession)
        .addRequestHandlers(customIntentHandler(['CancelOrderIntent'], (turn) => askToCancelOrder(turn)))
        .create(),
      { userId: 'shopper-1' },
      t.clock.now,
    );
    expect((await hooks.intent('CancelOrderIntent')).say).toMatch(/^To hear about your orders, link your Corner Grocer account/);
  });
});

describe('a store whose catalog has no prices yet', () => {
  const demo = loadCatalogFile(DEMO_CATALOG).catalog;
  const withoutPrice = (ids: ReadonlySet<string> | 'all') =>
    catalogOf(demo.products.map(({ price, ...product }) => (ids === 'all' || ids.has(product.id) ? product : { ...product, ...(price === undefined ? {} : { price }) })));

  it('checks out what it can price, and says honestly which it can\'t price yet', async () => {
    const butter = demo.products.find((p) => p.name === 'Salted Butter');
    t = await startTestSkill({ catalog: withoutPrice(new Set([butter?.id ?? ''])) });
    const shopper = await t.linkedShopperWith(['whole milk', 'salted butter']);
    const read = await shopper.say('check out');
    expect(read.say).toMatch(
      /^Your order from Corner Grocer has one item: Whole Milk\. I can't price Salted Butter yet, so I left it out\. Delivery is .+ Should I place the order\?$/,
    );
    await shopper.say('yes');
    expect(t.ordersPlaced()).toBe(1);
    // What couldn't be priced stays in the cart for next time.
    expect(await t.cartLines()).toEqual(['1 Salted Butter']);
  });

  it('with nothing priced, says so rather than "not available", and orders nothing', async () => {
    t = await startTestSkill({ catalog: withoutPrice('all') });
    const shopper = await t.linkedShopperWith(['whole milk', 'salted butter']);
    const said = await shopper.say('check out');
    expect(said.say).toBe("Sorry, I can't price your items yet: Whole Milk and Salted Butter. Nothing was ordered.");
    expect(t.ordersPlaced()).toBe(0);
  });

  it('asked for the total with nothing priced, says it has no prices rather than "about 0 dollars"', async () => {
    t = await startTestSkill({ catalog: withoutPrice('all') });
    const shopper = await t.linkedShopperWith(['whole milk', 'salted butter']);
    expect((await shopper.say("what's my total")).say).toBe("I don't have prices for your two items yet. The store gives the total when you check out.");
  });
});

describe('the checkout read-back of things weighed when packed', () => {
  it('says the total is about so much, since two apples are weighed', async () => {
    t = await startTestSkill();
    const shopper = await t.linkedShopperWith(['two apples', 'whole milk']);
    const read = await shopper.say('check out');
    expect(read.say).toMatch(/: two Gala Apples and Whole Milk\. Delivery is .+\. The total is about .+, as what is sold by weight is weighed when it's packed\. Should I place the order\?$/);
  });
});
