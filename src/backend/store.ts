/**
 * The reference backend's SQLite tables: customers and their access tokens, quotes, orders, and the
 * stored results of idempotent order requests. Every row read back is parsed, never cast.
 */
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import Database from 'better-sqlite3';
import { z } from 'zod';
import type { OrderHistory } from '../catalog/history.ts';
import { preparePrivateFile } from '../storage/private-files.ts';
import { OrderedItemSchema, QuoteRequestSchema, QuoteSchema } from './contract.ts';
import { backendKeysFrom, defaultKeyFile, isStretched, keyedCode, matchesStretched, pepperFromKeyFile, stretch, type BackendKeys } from './secrets.ts';
import type { OrderedItem, OrderStatusValue, Quote, QuoteRequest } from './contract.ts';

export type SqliteDatabase = Database.Database;

/** Three wrong voice codes in a row lock voice purchasing until the code is set again. */
export const VOICE_CODE_ATTEMPTS = 3;

const SCHEMA = `
CREATE TABLE IF NOT EXISTS customers (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  voice_code_hash TEXT,
  voice_code_threshold_cents INTEGER NOT NULL DEFAULT 0,
  wrong_voice_codes INTEGER NOT NULL DEFAULT 0,
  voice_locked INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS tokens (
  token_hash TEXT PRIMARY KEY,
  customer_id TEXT NOT NULL REFERENCES customers(id),
  created_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS quotes (
  id TEXT PRIMARY KEY,
  customer_id TEXT NOT NULL REFERENCES customers(id),
  request TEXT NOT NULL,
  body TEXT NOT NULL,
  expires_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS orders (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  id TEXT NOT NULL UNIQUE,
  customer_id TEXT NOT NULL REFERENCES customers(id),
  placed_at TEXT NOT NULL,
  cancelled INTEGER NOT NULL DEFAULT 0,
  total_cents INTEGER NOT NULL,
  currency TEXT NOT NULL,
  delivery_window TEXT NOT NULL,
  delivery_starts_at TEXT NOT NULL,
  delivery_ends_at TEXT NOT NULL,
  items TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS orders_by_customer ON orders (customer_id, placed_at, seq);
CREATE TABLE IF NOT EXISTS idempotency (
  customer_id TEXT NOT NULL,
  key TEXT NOT NULL,
  fingerprint TEXT NOT NULL,
  attempt TEXT NOT NULL,
  status INTEGER NOT NULL,
  body TEXT NOT NULL,
  created_at TEXT NOT NULL,
  PRIMARY KEY (customer_id, key)
);
`;

const CustomerRow = z.object({
  id: z.string(),
  name: z.string(),
  voice_code_hash: z.string().nullable(),
  voice_code_threshold_cents: z.number().int(),
  wrong_voice_codes: z.number().int(),
  voice_locked: z.number().int(),
});
export interface CustomerRecord {
  readonly id: string;
  readonly name: string;
  readonly voiceCodeSet: boolean;
  readonly voiceCodeThresholdCents: number;
  readonly wrongVoiceCodes: number;
  readonly locked: boolean;
}

const OrderRow = z.object({
  id: z.string(),
  placed_at: z.string(),
  cancelled: z.number().int(),
  total_cents: z.number().int(),
  currency: z.string(),
  delivery_window: z.string(),
  delivery_starts_at: z.string(),
  delivery_ends_at: z.string(),
  items: z.string(),
});
export interface OrderRecord {
  readonly id: string;
  readonly placedAt: string;
  readonly cancelled: boolean;
  readonly totalCents: number;
  readonly currency: string;
  readonly deliveryWindow: string;
  readonly deliveryStartsAt: string;
  readonly deliveryEndsAt: string;
  readonly items: readonly OrderedItem[];
}

