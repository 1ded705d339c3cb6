import type { Directive } from 'ask-sdk-model';
import type { PastOrder } from '../catalog/history.ts';
import type { Catalog } from '../catalog/product.ts';
import { favouriteProducts } from '../catalog/personal.ts';

/** Alexa takes at most 100 dynamic entity values per session. */
const MAX_DYNAMIC_VALUES = 100;

/**
 * Dialog.UpdateDynamicEntities with the household's most-bought products, so the recogniser
 * favours the brand of milk it buys over words that merely sound like it. Null without history.
 */
export function favouritesDirective(catalog: Catalog, orders: readonly PastOrder[]): Directive | null {
  const products = favouriteProducts(orders, MAX_DYNAMIC_VALUES)
    .map((id) => catalog.byId.get(id))
    .filter((product) => product !== undefined);
  if (products.length === 0) return null;
  return {
    type: 'Dialog.UpdateDynamicEntities',
    updateBehavior: 'REPLACE',
    types: [
      {
        name: 'ProductName',
        values: products.map((product) => ({
          id: product.id,
          name: { value: product.name, synonyms: product.synonyms?.slice(0, 5) ?? [] },
        })),
      },
    ],
  };
}
