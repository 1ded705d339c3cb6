import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emptyShopperState, type Line, type ShopperState } from '../../src/shopper/state.ts';
import { updateShopper } from '../../src/shopper/store.ts';
import { engines, type RunningEngine } from '../storage/engines.ts';
import { startTestSkill, type TestSkill } from '../support/skill.ts';

/** Lines for products the catalog need not know: what a shopper kept over months, say. */
function lines(count: number, prefix: string): Line[] {
  return Array.from({ length: count }, (_, i) => ({ productId: `${prefix}-${i}`, name: `${prefix} item number ${i} with a long name`, quantity: 1, unit: null }));
}

describe.each(engines)('what one shopper can keep, on $name', (engine) => {
  let running: RunningEngine;
  let t: TestSkill;
  let shoppers = 0;
  /** A shopper whose stored state starts as `state`. */
  async function shopperWith(state: Partial<ShopperState>): Promise<{ userId: string; shopper: ReturnType<TestSkill['shopper']> }> {
    shoppers += 1;
    const userId = `amzn1.ask.account.limits-${shoppers}`;
    await updateShopper(t.store, userId, () => ({ state: { ...emptyShopperState(), ...state }, result: undefined }));
    const shopper = t.shopper({ userId });
    await shopper.launch();
    return { userId, shopper };
  }

  beforeAll(async () => {
    running = await engine.start();
    t = await startTestSkill({ store: await running.openStore() });
  });
  afterAll(async () => {
    await t.close();
    await running.stop();
  });

  it('a twenty-first list is refused with the limit and how to make room, by name or by adding to it', async () => {
    const names = ['baking', 'barbecue', 'birthday', 'breakfast', 'camping', 'christmas', 'costco', 'dinner', 'easter', 'garden',
      'halloween', 'holiday', 'lunch', 'office', 'party', 'pantry', 'school', 'snacks', 'thanksgiving', 'weekend'];
    const lists = Object.fromEntries(names.map((name) => [name, []]));
    const { userId, shopper } = await shopperWith({ lists });
    expect((await shopper.say('create a picnic list')).say).toBe(
      'You have twenty lists, the most I can keep. To make room, delete one: say, for example, delete my barbecue list.',
    );
    expect((await shopper.say('add salsa to my picnic list')).say).toMatch(/^You have twenty lists, the most I can keep\./);
    expect(Object.keys((await t.stateOf(userId)).lists)).toHaveLength(20);
    await shopper.say('delete my costco list');
    await shopper.say('yes');
    expect((await shopper.say('create a picnic list')).say).toMatch(/^I made your picnic list,/);
  });

  it('a twenty-first saved order is refused, and saving over one of the twenty still works', async () => {
    const names = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'morning', 'evening', 'family',
      'guests', 'holiday', 'lunch', 'dinner', 'breakfast', 'snacks', 'party', 'pantry', 'baking', 'garden'];
    const shortcuts = Object.fromEntries(names.map((name) => [name, lines(1, `saved-${name}`)]));
    const { userId, shopper } = await shopperWith({ shortcuts, cart: lines(2, 'cart') });
    expect((await shopper.say('save this as my weekly order')).say).toBe(
      'You have twenty saved orders, the most I can keep. To make room, forget one: say, for example, delete my sunday order.',
    );
    expect(Object.keys((await t.stateOf(userId)).shortcuts)).not.toContain('weekly');
    await shopper.say('save this as my sunday order');
    expect((await t.stateOf(userId)).shortcuts['sunday']).toHaveLength(2);
  });

  it('a cart of two thousand products takes no more, and says so', async () => {
    const { userId, shopper } = await shopperWith({ cart: lines(2000, 'kept') });
    expect((await shopper.say('add bananas')).say).toBe(
      'Your cart already holds 2000 products, the most I can keep on one. Remove some, or check out, to make room.',
    );
    expect((await t.stateOf(userId)).cart).toHaveLength(2000);
  });

  it('remembers a change as its inverse: adding to a long cart costs the history a few hundred bytes', async () => {
    const { userId, shopper } = await shopperWith({ cart: lines(500, 'kept') });
    await shopper.say('add two pounds of bananas');
    const [entry] = (await t.stateOf(userId)).undo;
    expect(entry).toMatchObject({ restore: [], drop: [{ productId: 'p0001', unit: 'pound' }] });
    expect(JSON.stringify(entry).length).toBeLessThan(300);
    expect((await shopper.say('undo')).say).toBe('Okay, I took back adding two pounds of Bananas to your cart.');
    expect((await t.stateOf(userId)).cart).toEqual(lines(500, 'kept'));
  });

  it('a change too big to remember is said to be so by undo, which then takes back the change before it', async () => {
    const { userId, shopper } = await shopperWith({ lists: { pantry: lines(1500, 'pantry') } });
    await shopper.say('add milk');
    await shopper.say('delete my pantry list');
    expect((await shopper.say('yes')).say).toMatch(/^Done\. I deleted your pantry list\./);
    expect((await shopper.say('undo')).say).toBe("Sorry, I can't take back deleting your pantry list: it was too big for me to remember.");
    expect((await shopper.say('undo')).say).toMatch(/^Okay, I took back adding .*Milk to your cart\.$/);
    expect((await t.stateOf(userId)).cart).toEqual([]);
  });
});
