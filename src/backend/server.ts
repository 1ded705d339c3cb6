/**
 * The reference store backend: the contract in contract.ts, for real, on express and SQLite.
 * A store can run it as is for a pilot, or read it as the executable description of what its own
 * backend must do.
 *
 * Access tokens. Alexa account linking sends the skill the access token the store's OAuth server
 * issued when the shopper linked their account; the skill forwards it here as a bearer token. This
 * backend keeps only the SHA-256 of each token, in the `tokens` table, beside the customer it stands
 * for. A store maps its own OAuth server's tokens to customers in one of two ways:
 *  - when its OAuth server issues a token, it records `sha256(token) → customer id` through
 *    `BackendStore.registerTokenHash` (the `voicecart token` command does the same for local use); or
 *  - it passes `authenticate`, which resolves a token however the store does already
 *    (RFC 7662 introspection, verifying a JWT's signature) and returns the customer id, or undefined.
 */
import { createHash } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import express from 'express';
import type { NextFunction, Request, Response } from 'express';
import pino from 'pino';
import { z } from 'zod';
import type { OrderHistory } from '../catalog/history.ts';
import type { Catalog, Product } from '../catalog/product.ts';
import { packsFor } from '../language/packs.ts';
import {
  API_PREFIX,
  IDEMPOTENCY_HEADER,
  IdempotencyKeySchema,
  PlaceOrderRequestSchema,
  QuoteRequestSchema,
  SetVoiceCodeRequestSchema,
} from './contract.ts';
import type {
  CatalogPage,
  Customer,
  ErrorBody,
  ErrorCode,
  OrderDetail,
  OrderList,
  PlacedOrder,
  PlaceOrderRequest,
  Quote,
  RequestedItem,
  StoreProduct,
} from './contract.ts';
import { DEFAULT_POLICY, cents, isAvailable, mergeItems, money, priceQuote, unknownProductIds } from './pricing.ts';
import type { StorePolicy } from './pricing.ts';
import { BackendStore, orderStatusAt, pickingStartsAt } from './store.ts';
import type { CustomerRecord, OrderRecord, SqliteDatabase } from './store.ts';

/** Stripe keeps an idempotent result for a day; long enough for any retry, short enough to reuse keys. */
const IDEMPOTENCY_WINDOW_MS = 24 * 60 * 60 * 1000;
const BODY_LIMIT = '100kb';
const CATALOG_PAGE = 100;

export interface BackendLogger {
  info(object: object, message?: string): void;
  error(object: object, message?: string): void;
}

export interface BackendOptions {
  readonly catalog: Catalog;
  /** An open database (tests pass `new Database(':memory:')`), or a file to open. One is required. */
  readonly db?: SqliteDatabase;
  readonly dbPath?: string;
  readonly now?: () => Date;
  readonly policy?: Partial<StorePolicy>;
  /** Past orders to import, so reorders work against a local backend. */
  readonly history?: OrderHistory;
  /** Resolves an access token to a customer id; by default, the `tokens` table. */
  readonly authenticate?: (token: string) => string | undefined;
  readonly logger?: BackendLogger;
}

export interface Backend {
  readonly app: express.Express;
  readonly store: BackendStore;
  readonly policy: StorePolicy;
  /** Closes the database if this backend opened it. */
  close(): void;
}

class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
  }
}

/** An answer worth replaying for the same idempotency key: an order placed, or a voice-code refusal. */
interface OrderOutcome {
  readonly status: number;
  readonly body: PlacedOrder | ErrorBody;
}

function errorBody(code: ErrorCode, message: string, attemptsLeft?: number): ErrorBody {
  return { error: { code, message, ...(attemptsLeft === undefined ? {} : { attemptsLeft }) } };
}

function parseInput<T>(schema: z.ZodType<T>, input: unknown): T {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const where = issue === undefined || issue.path.length === 0 ? 'body' : issue.path.join('.');
  throw new ApiError(400, 'invalid_request', `${where}: ${issue?.message ?? 'is invalid'}`);
}

