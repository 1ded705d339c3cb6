import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addLines, undoLast } from '../../src/cart/changes.ts';
import { emptyShopperState, type Line, type ShopperState } from '../../src/shopper/state.ts';
import { updateShopper, writesFor, type ShopperStore } from '../../src/shopper/store.ts';
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

const NOW = new Date('2026-11-25T18:00:00Z');
const cart = { kind: 'cart' } as const;

/** Writes `state` as the shopper's whole state, as a first change would. */
async function put(store: ShopperStore, shopper: string, state: ShopperState): Promise<void> {
  await updateShopper(store, shopper, () => ({ state, result: undefined }));
}

describe.each(engines)('the shopper store on $name', (engine) => {
  let running: RunningEngine;
  beforeAll(async () => {
    running = await engine.start();
  });
  afterAll(async () => {
    await running.stop();
  });

  it('gives a shopper who has never used the skill an empty state, with nothing stored', async () => {
    const store = await running.openStore();
    const shopper = newShopper();
    const loaded = await store.load(shopper);
    expect(loaded.state).toEqual(emptyShopperState());
    expect(await running.storedParts(shopper)).toEqual(new Map());
  });

  it('keeps each part on its own, and loads in the next session exactly what the last one stored', async () => {
    const store = await running.openStore();
    const shopper = newShopper();
    const saved: ShopperState = {
      ...withCart(line('milk-1', 'whole milk', 2), { productId: 'apple-1', name: 'apples', quantity: 1.5, unit: 'pound', price: 3.2 }),
      lists: { party: [line('chips-1', 'tortilla chips')], constructor: [line('nails-1', 'nails')] },
      shortcuts: { usual: [line('milk-1', 'whole milk')] },
      pace: 'slow',
      preferences: { milk: 'milk-1' },
      unanswered: {
        at: '2026-11-25T18:00:00.000Z',
        questions: [{ kind: 'choose', target: 'cart', phrase: 'bread', options: [{ productId: 'b-1', name: 'white sandwich loaf' }, { productId: 'b-2', name: 'honey oat loaf' }], quantity: null, unit: null }],
      },
      missedChange: { after: 0, at: '2026-11-25T18:01:00.000Z' },
    };
    await put(store, shopper, saved);
    expect((await (await running.openStore()).load(shopper)).state).toEqual(saved);
    expect([...(await running.storedParts(shopper)).keys()].sort()).toEqual(['cart', 'list:constructor', 'list:party', 'profile', 'shortcut:usual']);
  });

  it('writes only the part a change touched', async () => {
    const store = await running.openStore();
    const shopper = newShopper();
    await put(store, shopper, { ...withCart(line('bread-1', 'bread')), lists: { party: [line('chips-1', 'chips')] }, pace: 'slow' });
    await updateShopper(store, shopper, (state) => ({ state: addLines(state, cart, [line('jam-1', 'jam')], 'adding jam', NOW), result: undefined }));
    const parts = await running.storedParts(shopper);
    expect(parts.get('cart')?.version).toBe(2);
    expect(parts.get('list:party')?.version).toBe(1);
    expect(parts.get('profile')?.version).toBe(1);
    expect(parts.get('undo:0000000001')?.version).toBe(1);
  });

  it('refuses a change from a device that read a part before another device changed it, and keeps the other change', async () => {
    const kitchen = await running.openStore();
    const bedroom = await running.openStore();
    const shopper = newShopper();
    await put(kitchen, shopper, withCart(line('bread-1', 'bread')));

    const kitchenRead = await kitchen.load(shopper);
    const bedroomRead = await bedroom.load(shopper);
    expect(await bedroom.commit(shopper, writesFor(bedroomRead, withCart(line('eggs-1', 'eggs'))))).toBe(true);
    expect(await kitchen.commit(shopper, writesFor(kitchenRead, withCart(line('jam-1', 'jam'))))).toBe(false);

    expect((await kitchen.load(shopper)).state).toEqual(withCart(line('eggs-1', 'eggs')));
  });

  it('lets two devices change different parts at once without either being refused', async () => {
    const kitchen = await running.openStore();
    const bedroom = await running.openStore();
    const shopper = newShopper();
    await put(kitchen, shopper, withCart(line('bread-1', 'bread')));
    const kitchenRead = await kitchen.load(shopper);
    const bedroomRead = await bedroom.load(shopper);
    expect(await bedroom.commit(shopper, writesFor(bedroomRead, { ...bedroomRead.state, pace: 'slow' }))).toBe(true);
    expect(await kitchen.commit(shopper, writesFor(kitchenRead, { ...kitchenRead.state, lists: { party: [] } }))).toBe(true);
    expect((await kitchen.load(shopper)).state).toEqual({ ...withCart(line('bread-1', 'bread')), pace: 'slow', lists: { party: [] } });
  });

  it('refuses to create a part twice: the second first write is stale', async () => {
    const kitchen = await running.openStore();
    const bedroom = await running.openStore();
    const shopper = newShopper();
    const empty = await bedroom.load(shopper);
    expect(await kitchen.commit(shopper, writesFor(empty, withCart(line('tea-1', 'tea'))))).toBe(true);
    expect(await bedroom.commit(shopper, writesFor(empty, withCart(line('coffee-1', 'coffee'))))).toBe(false);
    expect((await bedroom.load(shopper)).state.cart).toEqual([line('tea-1', 'tea')]);
  });

  it('writes all of a commit or none of it: a part found moved on takes back the parts already written', async () => {
    const store = await running.openStore();
    const other = await running.openStore();
    const shopper = newShopper();
    await put(store, shopper, withCart(line('bread-1', 'bread')));
    const stale = await store.load(shopper);
    await updateShopper(other, shopper, (state) => ({ state: { ...state, cart: [line('eggs-1', 'eggs')] }, result: undefined }));
    // The new list is written first, then the cart is found changed: the list must not stay.
    const writes = writesFor(stale, { ...stale.state, lists: { party: [line('chips-1', 'chips')] }, cart: [line('jam-1', 'jam')] });
    const listFirst = [...writes].sort((a, b) => Number(b.key === 'list:party') - Number(a.key === 'list:party'));
    expect(listFirst.map((write) => write.key)).toEqual(['list:party', 'cart']);
    expect(await store.commit(shopper, listFirst)).toBe(false);
    expect((await store.load(shopper)).state).toEqual(withCart(line('eggs-1', 'eggs')));
  });

  it('keeps every one of fifty items added at once from two devices', async () => {
    const devices = [await running.openStore(), await running.openStore()] as const;
    const shopper = newShopper();
    const productIds = Array.from({ length: 50 }, (_, index) => `item-${index}`);

    await Promise.all(
      productIds.map((productId, index) =>
        updateShopper(devices[index % 2] ?? devices[0], shopper, (state) => ({
          state: addLines(state, cart, [line(productId, `item number ${index}`)], `adding item ${index}`, NOW),
          result: undefined,
        })),
      ),
    );

    const final = await devices[0].load(shopper);
    expect(final.state.cart).toHaveLength(50);
    expect(new Set(final.state.cart.map((added) => added.productId))).toEqual(new Set(productIds));
    // Fifty writes at least; on DynamoDB a change refused part-way is put back, which is a write too.
    expect(final.parts.get('cart')?.version).toBeGreaterThanOrEqual(50);
    // The history keeps the last 25 changes, one entry each, in the order they landed.
    const seqs = final.state.undo.map((entry) => entry.seq);
    expect(seqs).toHaveLength(25);
    expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
    expect(new Set(final.state.undo.map((entry) => entry.drop[0]?.productId)).size).toBe(25);
  });

  it('keeps a thousand products in one cart, every stored part far below 400 KB, and undoes the last 25 one by one', async () => {
    const store = await running.openStore();
    const shopper = newShopper();
    const products = Array.from({ length: 1000 }, (_, i) => ({
      productId: `sku-${String(i).padStart(5, '0')}`,
      name: `Store Brand Product Number ${i} With A Long Descriptive Name`,
      quantity: 1 + (i % 3),
      unit: i % 4 === 0 ? 'pound' : null,
      size: '16 oz',
      price: 3.49,
    }));
    // As turns do: each change starts from the state the last one left, read again only on a conflict.
    let snapshot = await store.load(shopper);
    for (const product of products) {
      ({ snapshot } = await updateShopper(store, shopper, (state) => ({ state: addLines(state, cart, [product], `adding ${product.name}`, NOW), result: undefined }), snapshot));
    }
    const full = await store.load(shopper);
    expect(full.state.cart).toHaveLength(1000);
    const stored = await running.storedParts(shopper);
    const largest = Math.max(...[...stored.values()].map((part) => part.bytes));
    expect(largest).toBeLessThan(400 * 1024);
    expect(stored.size).toBe(1 + 25);

    for (let i = 0; i < 25; i++) {
      const { result } = await updateShopper(store, shopper, (state) => {
        const undone = undoLast(state, NOW);
        return { state: undone.state, result: undone.undone?.change };
      });
      expect(result).toBe(`adding ${products[999 - i]?.name ?? ''}`);
    }
    const after = await (await running.openStore()).load(shopper);
    expect(after.state.cart).toEqual(products.slice(0, 975));
    expect(after.state.undo).toEqual([]);
  }, 120_000);

  it('reports a stored part that is not JSON, and leaves it in place rather than starting afresh', async () => {
    const store = await running.openStore();
    const shopper = newShopper();
    await running.writeRaw(shopper, 'cart', '[{"productId": ', 3);

    await expect(store.load(shopper)).rejects.toThrow(`stored cart of ${shopper} is not JSON`);
    await expect(updateShopper(store, shopper, (state) => ({ state: { ...state, cart: [line('salt-1', 'salt')] }, result: undefined }))).rejects.toThrow(
      'is not JSON',
    );
    await expect(store.load(shopper)).rejects.toThrow('is not JSON');
  });

  it('checks a stored part against its schema, refusing a line with a negative quantity', async () => {
    const store = await running.openStore();
    const shopper = newShopper();
    await running.writeRaw(shopper, 'list:party', JSON.stringify([{ productId: 'rice-1', name: 'rice', quantity: -2, unit: null }]), 1);
    await expect(store.load(shopper)).rejects.toThrow(`stored list:party of ${shopper} is invalid`);
  });

  it('refuses a part it does not know rather than dropping it', async () => {
    const store = await running.openStore();
    const shopper = newShopper();
    await running.writeRaw(shopper, 'wishlist', '[]', 1);
    await expect(store.load(shopper)).rejects.toThrow('a part voicecart does not know: wishlist');
  });

  it('fills in what an older profile lacks with the defaults', async () => {
    const store = await running.openStore();
    const shopper = newShopper();
    await running.writeRaw(shopper, 'profile', JSON.stringify({ pace: 'slow' }), 7);
    expect((await store.load(shopper)).state).toEqual({ ...emptyShopperState(), pace: 'slow' });
  });
});
