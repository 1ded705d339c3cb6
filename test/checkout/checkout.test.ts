import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createBackendClient } from '../../src/backend/client.ts';
import type { BackendClient } from '../../src/backend/client.ts';
import { CheckoutQuoteSchema, RECONCILE_WINDOW_MS, normaliseVoiceCode, orderKeyFor } from '../../src/checkout/checkout.ts';
import type { CheckoutQuote } from '../../src/checkout/checkout.ts';
import { createCheckoutService } from '../../src/checkout/service.ts';
import type { CheckoutService } from '../../src/checkout/service.ts';
import type { Line } from '../../src/shopper/state.ts';
import { startFaultProxy } from '../backend/fault-proxy.ts';
import type { FaultProxy } from '../backend/fault-proxy.ts';
import { startTestBackend, testClock } from '../backend/fixtures.ts';
import type { TestBackend } from '../backend/fixtures.ts';

const apples: Line = { productId: 'apl', name: 'crisp apples', quantity: 2, unit: 'pound' };
const loaf: Line = { productId: 'loaf', name: 'seeded loaf', quantity: 1, unit: null };
const jam: Line = { productId: 'jam', name: 'plum jam', quantity: 1, unit: null };
const saffron: Line = { productId: 'saffron', name: 'saffron threads', quantity: 1, unit: null };

