import { catalogOf, type Catalog, type Product } from '../catalog/product.ts';
import { Resolver, type ShopperContext } from '../catalog/resolver.ts';
import type { Line } from '../shopper/state.ts';

/**
 * Finds which line of the cart or a list the shopper means by "the milk": resolution over just
 * those products, so a line is found by the same spoken-form rules that added it.
 */
export function findLineFor(phrase: string, lines: readonly Line[], catalog: Catalog, context: ShopperContext): Line | undefined {
  if (lines.length === 0) return undefined;
  const products: Product[] = lines.map((line) => catalog.byId.get(line.productId) ?? { id: line.productId, name: line.name });
  const unique = [...new Map(products.map((p) => [p.id, p])).values()];
  const resolution = Resolver.build(catalogOf(unique)).resolve(phrase, context);
  const id = resolution.product?.id;
  return id === undefined ? undefined : lines.find((line) => line.productId === id);
}
