import type { OrderHistory, PastOrder } from '../catalog/history.ts';

/** Where a shopper's past orders come from: the store backend, or a history file locally. */
export interface HistorySource {
  ordersFor(userId: string, accessToken: string | undefined): Promise<readonly PastOrder[]>;
}

export function historyFromFile(history: OrderHistory): HistorySource {
  return { ordersFor: async (userId) => history.get(userId) ?? [] };
}
