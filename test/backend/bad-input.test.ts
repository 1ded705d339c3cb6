import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestBackend, testClock } from './fixtures.ts';
import type { TestBackend } from './fixtures.ts';

describe('bad input reaching the backend', () => {
  let backend: TestBackend;
  let token: string;

  beforeEach(async () => {
    backend = await startTestBackend({ now: testClock().now });
    token = backend.tokenFor('ann');
  });
  afterEach(async () => {
    expect(backend.count('orders')).toBe(0);
    expect(backend.count('quotes')).toBe(0);
    expect(backend.count('idempotency')).toBe(0);
    await backend.close();
  });

  async function post(path: string, body: string): Promise<{ status: number; json: unknown }> {
    const response = await fetch(`${backend.url}/v1${path}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', 'idempotency-key': 'k' },
      body,
    });
    return { status: response.status, json: await response.json() };
  }

  it.each(['/quotes', '/orders'])('answers malformed JSON sent to %s with 400 malformed_json', async (path) => {
    expect(await post(path, '{"items": [')).toEqual({
      status: 400,
      json: { error: { code: 'malformed_json', message: 'the body is not valid JSON' } },
    });
  });

  it.each(['/quotes', '/orders'])('names the products %s does not know', async (path) => {
    const answer = await post(path, JSON.stringify({ items: [{ productId: 'apl', quantity: 1 }, { productId: 'ghost', quantity: 1 }] }));
    expect(answer).toEqual({ status: 400, json: { error: { code: 'unknown_product', message: 'this store has no product ghost' } } });
  });

  it.each([
    ['a negative quantity', { items: [{ productId: 'apl', quantity: -2 }] }],
    ['a zero quantity', { items: [{ productId: 'apl', quantity: 0 }] }],
    ['a quantity that is not a number', { items: [{ productId: 'apl', quantity: 'two' }] }],
    ['no items', { items: [] }],
    ['no body fields at all', {}],
    ['a voice code that is not four digits', { items: [{ productId: 'apl', quantity: 1 }], voiceCode: 'abcd' }],
  ])('refuses %s with 400 invalid_request and says where', async (_what, body) => {
    const answer = await post('/orders', JSON.stringify(body));
    expect(answer.status).toBe(400);
    expect(answer.json).toMatchObject({ error: { code: 'invalid_request', message: expect.stringMatching(/^(items|voiceCode)/) } });
  });

  it('refuses a 1 MB body with 413 without reading it all', async () => {
    const huge = JSON.stringify({ items: [{ productId: 'apl', quantity: 1, unit: 'x'.repeat(1024 * 1024) }] });
    const answer = await post('/orders', huge);
    expect(answer).toEqual({ status: 413, json: { error: { code: 'payload_too_large', message: 'the body is larger than 100kb' } } });
  });

  it('answers an unknown route with the same error shape', async () => {
    const response = await fetch(`${backend.url}/v1/carts`, { headers: { authorization: `Bearer ${token}` } });
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ error: { code: 'not_found' } });
  });
});