const IdempotencyRow = z.object({
  fingerprint: z.string(),
  attempt: z.string(),
  status: z.number().int(),
  body: z.string(),
  created_at: z.string(),
});
export interface IdempotencyRecord {
  /** What the request asked for, voice code left out, so a retry that adds the code still matches. */
  readonly fingerprint: string;
  /** The request including a keyed hash of its voice code, so a retried wrong code isn't counted twice. */
  readonly attempt: string;
  readonly status: number;
  readonly body: unknown;
  readonly createdAt: string;
}

const QuoteRow = z.object({ request: z.string(), body: z.string() });
const ValueRow = z.object({ value: z.string() });
const CustomerIdRow = z.object({ customer_id: z.string() });

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

function parseJson<T>(schema: z.ZodType<T>, text: string): T {
  return schema.parse(JSON.parse(text));
}

/** The pepper an older database kept in its own settings table, as the HMAC key it was used as. */
function legacyPepper(db: SqliteDatabase): Buffer | undefined {
  const table = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'settings'").get();
  if (table === undefined) return undefined;
  const row = db.prepare("SELECT value FROM settings WHERE name = 'pepper'").get();
  return row === undefined ? undefined : Buffer.from(ValueRow.parse(row).value, 'utf8');
}

export class BackendStore {
  readonly #db: SqliteDatabase;
  readonly #pepper: Buffer;
  /** Each statement prepared once: preparing one costs more than most of the queries it runs. */
  readonly #statements = new Map<string, Database.Statement>();

  /**
   * `pepper` keys the voice-code hashes and is never stored in the database; without one (an
   * in-memory database, a test) a random one serves this process only.
   */
  constructor(db: SqliteDatabase, pepper: Buffer = randomBytes(32)) {
    this.#db = db;
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 2000');
    // Deleted rows are overwritten, not left in free pages for someone reading the file.
    db.pragma('secure_delete = ON');
    db.exec(SCHEMA);
    this.#pepper = pepper;
    this.#moveSecretsOut();
  }

  /**
   * Opens (creating if needed) the database file, 0600 in a 0700 folder; ":memory:" keeps everything
   * in this process. The pepper comes from VOICECART_BACKEND_PEPPER, else from a key file beside the
   * database (VOICECART_BACKEND_KEY_FILE to keep it elsewhere), made on first use.
   */
  static open(path: string, keys: BackendKeys = backendKeysFrom(process.env)): BackendStore {
    if (path === ':memory:') return new BackendStore(new Database(path), keys.pepper);
    preparePrivateFile(path);
    const db = new Database(path);
    try {
      const pepper = keys.pepper ?? pepperFromKeyFile(keys.keyFile ?? defaultKeyFile(path), () => legacyPepper(db) ?? randomBytes(32));
      return new BackendStore(db, pepper);
    } catch (error) {
      db.close();
      throw error;
    }
  }

  close(): void {
    this.#db.close();
  }

