import type { Catalog } from '../catalog/product.ts';
import type { Resolver } from '../catalog/resolver.ts';
import type { HistorySource } from '../reorder/history-source.ts';
import type { ShopperStore } from '../shopper/store.ts';
import type { CheckoutService } from '../checkout/service.ts';

export interface Logger {
  info(object: object, message?: string): void;
  warn(object: object, message?: string): void;
  error(object: object, message?: string): void;
}

/** Everything the skill needs from the outside world; each door builds one and hands it to the builder. */
export interface SkillServices {
  /** The store's name, said back before anything is bought. */
  readonly seller: string;
  readonly invocationName: string;
  readonly catalog: Catalog;
  readonly resolver: Resolver;
  readonly store: ShopperStore;
  readonly history: HistorySource;
  readonly checkout: CheckoutService;
  readonly now: () => Date;
  readonly logger: Logger;
}
