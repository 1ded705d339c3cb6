/**
 * The skill's HTTP client for a store backend. Alexa waits about 8 seconds for an answer, so every
 * call has a total budget under 6 s, split into attempts that each time out on their own; failures
 * that may pass (network errors, timeouts, 429, 502, 503, 504, and 500 where repeating is safe) are
 * retried with jittered exponential backoff. An order whose fate is still unknown when the budget
 * runs out is reported as `unknown`, never as a refusal, so the skill can promise to confirm later.
 */
import { z } from 'zod';
import {
  API_PREFIX,
  CatalogPageSchema,
  CustomerSchema,
  ErrorBodySchema,
  HealthSchema,
  IDEMPOTENCY_HEADER,
  OrderDetailSchema,
  OrderListSchema,
  PlacedOrderSchema,
  QuoteSchema,
  StoreProductSchema,
} from './contract.ts';
import type {
  CatalogPage,
  Customer,
  OrderDetail,
  OrderList,
  PlacedOrder,
  PlaceOrderRequest,
  Quote,
  QuoteRequest,
  SetVoiceCodeRequest,
  StoreProduct,
} from './contract.ts';

/** The backend answered and said no; `code` is its machine-readable reason (see ErrorCodeSchema). */
export interface Refused {
  readonly kind: 'refused';
  readonly status: number;
  readonly code: string;
  readonly message: string;
  readonly attemptsLeft?: number;
}
/** Nothing happened: the backend couldn't be reached or kept failing, and the request changes nothing anyway. */
export interface Unavailable {
  readonly kind: 'unavailable';
  readonly reason: string;
}
/** The request may or may not have taken effect; repeat it with the same idempotency key to find out. */
export interface Unknown {
  readonly kind: 'unknown';
  readonly reason: string;
}
export type BackendFailure = Refused | Unavailable | Unknown;
export type BackendResult<T> = { readonly kind: 'ok'; readonly value: T } | BackendFailure;

export interface BackendClientOptions {
  /** The backend's address, or how to learn it at the first call (a backend started only when first needed). */
  readonly baseUrl: string | (() => Promise<string>);
  readonly fetch?: typeof fetch;
  /** Each attempt is abandoned after this long (default 2500 ms). */
  readonly attemptTimeoutMs?: number;
  /** Every call returns within this, retries and backoff included (default 5500 ms, at most 6000). */
  readonly totalBudgetMs?: number;
  /** Further attempts after the first (default 3). */
  readonly retries?: number;
  /** The first backoff's upper bound; it doubles with each retry (default 100 ms). */
  readonly backoffMs?: number;
  readonly random?: () => number;
  /** Milliseconds, as Date.now. */
  readonly now?: () => number;
  /**
   * How long a customer's orders, once fetched, answer again for the same token (default 0: never).
   * Placing or cancelling an order through this client forgets them at once; an order placed
   * elsewhere is heard of when they are next fetched.
   */
  readonly ordersFreshForMs?: number;
}

export interface BackendClient {
  health(): Promise<BackendResult<{ ok: true }>>;
  catalog(token: string, ids: readonly string[]): Promise<BackendResult<CatalogPage>>;
  product(token: string, productId: string): Promise<BackendResult<StoreProduct>>;
  customer(token: string): Promise<BackendResult<Customer>>;
  /** The customer's past orders, oldest first. */
  orders(token: string): Promise<BackendResult<OrderList>>;
  quote(token: string, request: QuoteRequest): Promise<BackendResult<Quote>>;
  /** Places an order; the same key always yields the same order, however often it is sent. */
  placeOrder(token: string, body: PlaceOrderRequest, idempotencyKey: string): Promise<BackendResult<PlacedOrder>>;
  orderStatus(token: string, orderId: string): Promise<BackendResult<OrderDetail>>;
  /** Cancels an order not yet picked; cancelling it again answers the same. Refused (`order_not_cancellable`) once picked. */
  cancelOrder(token: string, orderId: string): Promise<BackendResult<OrderDetail>>;
  setVoiceCode(token: string, body: SetVoiceCodeRequest): Promise<BackendResult<Customer>>;
}

const BaseUrlSchema = z
  .string()
  .url()
  .transform((url) => url.replace(/\/+$/, ''));

const OptionsSchema = z
  .object({
    attemptTimeoutMs: z.number().int().positive().default(2500),
    totalBudgetMs: z.number().int().positive().max(6000, 'Alexa gives up after 8 s, so keep the budget under 6 s').default(5500),
    retries: z.number().int().nonnegative().max(10).default(3),
    backoffMs: z.number().nonnegative().default(100),
    ordersFreshForMs: z.number().int().nonnegative().default(0),
  })
  .refine((o) => o.attemptTimeoutMs <= o.totalBudgetMs, 'attemptTimeoutMs must not exceed totalBudgetMs');

