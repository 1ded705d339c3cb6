import type { OrderHistory, PastOrder } from '../catalog/history.ts';
import type { BackendClient } from '../backend/client.ts';

/** Where a shopper's past orders come from: the store backend, or a history file locally. */
export interface HistorySource {
  ordersFor(userId: string, accessToken: string | undefined): Promise<readonly PastOrder[]>;
}

/** A history file keyed by the shopper's user id (`voicecart chat --history FILE --user ID`). */
export function historyFromFile(history: OrderHistory): HistorySource {
  return { ordersFor: async (userId) => history.get(userId) ?? [] };
}

/** The linked customer's orders at the store backend; a shopper who hasn't linked has none yet. */
export function historyFromBackend(client: BackendClient): HistorySource {
  return {
    async ordersFor(_userId, accessToken) {
      if (accessToken === undefined) return [];
      const result = await client.orders(accessToken);
      if (result.kind !== 'ok') throw new Error(`order history: ${result.kind === 'refused' ? result.message : result.reason}`);
      return result.value.orders
        .filter((order) => order.status !== 'cancelled')
        .map((order, index) => ({
          orderId: order.orderId,
          orderNumber: index + 1,
          productIds: order.items.map((item) => item.productId),
          amounts: Object.fromEntries(order.items.map((item) => [item.productId, { quantity: item.quantity, unit: item.unit }])),
        }));
    },
  };
}

/** The file's history where it knows the shopper, the backend's otherwise. */
export function historyFromEither(file: HistorySource, backend: HistorySource): HistorySource {
  return {
    async ordersFor(userId, accessToken) {
      const local = await file.ordersFor(userId, accessToken);
      return local.length > 0 ? local : backend.ordersFor(userId, accessToken);
    },
  };
}