/** What an order asks for, independent of item order, repeats, the quote id and the voice code. */
function itemsFingerprint(items: readonly RequestedItem[]): string {
  const canonical = mergeItems(items)
    .map((item) => [item.productId, item.unit ?? '', item.quantity] as const)
    .sort((a, b) => (a[0] === b[0] ? a[1].localeCompare(b[1]) : a[0].localeCompare(b[0])));
  return createHash('sha256').update(JSON.stringify(canonical)).digest('hex');
}

function formatMoney(amount: number, currency: string): string {
  return new Intl.NumberFormat('en-US', { style: 'currency', currency }).format(amount);
}

function storeProduct(product: Product, policy: StorePolicy): StoreProduct {
  return { ...product, available: isAvailable(product, policy) };
}

/** An order as the API describes it; items stored before names were kept are named from the catalog. */
function orderDetail(order: OrderRecord, now: Date, catalog: Catalog): OrderDetail {
  const status = orderStatusAt(order, now);
  return {
    orderId: order.id,
    status,
    ...(status === 'placed' ? { cancellableUntil: pickingStartsAt(order).toISOString() } : {}),
    placedAt: order.placedAt,
    deliveryWindow: order.deliveryWindow,
    deliveryStartsAt: order.deliveryStartsAt,
    deliveryEndsAt: order.deliveryEndsAt,
    total: money(order.totalCents),
    currency: order.currency,
    items: order.items.map((item) => {
      const name = item.name ?? catalog.byId.get(item.productId)?.name;
      return name === undefined ? item : { ...item, name };
    }),
  };
}

function customerView(customer: CustomerRecord): Customer {
  return {
    id: customer.id,
    name: customer.name,
    voiceCodeSet: customer.voiceCodeSet,
    voiceCodeThreshold: money(customer.voiceCodeThresholdCents),
    voicePurchasingLocked: customer.locked,
  };
}

