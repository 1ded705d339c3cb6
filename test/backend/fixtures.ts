import Database from 'better-sqlite3';
import { catalogOf } from '../../src/catalog/product.ts';
import type { OrderHistory } from '../../src/catalog/history.ts';
import { startBackend } from '../../src/backend/server.ts';
import type { RunningBackend } from '../../src/backend/server.ts';
import type { StorePolicy } from '../../src/backend/pricing.ts';

/** A tiny made-up store: enough products to quote, substitute and refuse. */
export const testCatalog = catalogOf([
  { id: 'apl', name: 'Crisp Apples', category: 'fruit', size: 'per lb', price: 2.5 },
  { id: 'oat', name: 'Oat Drink', category: 'dairy', size: '1 l', price: 3.2 },
  { id: 'oat-barista', name: 'Barista Oat Drink', category: 'dairy', size: '1 l', price: 3.6 },
  { id: 'loaf', name: 'Seeded Loaf', category: 'bakery', price: 4 },
  { id: 'jam', name: 'Plum Jam', category: 'pantry', price: 5.75 },
  { id: 'saffron', name: 'Saffron Threads', category: 'spices' },
]);

export const testPolicy: Partial<StorePolicy> = {
  seller: 'Test Grocer',
  taxRate: 0.1,
  deliveryFee: 4,
  freeDeliveryOver: 40,
  outOfStock: new Set(['oat', 'jam']),
  substitutions: new Map([['oat', 'oat-barista']]),
};

/** The 10th of March 2026, 15:00 UTC: tests move this clock by hand. */
export function testClock(start = Date.parse('2026-03-10T15:00:00Z')): { now: () => Date; advance: (ms: number) => void } {
  let t = start;
  return { now: () => new Date(t), advance: (ms) => (t += ms) };
}

export interface TestBackend extends RunningBackend {
  readonly db: Database.Database;
  tokenFor(customerId: string): string;
  count(table: 'orders' | 'quotes' | 'idempotency'): number;
}

export async function startTestBackend(
  options: { now?: () => Date; history?: OrderHistory; policy?: Partial<StorePolicy> } = {},
): Promise<TestBackend> {
  const db = new Database(':memory:');
  const running = await startBackend({
    port: 0,
    db,
    catalog: testCatalog,
    policy: options.policy ?? testPolicy,
    now: options.now ?? testClock().now,
    ...(options.history === undefined ? {} : { history: options.history }),
    logger: { info: () => {}, error: () => {} },
  });
  const now = options.now ?? (() => new Date());
  return {
    ...running,
    db,
    close: async () => {
      await running.close();
      db.close();
    },
    tokenFor: (customerId) => {
      running.backend.store.ensureCustomer(customerId, `Shopper ${customerId}`);
      return running.backend.store.issueToken(customerId, now());
    },
    count: (table) => {
      const row: unknown = db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get();
      return typeof row === 'object' && row !== null && 'n' in row && typeof row.n === 'number' ? row.n : -1;
    },
  };
}
