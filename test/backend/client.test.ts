import { createServer } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createBackendClient } from '../../src/backend/client.ts';
import type { BackendClient } from '../../src/backend/client.ts';
import { startFaultProxy } from './fault-proxy.ts';
import type { FaultProxy } from './fault-proxy.ts';
import { startTestBackend, testClock } from './fixtures.ts';
import type { TestBackend } from './fixtures.ts';

async function portNobodyListensOn(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}

/** What Alexa allows us, with room to spare: the requirement every faulty call must meet. */
const ALEXA_SAFE_MS = 6000;

describe('the backend client when the network or the backend misbehaves', () => {
  let backend: TestBackend;
  let proxy: FaultProxy;
  let client: BackendClient;
  let token: string;
  const items = [{ productId: 'loaf', quantity: 1 }];

  beforeEach(async () => {
    backend = await startTestBackend({ now: testClock().now });
    proxy = await startFaultProxy(backend.url);
    client = createBackendClient({ baseUrl: proxy.url, attemptTimeoutMs: 200, totalBudgetMs: 600, retries: 3, backoffMs: 10 });
    token = backend.tokenFor('ann');
  });
  afterEach(async () => {
    await proxy.close();
    await backend.close();
  });

  it('retries a 503 and a 502 and then succeeds', async () => {
    proxy.script([{ status: 503 }, { status: 502 }]);
    expect(await client.customer(token)).toMatchObject({ kind: 'ok', value: { id: 'ann' } });
    expect(proxy.seen).toHaveLength(3);
  });

  it('retries a dropped connection', async () => {
    proxy.script(['reset']);
    expect(await client.orders(token)).toMatchObject({ kind: 'ok' });
    expect(proxy.seen).toHaveLength(2);
  });

  it('retries a 500 on a read, but not on a quote, which carries no idempotency key', async () => {
    proxy.script([{ status: 500 }]);
    expect(await client.customer(token)).toMatchObject({ kind: 'ok' });
    proxy.script([{ status: 500 }]);
    expect(await client.quote(token, { items })).toMatchObject({ kind: 'unavailable' });
    expect(proxy.seen.map((s) => s.method)).toEqual(['GET', 'GET', 'POST']);
  });

  it('does not retry a refusal', async () => {
    expect(await client.placeOrder(token, { items: [{ productId: 'ghost', quantity: 1 }] }, 'k')).toMatchObject({
      kind: 'refused',
      status: 400,
      code: 'unknown_product',
    });
    expect(proxy.seen).toHaveLength(1);
  });

  it('gives up on a backend that never answers within its budget, and says the read is unavailable', async () => {
    proxy.script(['hang', 'hang', 'hang', 'hang']);
    const started = Date.now();
    const result = await client.customer(token);
    expect(Date.now() - started).toBeLessThan(ALEXA_SAFE_MS);
    expect(result).toMatchObject({ kind: 'unavailable', reason: expect.stringContaining('no answer') });
    expect(proxy.seen.length).toBeGreaterThanOrEqual(2);
  });

  it('when the order went through but every answer was lost, reports unknown, having sent one key every time', async () => {
    proxy.script(['forward-then-hang', 'forward-then-reset', 'forward-then-500', 'forward-then-hang']);
    const started = Date.now();
    const result = await client.placeOrder(token, { items }, 'confirm-7');
    expect(Date.now() - started).toBeLessThan(ALEXA_SAFE_MS);
    expect(result.kind).toBe('unknown');
    expect(new Set(proxy.seen.map((s) => s.key))).toEqual(new Set(['confirm-7']));
    expect(backend.count('orders')).toBe(1);

    const replay = await client.placeOrder(token, { items }, 'confirm-7');
    expect(replay).toMatchObject({ kind: 'ok', value: { status: 'placed' } });
    expect(backend.count('orders')).toBe(1);
  });

  it('when the first answer is lost, the retry under the same key returns the order placed the first time', async () => {
    proxy.script(['forward-then-500']);
    const result = await client.placeOrder(token, { items }, 'confirm-8');
    expect(result).toMatchObject({ kind: 'ok' });
    expect(proxy.seen.map((s) => s.key)).toEqual(['confirm-8', 'confirm-8']);
    expect(backend.count('orders')).toBe(1);
  });

  it('retries a cancel whose answer was lost: cancelling twice is harmless, and the second answer says it is cancelled', async () => {
    const placed = await client.placeOrder(token, { items }, 'to-cancel');
    if (placed.kind !== 'ok') throw new Error(placed.kind);
    proxy.script(['forward-then-500']);
    expect(await client.cancelOrder(token, placed.value.orderId)).toMatchObject({ kind: 'ok', value: { status: 'cancelled' } });
    expect(proxy.seen.filter((s) => s.path.endsWith('/cancel'))).toHaveLength(2);
    proxy.script(['forward-then-hang', 'forward-then-hang', 'forward-then-hang', 'forward-then-hang']);
    expect(await client.cancelOrder(token, placed.value.orderId)).toMatchObject({ kind: 'unknown' });
  });

  it('says a rate-limited order is unavailable, not unknown: a 429 is turned away before any work', async () => {
    proxy.script([{ status: 429, retryAfter: '0' }, { status: 429 }, { status: 429 }, { status: 429 }]);
    expect(await client.placeOrder(token, { items }, 'k')).toMatchObject({ kind: 'unavailable' });
    expect(backend.count('orders')).toBe(0);
  });

  it('stops early when the backend asks to be retried later than the budget allows', async () => {
    proxy.script([{ status: 503, retryAfter: '30' }]);
    expect(await client.customer(token)).toMatchObject({ kind: 'unavailable' });
    expect(proxy.seen).toHaveLength(1);
  });

  it('treats an answer that breaks the contract as unknown for an order', async () => {
    proxy.script(['garbage']);
    expect(await client.placeOrder(token, { items }, 'k')).toMatchObject({ kind: 'unknown', reason: expect.stringContaining('contract') });
    proxy.script(['garbage']);
    expect(await client.customer(token)).toMatchObject({ kind: 'unavailable' });
  });

  it('reports an order to a backend that refuses connections as unavailable: it was never sent', async () => {
    const closed = createBackendClient({ baseUrl: `http://127.0.0.1:${await portNobodyListensOn()}`, attemptTimeoutMs: 200, totalBudgetMs: 600, backoffMs: 10 });
    expect(await closed.placeOrder(token, { items }, 'k')).toMatchObject({ kind: 'unavailable', reason: 'ECONNREFUSED' });
  });

  it('refuses a budget Alexa would not wait for', () => {
    expect(() => createBackendClient({ baseUrl: proxy.url, totalBudgetMs: 9000 })).toThrow(/under 6 s/);
  });
});

