import { catalogOf, type Product } from '../../src/catalog/product.ts';
import { Resolver } from '../../src/catalog/resolver.ts';

/** A store selling just these products: what it resolves a request to, by name, or null for none. */
export function shelfOf(products: readonly Product[]): (text: string) => string | null {
  const store = Resolver.build(catalogOf(products));
  return (text) => store.resolve(text).product?.name ?? null;
}