describe('checking out', () => {
  let clock: ReturnType<typeof testClock>;
  let backend: TestBackend;
  let proxy: FaultProxy;
  let checkout: CheckoutService;
  let client: BackendClient;
  let token: string;

  beforeEach(async () => {
    clock = testClock();
    backend = await startTestBackend({ now: clock.now });
    proxy = await startFaultProxy(backend.url);
    client = createBackendClient({ baseUrl: proxy.url, attemptTimeoutMs: 100, totalBudgetMs: 300, retries: 2, backoffMs: 10 });
    checkout = createCheckoutService(client, clock.now);
    token = backend.tokenFor('ann');
  });
  afterEach(async () => {
    await proxy.close();
    await backend.close();
  });

  /** Checkout straight to the backend with the client's own time budget, for conversations the proxy's tight one would race. */
  function directCheckout(): CheckoutService {
    return createCheckoutService(createBackendClient({ baseUrl: backend.url }), clock.now);
  }

  async function quoted(lines: readonly Line[]): Promise<CheckoutQuote> {
    return quotedBy(checkout, lines);
  }

  async function quotedBy(service: CheckoutService, lines: readonly Line[]): Promise<CheckoutQuote> {
    const outcome = await service.quote(token, lines);
    if (outcome.kind !== 'quoted') throw new Error(`expected a quote, got ${outcome.kind}`);
    return outcome.quote;
  }

  it('when the shopper asks to check out, quotes the cart and names what the store cannot deliver', async () => {
    const outcome = await checkout.quote(token, [apples, loaf, jam]);
    expect(outcome).toMatchObject({ kind: 'quoted', unavailable: [jam] });
    if (outcome.kind !== 'quoted') return;
    expect(outcome.quote.quote.items.map((i) => i.productId)).toEqual(['apl', 'loaf']);
    expect(outcome.quote.quote.total).toBe(13.9);
    expect(outcome.quote.lines).toEqual([apples, loaf, jam]);
  });

  it('says so when the cart is empty or nothing in it can be delivered', async () => {
    expect(await checkout.quote(token, [])).toEqual({ kind: 'empty' });
    expect(await checkout.quote(token, [jam])).toEqual({ kind: 'nothing_available', unavailable: [jam], unpriced: [] });
  });

  it('names what the store sells but cannot price yet, apart from what is out of stock, and orders the rest', async () => {
    const direct = directCheckout();
    const outcome = await direct.quote(token, [loaf, saffron]);
    expect(outcome).toMatchObject({ kind: 'quoted', unavailable: [], unpriced: [saffron] });
    if (outcome.kind !== 'quoted') return;
    expect(outcome.quote.quote.items.map((i) => i.productId)).toEqual(['loaf']);
    expect(await direct.place(token, outcome.quote)).toMatchObject({ kind: 'placed', order: { total: outcome.quote.quote.total } });
    expect(await direct.quote(token, [saffron])).toEqual({ kind: 'nothing_available', unavailable: [], unpriced: [saffron] });
  });

  it('cancels the latest order while it is not yet picked, again harmlessly, and says so once it is too late', async () => {
    const direct = directCheckout();
    expect(await direct.cancel(token)).toEqual({ kind: 'no_orders' });
    const first = await quotedBy(direct, [loaf]);
    const placed = await direct.place(token, first);
    if (placed.kind !== 'placed') throw new Error(placed.kind);
    const cancelled = await direct.cancel(token);
    expect(cancelled).toMatchObject({ kind: 'cancelled', order: { orderId: placed.order.orderId, status: 'cancelled' } });
    expect(await direct.cancel(token, placed.order.orderId)).toMatchObject({ kind: 'cancelled' });

    const second = await direct.place(token, await quotedBy(direct, [apples]));
    if (second.kind !== 'placed') throw new Error(second.kind);
    const detail = await direct.status(token, second.order.orderId);
    if (detail.kind !== 'found') throw new Error(detail.kind);
    expect(detail.order.items).toEqual([{ productId: 'apl', name: 'Crisp Apples', quantity: 2, unit: 'pound' }]);
    clock.advance(Date.parse(detail.order.cancellableUntil ?? '') - clock.now().getTime() + 1000);
    const late = await direct.cancel(token);
    expect(late).toMatchObject({ kind: 'too_late', order: { orderId: second.order.orderId, status: 'packing' } });
    expect(await direct.cancel(undefined)).toEqual({ kind: 'not_linked' });
    expect(await direct.cancel(token, 'ord_nope')).toEqual({ kind: 'not_found' });
  });

  it('asks the shopper to link their account when there is no token or the store rejects it', async () => {
    expect(await checkout.quote(undefined, [loaf])).toEqual({ kind: 'not_linked' });
    expect(await checkout.quote('vct_revoked', [loaf])).toEqual({ kind: 'not_linked' });
    expect(await checkout.status('vct_revoked')).toEqual({ kind: 'not_linked' });
  });

  it('keeps a quote through the session as plain JSON', async () => {
    const quote = await quoted([apples, loaf]);
    expect(CheckoutQuoteSchema.parse(JSON.parse(JSON.stringify(quote)))).toEqual(quote);
  });

  it('when the shopper says yes and Alexa delivers the yes twice, places one order', async () => {
    const quote = await quoted([apples, loaf]);
    const first = await checkout.place(token, quote);
    const second = await checkout.place(token, quote);
    expect(first).toMatchObject({ kind: 'placed', order: { status: 'placed', total: 13.9 } });
    expect(second).toEqual(first);
    expect(backend.count('orders')).toBe(1);
  });

  it('a new checkout of the same cart is a new order', async () => {
    await checkout.place(token, await quoted([loaf]));
    await checkout.place(token, await quoted([loaf]));
    expect(backend.count('orders')).toBe(2);
  });

  it('derives one key per quote, and different keys for different quotes', () => {
    expect(orderKeyFor('quo_a')).toBe(orderKeyFor('quo_a'));
    expect(orderKeyFor('quo_a')).not.toBe(orderKeyFor('quo_b'));
  });

  describe('with a voice code', () => {
    beforeEach(async () => {
      await client.setVoiceCode(token, { code: '4321' });
    });

    it('asks for it, counts down wrong ones, and places the order once the right one is said', async () => {
      const quote = await quoted([loaf]);
      expect(await checkout.place(token, quote)).toEqual({ kind: 'needs_voice_code' });
      expect(await checkout.place(token, quote, '1 2 3 4')).toEqual({ kind: 'wrong_voice_code', attemptsLeft: 2 });
      expect(await checkout.place(token, quote, '43 21')).toMatchObject({ kind: 'placed' });
      expect(backend.count('orders')).toBe(1);
    });

    it('locks after three wrong codes, then refuses even the right one', async () => {
      const quote = await quoted([loaf]);
      await checkout.place(token, quote, '0000');
      await checkout.place(token, quote, '1111');
      expect(await checkout.place(token, quote, '2222')).toEqual({ kind: 'locked' });
      expect(await checkout.place(token, quote, '4321')).toEqual({ kind: 'locked' });
      expect(backend.count('orders')).toBe(0);
    });

    it('asks again when what was heard is not four digits, without counting it as wrong', async () => {
      const quote = await quoted([loaf]);
      expect(await checkout.place(token, quote, 'one two')).toEqual({ kind: 'needs_voice_code' });
      expect(await checkout.place(token, quote, '0000')).toEqual({ kind: 'wrong_voice_code', attemptsLeft: 2 });
    });
  });

  it('when the quote has expired, says to quote again instead of buying at a total nobody heard', async () => {
    const quote = await quoted([loaf]);
    clock.advance(31 * 60 * 1000);
    expect(await checkout.place(token, quote)).toEqual({ kind: 'expired' });
    expect(backend.count('orders')).toBe(0);
  });

  it('when every answer is lost, reports the order pending, and the next session settles it without a second order', async () => {
    const quote = await quoted([apples, loaf]);
    proxy.script(['forward-then-500', 'forward-then-reset', 'forward-then-hang', 'forward-then-hang']);
    const outcome = await checkout.place(token, quote);
    proxy.script([]);
    expect(outcome).toEqual({
      kind: 'pending',
      pending: { idempotencyKey: orderKeyFor(quote.quote.quoteId), lines: [apples, loaf], total: 13.9, at: clock.now().toISOString() },
    });
    expect(backend.count('orders')).toBe(1);
    if (outcome.kind !== 'pending') return;

    const settled = await checkout.reconcile(token, outcome.pending);
    expect(settled).toMatchObject({ kind: 'placed', order: { total: 13.9 } });
    expect(backend.count('orders')).toBe(1);
  });

  it('an order confirmed twice while the network fails still yields exactly one order', async () => {
    const quote = await quoted([loaf]);
    proxy.script(['forward-then-reset', 'reset', { status: 503 }, 'forward-then-500']);
    const first = await checkout.place(token, quote);
    proxy.script(['forward-then-500', 'hang']);
    const second = await checkout.place(token, quote);
    expect(backend.count('orders')).toBe(1);
    expect(second).toMatchObject({ kind: 'placed' });
    if (first.kind === 'placed' && second.kind === 'placed') expect(second.order.orderId).toBe(first.order.orderId);
  });

  it('when the order never reached the store, settling it places it then, once', async () => {
    const quote = await quoted([loaf]);
    proxy.script(['hang', 'hang', 'hang']);
    const outcome = await checkout.place(token, quote);
    expect(outcome.kind).toBe('pending');
    expect(backend.count('orders')).toBe(0);
    if (outcome.kind !== 'pending') return;
    proxy.script([]);
    const first = await checkout.reconcile(token, outcome.pending);
    const again = await checkout.reconcile(token, outcome.pending);
    expect(first).toMatchObject({ kind: 'placed' });
    expect(again).toEqual(first);
    expect(backend.count('orders')).toBe(1);
  });

  it('keeps an order pending while the store is still unreachable, and gives up once a replay could order twice', async () => {
    const quote = await quoted([loaf]);
    proxy.script(['hang', 'hang', 'hang']);
    const outcome = await checkout.place(token, quote);
    if (outcome.kind !== 'pending') throw new Error('expected pending');
    proxy.script(['hang', 'hang', 'hang']);
    expect(await checkout.reconcile(token, outcome.pending)).toEqual({ kind: 'unknown' });
    clock.advance(RECONCILE_WINDOW_MS + 1);
    expect(await checkout.reconcile(token, outcome.pending)).toEqual({ kind: 'gave_up' });
    expect(backend.count('orders')).toBe(0);
  });

  it('a pending order that needed the voice code is not placed on replay: the code is never kept', async () => {
    await client.setVoiceCode(token, { code: '4321' });
    const quote = await quoted([loaf]);
    proxy.script(['hang', 'hang', 'hang']);
    const outcome = await checkout.place(token, quote, '4321');
    if (outcome.kind !== 'pending') throw new Error('expected pending');
    expect(JSON.stringify(outcome.pending)).not.toContain('4321');
    proxy.script([]);
    expect(await checkout.reconcile(token, outcome.pending)).toMatchObject({ kind: 'not_placed', code: 'voice_code_required' });
  });

  it('tells the shopper nothing was bought when the store cannot be reached at all', async () => {
    const quote = await quoted([loaf]);
    await proxy.close();
    expect(await checkout.place(token, quote)).toEqual({ kind: 'unavailable' });
    expect(backend.count('orders')).toBe(0);
  });

  it('answers "where is my order" with the latest order, or the one asked about', async () => {
    expect(await checkout.status(token)).toEqual({ kind: 'no_orders' });
    const first = await checkout.place(token, await quoted([loaf]));
    clock.advance(60 * 1000);
    const second = await checkout.place(token, await quoted([apples]));
    if (first.kind !== 'placed' || second.kind !== 'placed') throw new Error('expected both placed');
    expect(await checkout.status(token)).toMatchObject({
      kind: 'found',
      order: { orderId: second.order.orderId, status: 'placed', deliveryWindow: 'tomorrow between 9 and 11 am' },
    });
    expect(await checkout.status(token, first.order.orderId)).toMatchObject({ kind: 'found', order: { orderId: first.order.orderId } });
    expect(await checkout.status(token, 'ord_nope')).toEqual({ kind: 'not_found' });
  });
});

describe('hearing a voice code', () => {
  it.each([
    ['1234', '1234'],
    ['1 2 3 4', '1234'],
    ['12-34', '1234'],
    ['123', undefined],
    ['one two three four', undefined],
  ])('"%s" is %s', (heard, code) => {
    expect(normaliseVoiceCode(heard)).toBe(code);
  });
});
