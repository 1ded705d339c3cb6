import { readFileSync } from 'node:fs';
import { z } from 'zod';

/** One past order of one shopper, products in the order they were put in the basket. */
export interface PastOrder {
  readonly orderId: string;
  /** 1 for the shopper's first order, increasing. */
  readonly orderNumber: number;
  readonly productIds: readonly string[];
  /** How much of each product was bought, where the source knows (a store backend does, a bare CSV doesn't). */
  readonly amounts?: Readonly<Record<string, { quantity: number; unit: string | null }>>;
}

/** Every shopper's past orders, oldest first. */
export type OrderHistory = ReadonlyMap<string, readonly PastOrder[]>;

const HistoryRow = z.object({
  user_id: z.string().min(1),
  order_id: z.string().min(1),
  order_number: z.coerce.number().int().positive(),
  product_id: z.string().min(1),
});

/** Reads history CSV (`user_id,order_id,order_number,product_id`), grouping lines into orders. */
export function parseHistoryCsv(text: string, source = 'history'): OrderHistory {
  const lines = text.split(/\r?\n/);
  const header = (lines[0] ?? '').split(',').map((h) => h.trim());
  const wanted = ['user_id', 'order_id', 'order_number', 'product_id'];
  const missing = wanted.filter((w) => !header.includes(w));
  if (missing.length > 0) throw new Error(`${source}: header lacks ${missing.join(', ')}`);
  const orders = new Map<string, Map<string, { orderNumber: number; productIds: string[] }>>();
  lines.slice(1).forEach((line, index) => {
    if (line.trim() === '') return;
    const cells = line.split(',');
    const raw = Object.fromEntries(header.map((h, i) => [h, (cells[i] ?? '').trim()]));
    const parsed = HistoryRow.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new Error(`${source} line ${index + 2}: ${String(issue?.path[0] ?? '')} ${issue?.message ?? 'is invalid'}`);
    }
    const row = parsed.data;
    const byOrder = orders.get(row.user_id) ?? new Map();
    orders.set(row.user_id, byOrder);
    const order = byOrder.get(row.order_id) ?? { orderNumber: row.order_number, productIds: [] };
    byOrder.set(row.order_id, order);
    order.productIds.push(row.product_id);
  });
  const history = new Map<string, PastOrder[]>();
  for (const [user, byOrder] of orders) {
    const list = [...byOrder].map(([orderId, o]) => ({ orderId, orderNumber: o.orderNumber, productIds: o.productIds }));
    list.sort((a, b) => a.orderNumber - b.orderNumber);
    history.set(user, list);
  }
  return history;
}

export function loadHistoryFile(path: string): OrderHistory {
  return parseHistoryCsv(readFileSync(path, 'utf8'), path);
}