describe('the backend client between calls', () => {
  let backend: TestBackend;
  let proxy: FaultProxy;
  let token: string;

  beforeEach(async () => {
    backend = await startTestBackend({ now: testClock().now });
    proxy = await startFaultProxy(backend.url);
    token = backend.tokenFor('ann');
  });
  afterEach(async () => {
    await proxy.close();
    await backend.close();
  });

  it("answers a customer's orders again while they are fresh, and asks again when the time is up or an order changed", async () => {
    let clock = 0;
    const client = createBackendClient({ baseUrl: proxy.url, ordersFreshForMs: 1000, now: () => clock });
    expect(await client.orders(token)).toMatchObject({ kind: 'ok' });
    expect(await client.orders(token)).toMatchObject({ kind: 'ok' });
    expect(proxy.seen).toHaveLength(1);
    clock += 1000;
    await client.orders(token);
    expect(proxy.seen).toHaveLength(2);
    // Even a refused change may have been the last word on an order: the orders are asked for again.
    expect(await client.cancelOrder(token, 'no-such-order')).toMatchObject({ kind: 'refused' });
    await client.orders(token);
    expect(proxy.seen).toHaveLength(4);
    // Another customer's orders are their own.
    await client.orders(backend.tokenFor('bob'));
    expect(proxy.seen).toHaveLength(5);
  });

  it('keeps no answer that was not the orders', async () => {
    const client = createBackendClient({ baseUrl: proxy.url, ordersFreshForMs: 1000, backoffMs: 1 });
    proxy.script([{ status: 404 }]);
    expect(await client.orders(token)).toMatchObject({ kind: 'refused' });
    expect(await client.orders(token)).toMatchObject({ kind: 'ok' });
    expect(proxy.seen).toHaveLength(2);
  });

  it('learns the address of a backend started at its first call, once; a backend that did not start is unavailable', async () => {
    let starts = 0;
    const lazy = createBackendClient({
      baseUrl: async () => {
        starts += 1;
        return proxy.url;
      },
    });
    expect(starts).toBe(0);
    expect(await lazy.customer(token)).toMatchObject({ kind: 'ok', value: { id: 'ann' } });
    await lazy.customer(token);
    expect(starts).toBe(1);
    const never = createBackendClient({ baseUrl: () => Promise.reject(new Error('its database cannot be opened')), backoffMs: 1 });
    expect(await never.placeOrder(token, { items: [{ productId: 'loaf', quantity: 1 }] }, 'k')).toMatchObject({
      kind: 'unavailable',
      reason: expect.stringContaining('its database cannot be opened'),
    });
  });
});
