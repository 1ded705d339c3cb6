import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createBackendClient } from '../../src/backend/client.ts';
import type { BackendClient, BackendResult } from '../../src/backend/client.ts';
import { startTestBackend, testClock } from './fixtures.ts';
import type { TestBackend } from './fixtures.ts';

function ok<T>(result: BackendResult<T>): T {
  if (result.kind !== 'ok') throw new Error(`expected ok, got ${JSON.stringify(result)}`);
  return result.value;
}

describe('the reference backend, spoken to over HTTP through the client', () => {
  const clock = testClock();
  let backend: TestBackend;
  let client: BackendClient;
  let token: string;

  beforeEach(async () => {
    backend = await startTestBackend({ now: clock.now });
    client = createBackendClient({ baseUrl: backend.url, attemptTimeoutMs: 1000, totalBudgetMs: 2000 });
    token = backend.tokenFor('ann');
  });
  afterEach(() => backend.close());

  it('answers health checks without a token, and refuses everything else without a valid one', async () => {
    expect(ok(await client.health())).toEqual({ ok: true });
    const anonymous = await fetch(`${backend.url}/v1/customers/me`);
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get('www-authenticate')).toBe('Bearer');
    expect(await anonymous.json()).toEqual({ error: { code: 'unauthorized', message: expect.any(String) } });
    expect(await client.customer('vct_not-a-real-token')).toMatchObject({ kind: 'refused', status: 401, code: 'unauthorized' });
  });

  it('describes products, with what it cannot sell marked unavailable and ids it does not know listed as missing', async () => {
    const page = ok(await client.catalog(token, ['apl', 'jam', 'nope']));
    expect(page.products.map((p) => [p.id, p.available])).toEqual([
      ['apl', true],
      ['jam', false],
    ]);
    expect(page.missing).toEqual(['nope']);
    expect(ok(await client.product(token, 'loaf'))).toMatchObject({ name: 'Seeded Loaf', price: 4, available: true });
    expect(await client.product(token, 'nope')).toMatchObject({ kind: 'refused', status: 404, code: 'not_found' });
  });

  it('knows who the token belongs to', async () => {
    expect(ok(await client.customer(token))).toEqual({
      id: 'ann',
      name: 'Shopper ann',
      voiceCodeSet: false,
      voiceCodeThreshold: 0,
      voicePurchasingLocked: false,
    });
  });

  it('quotes a basket: substitutes what the store chose to, leaves out what it cannot sell, adds tax and delivery', async () => {
    const quote = ok(
      await client.quote(token, {
        items: [
          { productId: 'apl', quantity: 2, unit: 'pound' },
          { productId: 'oat', quantity: 1 },
          { productId: 'jam', quantity: 1 },
          { productId: 'saffron', quantity: 1 },
        ],
      }),
    );
    expect(quote.seller).toBe('Test Grocer');
    expect(quote.items).toEqual([
      { productId: 'apl', name: 'Crisp Apples', quantity: 2, unit: 'pound', unitPrice: 2.5, lineTotal: 5 },
      {
        productId: 'oat-barista',
        name: 'Barista Oat Drink',
        quantity: 1,
        unit: null,
        unitPrice: 3.6,
        lineTotal: 3.6,
        substitution: { forProductId: 'oat', forName: 'Oat Drink' },
      },
    ]);
    expect(quote.unavailable).toEqual(['jam']);
    // Saffron has no price in the catalog: sold, but not priced yet, and said apart from what is out of stock.
    expect(quote.unpriced).toEqual(['saffron']);
    expect(quote).toMatchObject({ subtotal: 8.6, tax: 0.86, fees: 4, total: 13.46, currency: 'USD' });
    expect(quote.delivery).toMatchObject({ option: 'standard', window: 'tomorrow between 9 and 11 am', fee: 4 });
    expect(quote.expiresAt).toBe(new Date(clock.now().getTime() + 30 * 60 * 1000).toISOString());
  });

  it('delivers free above the threshold', async () => {
    const quote = ok(await client.quote(token, { items: [{ productId: 'loaf', quantity: 10 }] }));
    expect(quote).toMatchObject({ subtotal: 40, fees: 0, tax: 4, total: 44 });
  });

  it('places the quoted order, lists it among past orders, and follows its status to the door', async () => {
    const items = [{ productId: 'apl', quantity: 3 }, { productId: 'oat', quantity: 2 }];
    const quote = ok(await client.quote(token, { items }));
    const placed = ok(await client.placeOrder(token, { quoteId: quote.quoteId, items }, 'key-1'));
    expect(placed).toMatchObject({
      status: 'placed',
      total: quote.total,
      deliveryWindow: 'tomorrow between 9 and 11 am',
      summary: `2 items from Test Grocer for $${quote.total.toFixed(2)}, arriving tomorrow between 9 and 11 am`,
    });
    const detail = ok(await client.orderStatus(token, placed.orderId));
    expect(detail).toEqual({
      orderId: placed.orderId,
      placedAt: clock.now().toISOString(),
      status: 'placed',
      // Picking starts two hours before the window: until then the order can be cancelled.
      cancellableUntil: new Date(Date.parse(quote.delivery.startsAt) - 2 * 60 * 60 * 1000).toISOString(),
      deliveryWindow: 'tomorrow between 9 and 11 am',
      deliveryStartsAt: quote.delivery.startsAt,
      deliveryEndsAt: quote.delivery.endsAt,
      total: quote.total,
      currency: 'USD',
      items: [
        { productId: 'apl', name: 'Crisp Apples', quantity: 3, unit: null },
        { productId: 'oat-barista', name: 'Barista Oat Drink', quantity: 2, unit: null },
      ],
    });
    expect(ok(await client.orders(token)).orders).toEqual([detail]);

    clock.advance(Date.parse(detail.deliveryStartsAt) - clock.now().getTime() - 60 * 60 * 1000);
    const packing = ok(await client.orderStatus(token, placed.orderId));
    expect(packing.status).toBe('packing');
    expect(packing).not.toHaveProperty('cancellableUntil');
    clock.advance(90 * 60 * 1000);
    expect(ok(await client.orderStatus(token, placed.orderId)).status).toBe('out_for_delivery');
    clock.advance(2 * 60 * 60 * 1000);
    expect(ok(await client.orderStatus(token, placed.orderId)).status).toBe('delivered');
  });

  it("keeps each customer's orders to themselves", async () => {
    const items = [{ productId: 'loaf', quantity: 1 }];
    const placed = ok(await client.placeOrder(token, { items }, 'shared-key'));
    const bob = backend.tokenFor('bob');
    expect(await client.orderStatus(bob, placed.orderId)).toMatchObject({ kind: 'refused', code: 'not_found' });
    expect(ok(await client.orders(bob)).orders).toEqual([]);
    const bobs = ok(await client.placeOrder(bob, { items }, 'shared-key'));
    expect(bobs.orderId).not.toBe(placed.orderId);
  });

  it('refuses an expired quote and a quote for other items, so the shopper hears a fresh total', async () => {
    const items = [{ productId: 'apl', quantity: 1 }];
    const quote = ok(await client.quote(token, { items }));
    const other = await client.placeOrder(token, { quoteId: quote.quoteId, items: [{ productId: 'apl', quantity: 2 }] }, 'k1');
    expect(other).toMatchObject({ kind: 'refused', status: 409, code: 'quote_mismatch' });
    clock.advance(31 * 60 * 1000);
    expect(await client.placeOrder(token, { quoteId: quote.quoteId, items }, 'k2')).toMatchObject({ code: 'quote_expired' });
    expect(await client.placeOrder(token, { quoteId: 'quo_missing', items }, 'k3')).toMatchObject({ code: 'quote_not_found' });
    expect(backend.count('orders')).toBe(0);
  });

  it('forgets quotes a day after they expire', async () => {
    const items = [{ productId: 'apl', quantity: 1 }];
    const old = ok(await client.quote(token, { items }));
    clock.advance(25 * 60 * 60 * 1000);
    ok(await client.quote(token, { items }));
    expect(backend.count('quotes')).toBe(1);
    expect(await client.placeOrder(token, { quoteId: old.quoteId, items }, 'k')).toMatchObject({ code: 'quote_not_found' });
  });

  it('cancels an order not yet picked, answers the same when asked again, and refuses once picking has started', async () => {
    const items = [{ productId: 'loaf', quantity: 1 }];
    const first = ok(await client.placeOrder(token, { items }, 'c1'));
    const cancelled = ok(await client.cancelOrder(token, first.orderId));
    expect(cancelled).toMatchObject({ orderId: first.orderId, status: 'cancelled' });
    expect(cancelled.cancellableUntil).toBeUndefined();
    expect(ok(await client.cancelOrder(token, first.orderId))).toEqual(cancelled);
    expect(ok(await client.orderStatus(token, first.orderId)).status).toBe('cancelled');

    const second = ok(await client.placeOrder(token, { items }, 'c2'));
    const detail = ok(await client.orderStatus(token, second.orderId));
    clock.advance(Date.parse(detail.cancellableUntil ?? '') - clock.now().getTime());
    const refused = await client.cancelOrder(token, second.orderId);
    expect(refused).toMatchObject({ kind: 'refused', status: 409, code: 'order_not_cancellable', message: expect.stringMatching(/being picked/) });
    expect(ok(await client.orderStatus(token, second.orderId)).status).toBe('packing');
    expect(await client.cancelOrder(backend.tokenFor('bob'), second.orderId)).toMatchObject({ kind: 'refused', status: 404, code: 'not_found' });
  });

  it('prices what it can in a catalog without prices, says which it cannot, and orders only what it priced', async () => {
    const quote = ok(await client.quote(token, { items: [{ productId: 'loaf', quantity: 1 }, { productId: 'saffron', quantity: 1 }] }));
    expect(quote.items.map((item) => item.productId)).toEqual(['loaf']);
    expect(quote.unpriced).toEqual(['saffron']);
    expect(quote.unavailable).toEqual([]);
    const placed = ok(await client.placeOrder(token, { quoteId: quote.quoteId, items: [{ productId: 'loaf', quantity: 1 }, { productId: 'saffron', quantity: 1 }] }, 'p1'));
    expect(ok(await client.orderStatus(token, placed.orderId)).items.map((item) => item.productId)).toEqual(['loaf']);
    const none = await client.placeOrder(token, { items: [{ productId: 'saffron', quantity: 1 }] }, 'p2');
    expect(none).toMatchObject({ kind: 'refused', status: 409, code: 'nothing_priced' });
  });

  it('estimates a count of something sold by the pound, and weighs ounces as part of a pound', async () => {
    const quote = ok(
      await client.quote(token, {
        items: [
          { productId: 'apl', quantity: 3, unit: 'each' },
          { productId: 'apl', quantity: 8, unit: 'ounce' },
        ],
      }),
    );
    // Crisp Apples are 2.50 a pound; an apple weighs about 0.4 pound, so three are about 3 dollars.
    expect(quote.items).toEqual([
      { productId: 'apl', name: 'Crisp Apples', quantity: 3, unit: 'each', unitPrice: 2.5, lineTotal: 3, estimated: true },
      { productId: 'apl', name: 'Crisp Apples', quantity: 8, unit: 'ounce', unitPrice: 2.5, lineTotal: 1.25 },
    ]);
  });

  it('refuses an order where nothing can be delivered', async () => {
    const refused = await client.placeOrder(token, { items: [{ productId: 'jam', quantity: 1 }] }, 'k');
    expect(refused).toMatchObject({ kind: 'refused', status: 409, code: 'nothing_available' });
  });
});

describe('a backend seeded with past orders', () => {
  it('lists each imported order oldest first, so "order my usual" works locally', async () => {
    const history = new Map([
      [
        'cara',
        [
          { orderId: 'h1', orderNumber: 1, productIds: ['apl', 'loaf'] },
          { orderId: 'h2', orderNumber: 2, productIds: ['loaf'] },
        ],
      ],
    ]);
    const clock = testClock();
    const backend = await startTestBackend({ now: clock.now, history });
    try {
      const client = createBackendClient({ baseUrl: backend.url });
      const orders = ok(await client.orders(backend.tokenFor('cara'))).orders;
      expect(orders.map((o) => [o.orderId, o.status, o.items.map((i) => i.productId)])).toEqual([
        ['h1', 'delivered', ['apl', 'loaf']],
        ['h2', 'delivered', ['loaf']],
      ]);
      expect(Date.parse(orders[1]?.placedAt ?? '')).toBeLessThan(clock.now().getTime());
    } finally {
      await backend.close();
    }
  });
});
