import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emptyShopperState, type Line, type ShopperState } from '../../src/shopper/state.ts';
import { updateShopper } from '../../src/shopper/store.ts';
import { engines, type RunningEngine } from './engines.ts';

function line(productId: string, name: string, quantity = 1): Line {
  return { productId, name, quantity, unit: null };
}

function withCart(...cart: Line[]): ShopperState {
  return { ...emptyShopperState(), cart };
}

/** Each test speaks for its own shopper, so the tests sharing one engine never see each other's data. */
let shopperCount = 0;
function newShopper(): string {
  shopperCount += 1;
  return `test-shopper-${shopperCount}`;
}

describe.each(engines)('the shopper store on $name', (engine) => {
  let running: RunningEngine;
  beforeAll(async () => {
    running = await engine.start();
  });
  afterAll(async () => {
    await running.stop();
  });

  it('gives a shopper who has never used the skill an empty state at version 0', async () => {
    const store = await running.openStore();
    const loaded = await store.load(newShopper());
    expect(loaded).toEqual({ state: emptyShopperState(), version: 0 });
  });

  it('loads in the next session exactly what the last one saved, one version later each time', async () => {
    const store = await running.openStore();
    const shopper = newShopper();
    const saved: ShopperState = {
      ...withCart(line('milk-1', 'whole milk', 2), { productId: 'apple-1', name: 'apples', quantity: 1.5, unit: 'pound', price: 3.2 }),
      lists: { 'party list': [line('chips-1', 'tortilla chips')] },
      pace: 'slow',
      preferences: { milk: 'milk-1' },
    };
    expect(await store.save(shopper, saved, 0)).toBe(true);
    expect(await store.load(shopper)).toEqual({ state: saved, version: 1 });

    const emptied = { ...saved, cart: [] };
    expect(await store.save(shopper, emptied, 1)).toBe(true);
    expect(await (await running.openStore()).load(shopper)).toEqual({ state: emptied, version: 2 });
  });

  it('refuses a save from a device that read before another device saved, and keeps the other save', async () => {
    const kitchen = await running.openStore();
    const bedroom = await running.openStore();
    const shopper = newShopper();
    await kitchen.save(shopper, withCart(line('bread-1', 'bread')), 0);

    const kitchenRead = await kitchen.load(shopper);
    const bedroomRead = await bedroom.load(shopper);
    expect(await bedroom.save(shopper, withCart(line('eggs-1', 'eggs')), bedroomRead.version)).toBe(true);
    expect(await kitchen.save(shopper, withCart(line('jam-1', 'jam')), kitchenRead.version)).toBe(false);

    expect(await kitchen.load(shopper)).toEqual({ state: withCart(line('eggs-1', 'eggs')), version: 2 });
  });

  it('refuses to create a shopper twice: the second first-save is stale', async () => {
    const kitchen = await running.openStore();
    const bedroom = await running.openStore();
    const shopper = newShopper();
    expect(await kitchen.save(shopper, withCart(line('tea-1', 'tea')), 0)).toBe(true);
    expect(await bedroom.save(shopper, withCart(line('coffee-1', 'coffee')), 0)).toBe(false);
    expect((await bedroom.load(shopper)).state.cart).toEqual([line('tea-1', 'tea')]);
  });

  it('keeps every one of fifty items added at once from two devices', async () => {
    const devices = [await running.openStore(), await running.openStore()] as const;
    const shopper = newShopper();
    const productIds = Array.from({ length: 50 }, (_, index) => `item-${index}`);

    await Promise.all(
      productIds.map((productId, index) =>
        updateShopper(devices[index % 2] ?? devices[0], shopper, (state) => ({
          state: { ...state, cart: [...state.cart, line(productId, `item number ${index}`)] },
          result: undefined,
        })),
      ),
    );

    const final = await devices[0].load(shopper);
    expect(final.state.cart).toHaveLength(50);
    expect(new Set(final.state.cart.map((added) => added.productId))).toEqual(new Set(productIds));
    expect(final.version).toBe(50);
  });

  it('reports a stored document that is not JSON, and leaves it in place rather than starting afresh', async () => {
    const store = await running.openStore();
    const shopper = newShopper();
    await running.writeRaw(shopper, '{"cart": [', 3);

    await expect(store.load(shopper)).rejects.toThrow(`stored state of ${shopper} is not JSON`);
    await expect(
      updateShopper(store, shopper, (state) => ({ state: { ...state, cart: [line('salt-1', 'salt')] }, result: undefined })),
    ).rejects.toThrow('is not JSON');
    await expect(store.load(shopper)).rejects.toThrow('is not JSON');
  });

  it('checks a stored document against the state schema, refusing a line with a negative quantity', async () => {
    const store = await running.openStore();
    const shopper = newShopper();
    await running.writeRaw(shopper, JSON.stringify({ cart: [{ productId: 'rice-1', name: 'rice', quantity: -2, unit: null }] }), 1);

    await expect(store.load(shopper)).rejects.toThrow(`stored state of ${shopper} is invalid`);
  });

  it('fills in what an older document lacks with the schema defaults, keeping its version', async () => {
    const store = await running.openStore();
    const shopper = newShopper();
    await running.writeRaw(shopper, JSON.stringify({ cart: [line('oats-1', 'oats', 2)] }), 7);

    expect(await store.load(shopper)).toEqual({ state: withCart(line('oats-1', 'oats', 2)), version: 7 });
  });
});