export function createBackend(options: BackendOptions): Backend {
  const ownsDb = options.db === undefined;
  if (options.db === undefined && options.dbPath === undefined) throw new Error('the backend needs db or dbPath');
  const store = options.db !== undefined ? new BackendStore(options.db) : BackendStore.open(options.dbPath ?? ':memory:');
  const catalog = options.catalog;
  const now = options.now ?? (() => new Date());
  const policy: StorePolicy = { ...DEFAULT_POLICY, ...options.policy };
  const logger: BackendLogger = options.logger ?? pino({ level: 'warn' });
  const authenticate = options.authenticate ?? ((token: string) => store.customerIdForToken(token));

  // How products are sold is read from the language's pack data: checked now, not on a shopper's first quote.
  packsFor();

  if (options.history !== undefined) {
    store.importHistory(options.history, now(), policy.currency, (id) => cents(catalog.byId.get(id)?.price ?? 0), (id) => catalog.byId.get(id)?.name);
  }

  const customerIds = new WeakMap<Request, string>();
  function customerOf(req: Request): CustomerRecord {
    const id = customerIds.get(req);
    const customer = id === undefined ? undefined : store.customer(id);
    if (customer === undefined) throw new ApiError(401, 'unauthorized', 'sign in again: this access token has no customer');
    return customer;
  }

  function requireKnownProducts(items: readonly RequestedItem[]): void {
    const unknown = unknownProductIds(catalog, items);
    if (unknown.length > 0) throw new ApiError(400, 'unknown_product', `this store has no product ${unknown.join(', ')}`);
  }

  function quoteFor(customer: CustomerRecord, body: PlaceOrderRequest): Quote {
    if (body.quoteId === undefined) return priceQuote(catalog, policy, body.items, now(), store.newQuoteId());
    const saved = store.quote(customer.id, body.quoteId);
    if (saved === undefined) throw new ApiError(404, 'quote_not_found', `there is no quote ${body.quoteId}`);
    if (Date.parse(saved.quote.expiresAt) <= now().getTime()) {
      throw new ApiError(409, 'quote_expired', 'the quote has expired: ask for a new one');
    }
    if (itemsFingerprint(saved.request.items) !== itemsFingerprint(body.items)) {
      throw new ApiError(409, 'quote_mismatch', 'the items differ from the quoted ones: ask for a new quote');
    }
    return saved.quote;
  }

  /** Checks the voice code when this order needs one; a refusal is returned, because counting it must be kept. */
  function voiceCodeRefusal(customer: CustomerRecord, totalCents: number, code: string | undefined): OrderOutcome | undefined {
    if (customer.locked) {
      return { status: 403, body: errorBody('voice_purchasing_locked', 'voice purchasing is locked after three wrong voice codes; reset the code in the store app') };
    }
    if (!customer.voiceCodeSet || totalCents <= customer.voiceCodeThresholdCents) return undefined;
    if (code === undefined) return { status: 403, body: errorBody('voice_code_required', 'this order needs the voice code') };
    if (store.voiceCodeMatches(customer.id, code)) {
      store.clearWrongVoiceCodes(customer.id);
      return undefined;
    }
    const attemptsLeft = store.recordWrongVoiceCode(customer.id);
    if (attemptsLeft === 0) {
      return { status: 403, body: errorBody('voice_purchasing_locked', 'that was the third wrong voice code: voice purchasing is now locked') };
    }
    return { status: 403, body: errorBody('voice_code_wrong', 'the voice code is wrong', attemptsLeft) };
  }

  function placeOrder(customer: CustomerRecord, body: PlaceOrderRequest): OrderOutcome {
    const quote = quoteFor(customer, body);
    if (quote.items.length === 0 && (quote.unpriced ?? []).length > 0 && quote.unavailable.length === 0) {
      throw new ApiError(409, 'nothing_priced', "none of these products has a price yet, so they can't be ordered");
    }
    if (quote.items.length === 0) throw new ApiError(409, 'nothing_available', 'none of these products can be delivered now');
    const totalCents = cents(quote.total);
    const refusal = voiceCodeRefusal(customer, totalCents, body.voiceCode);
    if (refusal !== undefined) return refusal;
    const orderId = store.newOrderId();
    const placedAt = now().toISOString();
    store.insertOrder(customer.id, {
      id: orderId,
      placedAt,
      totalCents,
      currency: quote.currency,
      deliveryWindow: quote.delivery.window,
      deliveryStartsAt: quote.delivery.startsAt,
      deliveryEndsAt: quote.delivery.endsAt,
      items: quote.items.map((item) => ({ productId: item.productId, name: item.name, quantity: item.quantity, unit: item.unit })),
    });
    const count = quote.items.length;
    const placed: PlacedOrder = {
      orderId,
      status: 'placed',
      total: quote.total,
      currency: quote.currency,
      placedAt,
      deliveryWindow: quote.delivery.window,
      summary: `${count} ${count === 1 ? 'item' : 'items'} from ${quote.seller} for ${formatMoney(quote.total, quote.currency)}, arriving ${quote.delivery.window}`,
    };
    logger.info({ customerId: customer.id, orderId, total: quote.total }, 'order placed');
    return { status: 201, body: placed };
  }

  const app = express();
  app.disable('x-powered-by');
  // Every body is read as JSON whatever its content type, so a wrong header can't smuggle a different parser in.
  app.use(express.json({ limit: BODY_LIMIT, type: () => true }));

  app.get(`${API_PREFIX}/health`, (_req, res) => {
    res.json({ ok: true });
  });

  app.use(API_PREFIX, (req, _res, next) => {
    const match = /^Bearer\s+(\S+)$/i.exec(req.get('authorization') ?? '');
    const token = match?.[1];
    const customerId = token === undefined ? undefined : authenticate(token);
    if (customerId === undefined) throw new ApiError(401, 'unauthorized', 'a valid bearer access token is required');
    store.ensureCustomer(customerId);
    customerIds.set(req, customerId);
    next();
  });

  const CatalogQuery = z.object({
    ids: z.union([z.string(), z.array(z.string())]).optional(),
    offset: z.coerce.number().int().nonnegative().default(0),
  });
  app.get(`${API_PREFIX}/catalog`, (req, res) => {
    const query = parseInput(CatalogQuery, req.query);
    if (query.ids === undefined) {
      const page = catalog.products.slice(query.offset, query.offset + CATALOG_PAGE);
      const next = query.offset + CATALOG_PAGE;
      const body: CatalogPage = {
        products: page.map((p) => storeProduct(p, policy)),
        missing: [],
        ...(next < catalog.products.length ? { nextOffset: next } : {}),
      };
      res.json(body);
      return;
    }
    const ids = (Array.isArray(query.ids) ? query.ids : [query.ids]).flatMap((list) => list.split(',')).filter((id) => id !== '');
    if (ids.length > CATALOG_PAGE) throw new ApiError(400, 'invalid_request', `ask for at most ${CATALOG_PAGE} ids at a time`);
    const products: StoreProduct[] = [];
    const missing: string[] = [];
    for (const id of ids) {
      const product = catalog.byId.get(id);
      if (product === undefined) missing.push(id);
      else products.push(storeProduct(product, policy));
    }
    const body: CatalogPage = { products, missing };
    res.json(body);
  });

  app.get(`${API_PREFIX}/products/:id`, (req, res) => {
    const product = catalog.byId.get(req.params.id ?? '');
    if (product === undefined) throw new ApiError(404, 'not_found', `this store has no product ${req.params.id ?? ''}`);
    res.json(storeProduct(product, policy));
  });

  app.get(`${API_PREFIX}/customers/me`, (req, res) => {
    res.json(customerView(customerOf(req)));
  });

  app.post(`${API_PREFIX}/customers/me/voice-code`, (req, res) => {
    const customer = customerOf(req);
    const body = parseInput(SetVoiceCodeRequestSchema, req.body);
    store.setVoiceCode(customer.id, body.code, body.threshold === undefined ? undefined : cents(body.threshold));
    res.json(customerView(customerOf(req)));
  });

  app.get(`${API_PREFIX}/customers/me/orders`, (req, res) => {
    const customer = customerOf(req);
    const at = now();
    const body: OrderList = { orders: store.orders(customer.id).map((order) => orderDetail(order, at, catalog)) };
    res.json(body);
  });

  app.post(`${API_PREFIX}/quotes`, (req, res) => {
    const customer = customerOf(req);
    const body = parseInput(QuoteRequestSchema, req.body);
    requireKnownProducts(body.items);
    const at = now();
    const quote = priceQuote(catalog, policy, body.items, at, store.newQuoteId());
    store.forgetQuotesExpiredBefore(new Date(at.getTime() - IDEMPOTENCY_WINDOW_MS));
    store.saveQuote(customer.id, body, quote);
    res.status(201).json(quote);
  });

  app.post(`${API_PREFIX}/orders`, (req, res) => {
    const customer = customerOf(req);
    const key = IdempotencyKeySchema.safeParse(req.get(IDEMPOTENCY_HEADER));
    if (!key.success) {
      throw new ApiError(400, 'idempotency_key_missing', `send an ${IDEMPOTENCY_HEADER} header (1 to 255 characters) with every order`);
    }
    const body = parseInput(PlaceOrderRequestSchema, req.body);
    requireKnownProducts(body.items);
    // The quote id stays out of the fingerprint so a pending order can be replayed from its items alone.
    const fingerprint = itemsFingerprint(body.items);
    const attempt = store.attemptFingerprint(customer.id, fingerprint, body.voiceCode);
    const at = now();
    const { outcome, replayed } = store.transaction((): { outcome: { status: number; body: unknown }; replayed: boolean } => {
      store.forgetIdempotencyBefore(new Date(at.getTime() - IDEMPOTENCY_WINDOW_MS));
      const record = store.idempotencyRecord(customer.id, key.data, new Date(at.getTime() - IDEMPOTENCY_WINDOW_MS));
      if (record !== undefined && record.fingerprint !== fingerprint) {
        throw new ApiError(422, 'idempotency_key_reused', `this ${IDEMPOTENCY_HEADER} was already used for a different order`);
      }
      // A placed order is replayed whatever code comes with the retry; a refusal only for the very same attempt,
      // so a retried wrong code isn't counted twice while a corrected code is checked afresh.
      if (record !== undefined && (record.status === 201 || record.attempt === attempt)) {
        return { outcome: { status: record.status, body: record.body }, replayed: true };
      }
      // The customer is read again inside the transaction: another process may have just locked voice purchasing.
      const fresh = placeOrder(customerOf(req), body);
      store.saveIdempotencyRecord(customer.id, key.data, { fingerprint, attempt, status: fresh.status, body: fresh.body, createdAt: at.toISOString() });
      return { outcome: fresh, replayed: false };
    });
    if (replayed) res.set('Idempotent-Replayed', 'true');
    res.status(outcome.status).json(outcome.body);
  });

  app.get(`${API_PREFIX}/orders/:orderId`, (req, res) => {
    const customer = customerOf(req);
    const order = store.order(customer.id, req.params.orderId ?? '');
    if (order === undefined) throw new ApiError(404, 'not_found', `there is no order ${req.params.orderId ?? ''}`);
    const body = orderDetail(order, now(), catalog);
    res.json(body);
  });

  // Idempotent: cancelling a cancelled order answers with it again. Once picking has started, the
  // store can no longer stop it, and says so rather than pretending.
  app.post(`${API_PREFIX}/orders/:orderId/cancel`, (req, res) => {
    const customer = customerOf(req);
    const orderId = req.params.orderId ?? '';
    const at = now();
    const body = store.transaction((): OrderDetail => {
      const order = store.order(customer.id, orderId);
      if (order === undefined) throw new ApiError(404, 'not_found', `there is no order ${orderId}`);
      const status = orderStatusAt(order, at);
      if (status === 'placed') store.cancelOrder(customer.id, orderId);
      else if (status !== 'cancelled') {
        const why = { packing: 'is already being picked and packed', out_for_delivery: 'is already on its way', delivered: 'was already delivered' }[status];
        throw new ApiError(409, 'order_not_cancellable', `the order ${why}, so it can no longer be cancelled`);
      }
      const updated = store.order(customer.id, orderId);
      if (updated === undefined) throw new ApiError(404, 'not_found', `there is no order ${orderId}`);
      return orderDetail(updated, at, catalog);
    });
    if (body.status === 'cancelled') logger.info({ customerId: customer.id, orderId }, 'order cancelled');
    res.json(body);
  });

  app.use((req, _res, next) => {
    next(new ApiError(404, 'not_found', `no route ${req.method} ${req.path}`));
  });

  // Express recognises an error handler by its four parameters, so `_next` must stay.
  app.use((error: unknown, _req: Request, res: Response, _next: NextFunction) => {
    const api = toApiError(error);
    if (api.status >= 500) logger.error({ err: error }, 'backend request failed');
    if (api.status === 401) res.set('WWW-Authenticate', 'Bearer');
    res.status(api.status).json(errorBody(api.code, api.message));
  });

  return { app, store, policy, close: () => (ownsDb ? store.close() : undefined) };
}