  #sql(text: string): Database.Statement {
    let statement = this.#statements.get(text);
    if (statement === undefined) {
      statement = this.#db.prepare(text);
      this.#statements.set(text, statement);
    }
    return statement;
  }

  /** Runs `work` as one write transaction, taken up front so two processes sharing the file can't interleave. */
  transaction<T>(work: () => T): T {
    return this.#db.transaction(work).immediate();
  }

  /**
   * An older database kept its pepper in its settings and its voice codes as keyed hashes only.
   * The pepper leaves (open() has carried it to the key file first); each stored hash is stretched
   * with scrypt, which needs no code. Should the pepper in use be another, those hashes can no
   * longer be checked: their customers are locked out of voice purchasing until they set the code
   * again (in the store app, or `voicecart token --voice-code`), never let through without one.
   */
  #moveSecretsOut(): void {
    const legacy = legacyPepper(this.#db);
    if (legacy === undefined) return;
    const samePepper = legacy.equals(this.#pepper);
    const stored = z.array(z.object({ id: z.string(), voice_code_hash: z.string() }));
    this.transaction(() => {
      const rows = stored.parse(this.#sql('SELECT id, voice_code_hash FROM customers WHERE voice_code_hash IS NOT NULL').all());
      for (const row of rows.filter((row) => !isStretched(row.voice_code_hash))) {
        if (samePepper) {
          this.#sql('UPDATE customers SET voice_code_hash = ? WHERE id = ?').run(stretch(Buffer.from(row.voice_code_hash, 'hex')), row.id);
        } else {
          this.#sql('UPDATE customers SET voice_code_hash = NULL, wrong_voice_codes = 0, voice_locked = 1 WHERE id = ?').run(row.id);
        }
      }
      this.#sql("DELETE FROM settings WHERE name = 'pepper'").run();
    });
    // The old pages leave the write-ahead log too.
    this.#db.pragma('wal_checkpoint(TRUNCATE)');
  }

  /** The code keyed with the pepper: what is stretched for storage, and compared in idempotency records. */
  #keyed(customerId: string, code: string): Buffer {
    return keyedCode(this.#pepper, customerId, code);
  }

  ensureCustomer(id: string, name?: string): CustomerRecord {
    this.#sql('INSERT INTO customers (id, name) VALUES (?, ?) ON CONFLICT (id) DO NOTHING').run(id, name ?? id);
    if (name !== undefined) this.#sql('UPDATE customers SET name = ? WHERE id = ?').run(name, id);
    const customer = this.customer(id);
    if (customer === undefined) throw new Error(`customer ${id} could not be created`);
    return customer;
  }

  customer(id: string): CustomerRecord | undefined {
    const row = this.#sql('SELECT * FROM customers WHERE id = ?').get(id);
    if (row === undefined) return undefined;
    const c = CustomerRow.parse(row);
    return {
      id: c.id,
      name: c.name,
      voiceCodeSet: c.voice_code_hash !== null,
      voiceCodeThresholdCents: c.voice_code_threshold_cents,
      wrongVoiceCodes: c.wrong_voice_codes,
      locked: c.voice_locked !== 0,
    };
  }

  /** A new random access token for the customer; only its SHA-256 is kept. */
  issueToken(customerId: string, now: Date): string {
    const token = `vct_${randomBytes(32).toString('base64url')}`;
    this.registerTokenHash(sha256(token), customerId, now);
    return token;
  }

  /** For a store whose own OAuth server mints tokens: record the SHA-256 (hex) of one it issued. */
  registerTokenHash(tokenHash: string, customerId: string, now: Date): void {
    this.#sql('INSERT OR REPLACE INTO tokens (token_hash, customer_id, created_at) VALUES (?, ?, ?)').run(tokenHash, customerId, now.toISOString());
  }

  customerIdForToken(token: string): string | undefined {
    const row = this.#sql('SELECT customer_id FROM tokens WHERE token_hash = ?').get(sha256(token));
    return row === undefined ? undefined : CustomerIdRow.parse(row).customer_id;
  }

  /** Sets (or with null removes) the voice code; either way the lock-out is lifted. */
  setVoiceCode(customerId: string, code: string | null, thresholdCents?: number): void {
    const hash = code === null ? null : stretch(this.#keyed(customerId, code));
    this.#sql(
      `UPDATE customers SET voice_code_hash = ?, wrong_voice_codes = 0, voice_locked = 0,
       voice_code_threshold_cents = COALESCE(?, voice_code_threshold_cents) WHERE id = ?`,
    ).run(hash, thresholdCents ?? null, customerId);
  }

  voiceCodeMatches(customerId: string, code: string): boolean {
    const row = this.#sql('SELECT voice_code_hash FROM customers WHERE id = ?').get(customerId);
    const stored = z.object({ voice_code_hash: z.string().nullable() }).parse(row).voice_code_hash;
    return stored !== null && matchesStretched(this.#keyed(customerId, code), stored);
  }

  /** Counts a wrong code; returns how many tries are left (0 means voice purchasing is now locked). */
  recordWrongVoiceCode(customerId: string): number {
    this.#sql(
      `UPDATE customers SET wrong_voice_codes = wrong_voice_codes + 1,
       voice_locked = CASE WHEN wrong_voice_codes + 1 >= ? THEN 1 ELSE voice_locked END WHERE id = ?`,
    ).run(VOICE_CODE_ATTEMPTS, customerId);
    const customer = this.customer(customerId);
    return Math.max(0, VOICE_CODE_ATTEMPTS - (customer?.wrongVoiceCodes ?? VOICE_CODE_ATTEMPTS));
  }

  clearWrongVoiceCodes(customerId: string): void {
    this.#sql('UPDATE customers SET wrong_voice_codes = 0 WHERE id = ? AND voice_locked = 0').run(customerId);
  }

  /** A keyed hash of a voice code for the idempotency record: comparable, but never the code itself. */
  attemptFingerprint(customerId: string, fingerprint: string, code: string | undefined): string {
    return code === undefined ? fingerprint : sha256(`${fingerprint}\u0000${this.#keyed(customerId, code).toString('hex')}`);
  }

  saveQuote(customerId: string, request: QuoteRequest, quote: Quote): void {
    this.#sql('INSERT INTO quotes (id, customer_id, request, body, expires_at) VALUES (?, ?, ?, ?, ?)')
      .run(quote.quoteId, customerId, JSON.stringify(request), JSON.stringify(quote), quote.expiresAt);
  }

  /** Quotes are kept a while past expiry, so a late "yes" hears "expired" rather than "no such quote". */
  forgetQuotesExpiredBefore(cutoff: Date): void {
    this.#sql('DELETE FROM quotes WHERE expires_at < ?').run(cutoff.toISOString());
  }

  quote(customerId: string, quoteId: string): { request: QuoteRequest; quote: Quote } | undefined {
    const row = this.#sql('SELECT request, body FROM quotes WHERE id = ? AND customer_id = ?').get(quoteId, customerId);
    if (row === undefined) return undefined;
    const q = QuoteRow.parse(row);
    return { request: parseJson(QuoteRequestSchema, q.request), quote: parseJson(QuoteSchema, q.body) };
  }

  insertOrder(customerId: string, order: Omit<OrderRecord, 'cancelled'>): void {
    this.#sql(
      `INSERT INTO orders (id, customer_id, placed_at, total_cents, currency, delivery_window,
       delivery_starts_at, delivery_ends_at, items) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      order.id,
      customerId,
      order.placedAt,
      order.totalCents,
      order.currency,
      order.deliveryWindow,
      order.deliveryStartsAt,
      order.deliveryEndsAt,
      JSON.stringify(order.items),
    );
  }

  /** Marks an order cancelled; false when there is no such order of this customer's. Cancelling twice is harmless. */
  cancelOrder(customerId: string, orderId: string): boolean {
    return this.#sql('UPDATE orders SET cancelled = 1 WHERE customer_id = ? AND id = ?').run(customerId, orderId).changes > 0;
  }

  /** The customer's orders, oldest first. */
  orders(customerId: string): OrderRecord[] {
    const rows = this.#sql('SELECT * FROM orders WHERE customer_id = ? ORDER BY placed_at, seq').all(customerId);
    return rows.map((row) => orderRecord(row));
  }

  order(customerId: string, orderId: string): OrderRecord | undefined {
    const row = this.#sql('SELECT * FROM orders WHERE customer_id = ? AND id = ?').get(customerId, orderId);
    return row === undefined ? undefined : orderRecord(row);
  }

  idempotencyRecord(customerId: string, key: string, notBefore: Date): IdempotencyRecord | undefined {
    const row = this.#sql('SELECT * FROM idempotency WHERE customer_id = ? AND key = ? AND created_at >= ?').get(customerId, key, notBefore.toISOString());
    if (row === undefined) return undefined;
    const r = IdempotencyRow.parse(row);
    return { fingerprint: r.fingerprint, attempt: r.attempt, status: r.status, body: JSON.parse(r.body), createdAt: r.created_at };
  }

  saveIdempotencyRecord(customerId: string, key: string, record: IdempotencyRecord): void {
    this.#sql(
      `INSERT OR REPLACE INTO idempotency (customer_id, key, fingerprint, attempt, status, body, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    ).run(customerId, key, record.fingerprint, record.attempt, record.status, JSON.stringify(record.body), record.createdAt);
  }

  forgetIdempotencyBefore(cutoff: Date): void {
    this.#sql('DELETE FROM idempotency WHERE created_at < ?').run(cutoff.toISOString());
  }

  /**
   * Makes every shopper in a history a customer with those past orders, delivered a week apart and
   * ending a week before `now`, so "order my usual" works against a local backend. Importing again is harmless.
   */
  importHistory(
    history: OrderHistory,
    now: Date,
    currency: string,
    priceCents: (productId: string) => number,
    nameOf: (productId: string) => string | undefined = () => undefined,
  ): number {
    const week = 7 * 24 * 60 * 60 * 1000;
    let imported = 0;
    this.transaction(() => {
      for (const [customerId, pastOrders] of history) {
        this.ensureCustomer(customerId);
        pastOrders.forEach((past, index) => {
          const placed = new Date(now.getTime() - (pastOrders.length - index) * week);
          const items = past.productIds.map((productId) => {
            const amount = past.amounts?.[productId];
            const name = nameOf(productId);
            return { productId, ...(name === undefined ? {} : { name }), quantity: amount?.quantity ?? 1, unit: amount?.unit ?? null };
          });
          const exists = this.#sql('SELECT 1 FROM orders WHERE id = ?').get(past.orderId);
          if (exists !== undefined) return;
          const deliveredBy = new Date(placed.getTime() + 24 * 60 * 60 * 1000);
          this.insertOrder(customerId, {
            id: past.orderId,
            placedAt: placed.toISOString(),
            totalCents: items.reduce((sum, item) => sum + Math.round(priceCents(item.productId) * item.quantity), 0),
            currency,
            deliveryWindow: 'the day after it was placed',
            deliveryStartsAt: deliveredBy.toISOString(),
            deliveryEndsAt: deliveredBy.toISOString(),
            items,
          });
          imported++;
        });
      }
    });
    return imported;
  }

  newQuoteId(): string {
    return `quo_${randomUUID()}`;
  }

  newOrderId(): string {
    return `ord_${randomUUID()}`;
  }
}

function orderRecord(row: unknown): OrderRecord {
  const o = OrderRow.parse(row);
  return {
    id: o.id,
    placedAt: o.placed_at,
    cancelled: o.cancelled !== 0,
    totalCents: o.total_cents,
    currency: o.currency,
    deliveryWindow: o.delivery_window,
    deliveryStartsAt: o.delivery_starts_at,
    deliveryEndsAt: o.delivery_ends_at,
    items: parseJson(z.array(OrderedItemSchema), o.items),
  };
}

/** Picking and packing start this long before the delivery window: an order can be cancelled until then. */
export const PACKING_LEAD_MS = 2 * 60 * 60 * 1000;

/** When picking starts, and with it the end of cancelling. */
export function pickingStartsAt(order: Pick<OrderRecord, 'deliveryStartsAt'>): Date {
  return new Date(Date.parse(order.deliveryStartsAt) - PACKING_LEAD_MS);
}

/** Where an order is now: placed, packed in the two hours before its window, on its way during it, then delivered. */
export function orderStatusAt(order: OrderRecord, now: Date): OrderStatusValue {
  if (order.cancelled) return 'cancelled';
  const ends = Date.parse(order.deliveryEndsAt);
  const t = now.getTime();
  if (t >= ends) return 'delivered';
  if (t >= Date.parse(order.deliveryStartsAt)) return 'out_for_delivery';
  if (t >= pickingStartsAt(order).getTime()) return 'packing';
  return 'placed';
}