interface Call<T> {
  readonly method: 'GET' | 'POST';
  readonly path: string;
  readonly token?: string;
  readonly body?: unknown;
  readonly idempotencyKey?: string;
  readonly schema: z.ZodType<T>;
  /** Repeating it after a 500 can't do harm: a GET, a PUT-like update, or a POST with an idempotency key. */
  readonly safeToRepeat: boolean;
  /** Its effect matters if it happened unseen (placing an order), so an unclear end is `unknown`. */
  readonly changesState: boolean;
}

type Attempt =
  | { readonly kind: 'response'; readonly status: number; readonly retryAfterMs?: number; readonly json: unknown }
  | { readonly kind: 'failed'; readonly reason: string; readonly reachedServer: boolean };

const NetworkCause = z.object({ cause: z.object({ code: z.string() }) });
/** Errors that prove the request never reached the backend. */
const NEVER_SENT = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH']);
const RETRYABLE_STATUS = new Set([429, 502, 503, 504]);
/** Customers whose orders are kept at once: the shoppers of the last minutes on one server. */
const KEPT_ORDER_LISTS = 1000;

function retryAfterMs(header: string | null): number | undefined {
  if (header === null) return undefined;
  const seconds = Number(header);
  return Number.isFinite(seconds) && seconds >= 0 ? seconds * 1000 : undefined;
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** The backend's address for each call: a given one checked now, one learnt at the first call checked then. */
function addressOf(given: string | (() => Promise<string>)): () => Promise<string> {
  if (typeof given === 'string') {
    const url = BaseUrlSchema.parse(given);
    return () => Promise.resolve(url);
  }
  let learnt: Promise<string> | undefined;
  return () => (learnt ??= given().then((url) => BaseUrlSchema.parse(url)));
}

export function createBackendClient(options: BackendClientOptions): BackendClient {
  const settings = OptionsSchema.parse(options);
  const baseUrl = addressOf(options.baseUrl);
  const doFetch = options.fetch ?? fetch;
  const random = options.random ?? Math.random;
  const now = options.now ?? Date.now;

  async function attempt(call: Call<unknown>, timeoutMs: number): Promise<Attempt> {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), timeoutMs);
    const headers: Record<string, string> = { accept: 'application/json' };
    if (call.token !== undefined) headers.authorization = `Bearer ${call.token}`;
    if (call.idempotencyKey !== undefined) headers[IDEMPOTENCY_HEADER] = call.idempotencyKey;
    if (call.body !== undefined) headers['content-type'] = 'application/json';
    let base: string;
    try {
      base = await baseUrl();
    } catch (error) {
      clearTimeout(timer);
      return { kind: 'failed', reason: `the backend did not start: ${error instanceof Error ? error.message : String(error)}`, reachedServer: false };
    }
    let sent = false;
    try {
      const response = await doFetch(`${base}${API_PREFIX}${call.path}`, {
        method: call.method,
        headers,
        ...(call.body === undefined ? {} : { body: JSON.stringify(call.body) }),
        signal: controller.signal,
      });
      sent = true;
      // The timer keeps running while the body arrives: a backend that stalls mid-body is still cut off.
      const text = await response.text();
      let json: unknown;
      try {
        json = JSON.parse(text);
      } catch {
        // Left undefined: the schema check below then reports the answer as not matching the contract.
      }
      const wait = retryAfterMs(response.headers.get('retry-after'));
      return { kind: 'response', status: response.status, json, ...(wait === undefined ? {} : { retryAfterMs: wait }) };
    } catch (error) {
      if (controller.signal.aborted) return { kind: 'failed', reason: `no answer within ${timeoutMs} ms`, reachedServer: true };
      const cause = NetworkCause.safeParse(error);
      const code = cause.success ? cause.data.cause.code : undefined;
      const reason = code ?? (error instanceof Error ? error.message : String(error));
      return { kind: 'failed', reason, reachedServer: sent || code === undefined || !NEVER_SENT.has(code) };
    } finally {
      clearTimeout(timer);
    }
  }

  async function request<T>(call: Call<T>): Promise<BackendResult<T>> {
    const deadline = now() + settings.totalBudgetMs;
    let mayHaveActed = false;
    let lastReason = 'the backend was not reached';
    for (let tries = 0; tries <= settings.retries; tries++) {
      const remaining = deadline - now();
      if (remaining <= 0) break;
      const result = await attempt(call, Math.min(settings.attemptTimeoutMs, remaining));
      let waitAtLeast = 0;
      if (result.kind === 'failed') {
        mayHaveActed ||= result.reachedServer;
        lastReason = result.reason;
      } else if (result.status >= 200 && result.status < 300) {
        const parsed = call.schema.safeParse(result.json);
        if (parsed.success) return { kind: 'ok', value: parsed.data };
        const reason = `the backend's ${result.status} answer does not match the contract`;
        return call.changesState ? { kind: 'unknown', reason } : { kind: 'unavailable', reason };
      } else if (RETRYABLE_STATUS.has(result.status) || (result.status === 500 && call.safeToRepeat)) {
        // A 429 means the request was turned away unprocessed; any 5xx might have come after the work was done.
        mayHaveActed ||= result.status !== 429;
        lastReason = `the backend answered ${result.status}`;
        waitAtLeast = result.retryAfterMs ?? 0;
      } else if (result.status >= 500) {
        const reason = `the backend answered ${result.status}`;
        return call.changesState ? { kind: 'unknown', reason } : { kind: 'unavailable', reason };
      } else {
        const error = ErrorBodySchema.safeParse(result.json);
        if (!error.success) {
          return { kind: 'refused', status: result.status, code: `http_${result.status}`, message: `the backend answered ${result.status}` };
        }
        const { code, message, attemptsLeft } = error.data.error;
        return { kind: 'refused', status: result.status, code, message, ...(attemptsLeft === undefined ? {} : { attemptsLeft }) };
      }
      if (tries === settings.retries) break;
      const backoff = Math.max(waitAtLeast, random() * settings.backoffMs * 2 ** tries);
      if (now() + backoff >= deadline) break;
      await delay(backoff);
    }
    return call.changesState && mayHaveActed ? { kind: 'unknown', reason: lastReason } : { kind: 'unavailable', reason: lastReason };
  }

  const get = <T>(path: string, token: string | undefined, schema: z.ZodType<T>): Promise<BackendResult<T>> =>
    request({ method: 'GET', path, ...(token === undefined ? {} : { token }), schema, safeToRepeat: true, changesState: false });

  /** Orders fetched lately, by token, oldest first; only answers the backend gave are kept. */
  const keptOrders = new Map<string, { readonly at: number; readonly orders: Promise<BackendResult<OrderList>> }>();
  const orders = (token: string): Promise<BackendResult<OrderList>> => {
    if (settings.ordersFreshForMs === 0) return get('/customers/me/orders', token, OrderListSchema);
    const kept = keptOrders.get(token);
    if (kept !== undefined && now() - kept.at < settings.ordersFreshForMs) return kept.orders;
    const entry = {
      at: now(),
      orders: get('/customers/me/orders', token, OrderListSchema).then((result) => {
        if (result.kind !== 'ok' && keptOrders.get(token) === entry) keptOrders.delete(token);
        return result;
      }),
    };
    keptOrders.delete(token);
    keptOrders.set(token, entry);
    if (keptOrders.size > KEPT_ORDER_LISTS) keptOrders.delete(keptOrders.keys().next().value ?? '');
    return entry.orders;
  };
  /** A change to the customer's orders, whatever came of it (an unknown outcome may have placed one), makes the kept ones stale. */
  const changingOrders = async <T>(token: string, change: Promise<BackendResult<T>>): Promise<BackendResult<T>> => {
    try {
      return await change;
    } finally {
      keptOrders.delete(token);
    }
  };

  return {
    health: () => get('/health', undefined, HealthSchema),
    catalog: (token, ids) => get(`/catalog?ids=${ids.map(encodeURIComponent).join(',')}`, token, CatalogPageSchema),
    product: (token, productId) => get(`/products/${encodeURIComponent(productId)}`, token, StoreProductSchema),
    customer: (token) => get('/customers/me', token, CustomerSchema),
    orders,
    orderStatus: (token, orderId) => get(`/orders/${encodeURIComponent(orderId)}`, token, OrderDetailSchema),
    // Cancelling is idempotent, so a retry after a 500 can't do harm; whether it happened unseen matters.
    cancelOrder: (token, orderId) =>
      changingOrders(token, request({ method: 'POST', path: `/orders/${encodeURIComponent(orderId)}/cancel`, token, schema: OrderDetailSchema, safeToRepeat: true, changesState: true })),
    quote: (token, body) =>
      request({ method: 'POST', path: '/quotes', token, body, schema: QuoteSchema, safeToRepeat: false, changesState: false }),
    placeOrder: (token, body, idempotencyKey) =>
      changingOrders(token, request({ method: 'POST', path: '/orders', token, body, idempotencyKey, schema: PlacedOrderSchema, safeToRepeat: true, changesState: true })),
    setVoiceCode: (token, body) =>
      request({ method: 'POST', path: '/customers/me/voice-code', token, body, schema: CustomerSchema, safeToRepeat: true, changesState: true }),
  };
}
