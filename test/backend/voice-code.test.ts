import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createBackendClient } from '../../src/backend/client.ts';
import type { BackendClient } from '../../src/backend/client.ts';
import { startTestBackend, testClock } from './fixtures.ts';
import type { TestBackend } from './fixtures.ts';

describe('a customer with a voice code', () => {
  let backend: TestBackend;
  let client: BackendClient;
  let token: string;
  const items = [{ productId: 'loaf', quantity: 2 }];

  beforeEach(async () => {
    backend = await startTestBackend({ now: testClock().now });
    client = createBackendClient({ baseUrl: backend.url, attemptTimeoutMs: 1000, totalBudgetMs: 2000 });
    token = backend.tokenFor('ann');
    await client.setVoiceCode(token, { code: '4321' });
  });
  afterEach(() => backend.close());

  it('is told the code is set, without the code ever coming back', async () => {
    const raw = await (await fetch(`${backend.url}/v1/customers/me`, { headers: { authorization: `Bearer ${token}` } })).text();
    expect(JSON.parse(raw)).toMatchObject({ voiceCodeSet: true, voiceCodeThreshold: 0, voicePurchasingLocked: false });
    expect(raw).not.toContain('4321');
  });

  it('needs the code for an order, and the right code places it', async () => {
    expect(await client.placeOrder(token, { items }, 'k1')).toMatchObject({ kind: 'refused', status: 403, code: 'voice_code_required' });
    expect(await client.placeOrder(token, { items, voiceCode: '4321' }, 'k1')).toMatchObject({ kind: 'ok' });
    expect(backend.count('orders')).toBe(1);
  });

  it('counts down wrong codes, locks after the third, then refuses even the right code until it is reset', async () => {
    const wrong = (key: string, code: string) => client.placeOrder(token, { items, voiceCode: code }, key);
    expect(await wrong('k1', '0000')).toMatchObject({ kind: 'refused', code: 'voice_code_wrong', attemptsLeft: 2 });
    expect(await wrong('k1', '1111')).toMatchObject({ kind: 'refused', code: 'voice_code_wrong', attemptsLeft: 1 });
    const third = await wrong('k1', '2222');
    expect(third).toMatchObject({ kind: 'refused', status: 403, code: 'voice_purchasing_locked' });
    expect(await wrong('k1', '4321')).toMatchObject({ kind: 'refused', code: 'voice_purchasing_locked' });
    expect(await wrong('k2', '4321')).toMatchObject({ kind: 'refused', code: 'voice_purchasing_locked' });
    expect(await client.customer(token)).toMatchObject({ value: { voicePurchasingLocked: true } });
    expect(backend.count('orders')).toBe(0);

    await client.setVoiceCode(token, { code: '9876' });
    expect(await wrong('k3', '9876')).toMatchObject({ kind: 'ok' });
  });

  it('does not count a wrong code twice when the same request is retried', async () => {
    expect(await client.placeOrder(token, { items, voiceCode: '0000' }, 'k1')).toMatchObject({ attemptsLeft: 2 });
    expect(await client.placeOrder(token, { items, voiceCode: '0000' }, 'k1')).toMatchObject({ attemptsLeft: 2 });
    expect(await client.placeOrder(token, { items, voiceCode: '0000' }, 'k2')).toMatchObject({ attemptsLeft: 1 });
  });

  it('forgives earlier wrong codes once the right one is given', async () => {
    await client.placeOrder(token, { items, voiceCode: '0000' }, 'k1');
    await client.placeOrder(token, { items, voiceCode: '1111' }, 'k1');
    await client.placeOrder(token, { items, voiceCode: '4321' }, 'k1');
    expect(await client.placeOrder(token, { items, voiceCode: '0000' }, 'k2')).toMatchObject({ attemptsLeft: 2 });
  });

  it('does not ask for it below the threshold the customer chose', async () => {
    await client.setVoiceCode(token, { code: '4321', threshold: 50 });
    expect(await client.placeOrder(token, { items }, 'small')).toMatchObject({ kind: 'ok' });
    const big = [{ productId: 'loaf', quantity: 20 }];
    expect(await client.placeOrder(token, { items: big }, 'big')).toMatchObject({ code: 'voice_code_required' });
  });

  it('never echoes the code in an answer, right or wrong', async () => {
    const texts = await Promise.all(
      ['0000', '4321'].map(async (code, i) => {
        const response = await fetch(`${backend.url}/v1/orders`, {
          method: 'POST',
          headers: { authorization: `Bearer ${token}`, 'idempotency-key': `k${i}`, 'content-type': 'application/json' },
          body: JSON.stringify({ items, voiceCode: code }),
        });
        return response.text();
      }),
    );
    expect(texts[0]).not.toContain('0000');
    expect(texts[1]).not.toContain('4321');
  });

  it('refuses a code that is not four digits', async () => {
    expect(await client.setVoiceCode(token, { code: '12345' })).toMatchObject({ kind: 'refused', status: 400, code: 'invalid_request' });
  });
});