const BodyParserError = z.object({ type: z.string(), status: z.number().int().optional() });

function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  const parserError = BodyParserError.safeParse(error);
  if (parserError.success) {
    switch (parserError.data.type) {
      case 'entity.parse.failed':
        return new ApiError(400, 'malformed_json', 'the body is not valid JSON');
      case 'entity.too.large':
        return new ApiError(413, 'payload_too_large', `the body is larger than ${BODY_LIMIT}`);
      default:
        if ((parserError.data.status ?? 500) < 500) return new ApiError(400, 'invalid_request', 'the body could not be read');
    }
  }
  return new ApiError(500, 'internal', 'the store backend failed; try again');
}

export function createBackendApp(options: BackendOptions): express.Express {
  return createBackend(options).app;
}

export interface RunningBackend {
  readonly url: string;
  readonly backend: Backend;
  close(): Promise<void>;
}

/** Runs the reference backend on its own port, e.g. beside the skill in `npm start`. Port 0 picks a free one. */
export async function startBackend(
  options: BackendOptions & { readonly port: number; readonly host?: string },
): Promise<RunningBackend> {
  const backend = createBackend(options);
  const host = options.host ?? '127.0.0.1';
  const server = await new Promise<Server>((resolve, reject) => {
    const listening = backend.app.listen(options.port, host, () => resolve(listening));
    listening.once('error', reject);
  });
  const address: AddressInfo | string | null = server.address();
  const port = typeof address === 'object' && address !== null ? address.port : options.port;
  return {
    url: `http://${host}:${port}`,
    backend,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => {
          backend.close();
          if (error) reject(error);
          else resolve();
        });
        server.closeAllConnections();
      }),
  };
}
