import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PlacedOrderSchema } from '../../src/backend/contract.ts';
import { startTestBackend, testClock } from './fixtures.ts';
import type { TestBackend } from './fixtures.ts';

describe('placing an order under an idempotency key', () => {
  const clock = testClock();
  let backend: TestBackend;
  let token: string;

  beforeEach(async () => {
    backend = await startTestBackend({ now: clock.now });
    token = backend.tokenFor('ann');
  });
  afterEach(() => backend.close());

  function order(key: string | undefined, body: unknown): Promise<Response> {
    return fetch(`${backend.url}/v1/orders`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', ...(key === undefined ? {} : { 'idempotency-key': key }) },
      body: JSON.stringify(body),
    });
  }

  const basket = { items: [{ productId: 'apl', quantity: 2, unit: 'pound' }, { productId: 'loaf', quantity: 1 }] };

  it('when the same order arrives twice, places it once and answers the second with the first result', async () => {
    const first = await order('confirm-1', basket);
    const second = await order('confirm-1', basket);
    expect(first.status).toBe(201);
    expect(second.status).toBe(201);
    expect(second.headers.get('idempotent-replayed')).toBe('true');
    expect(await second.json()).toEqual(await first.json());
    expect(backend.count('orders')).toBe(1);
  });

  it('treats the same items in another order, or split across lines, as the same request', async () => {
    await order('confirm-1', basket);
    const reshuffled = await order('confirm-1', {
      items: [{ productId: 'loaf', quantity: 1 }, { productId: 'apl', quantity: 1, unit: 'pound' }, { productId: 'apl', quantity: 1, unit: 'pound' }],
    });
    expect(reshuffled.status).toBe(201);
    expect(backend.count('orders')).toBe(1);
  });

  it('when the cart changed but the key was reused, refuses and places nothing new', async () => {
    await order('confirm-1', basket);
    const changed = await order('confirm-1', { items: [{ productId: 'loaf', quantity: 2 }] });
    expect(changed.status).toBe(422);
    expect(await changed.json()).toEqual({ error: { code: 'idempotency_key_reused', message: expect.any(String) } });
    expect(backend.count('orders')).toBe(1);
  });

  it('refuses an order without a key', async () => {
    const keyless = await order(undefined, basket);
    expect(keyless.status).toBe(400);
    expect(await keyless.json()).toMatchObject({ error: { code: 'idempotency_key_missing' } });
    expect(backend.count('orders')).toBe(0);
  });

  it('forgets a key after a day, so it is then a new order', async () => {
    await order('confirm-1', basket);
    clock.advance(24 * 60 * 60 * 1000 + 1);
    const later = await order('confirm-1', basket);
    expect(later.status).toBe(201);
    expect(later.headers.get('idempotent-replayed')).toBeNull();
    expect(backend.count('orders')).toBe(2);
  });

  it('places both orders when many copies of two confirmations race', async () => {
    const responses = await Promise.all([...Array(10).keys()].map((i) => order(`race-${i % 2}`, basket)));
    expect(responses.map((r) => r.status)).toEqual(Array(10).fill(201));
    const ids = new Set(await Promise.all(responses.map(async (r) => PlacedOrderSchema.parse(await r.json()).orderId)));
    expect(ids.size).toBe(2);
    expect(backend.count('orders')).toBe(2);
  });
});
