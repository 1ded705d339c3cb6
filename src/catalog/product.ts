import { z } from 'zod';

/** One product as a store's catalog file describes it. Only `id` and `name` are required. */
export const ProductSchema = z.object({
  id: z.string().trim().min(1, 'id is required'),
  name: z.string().trim().min(1, 'name is required'),
  brand: z.string().trim().min(1).optional(),
  category: z.string().trim().min(1).optional(),
  /** As printed on the pack: "6 rolls", "1 gal", "16 oz". */
  size: z.string().trim().min(1).optional(),
  /** Unit price in the store's currency. */
  price: z.number().nonnegative().finite().optional(),
  synonyms: z.array(z.string().trim().min(1)).optional(),
  image: z.string().url().optional(),
});

export type Product = z.infer<typeof ProductSchema>;

export interface Catalog {
  readonly products: readonly Product[];
  readonly byId: ReadonlyMap<string, Product>;
}

export function catalogOf(products: readonly Product[]): Catalog {
  const byId = new Map<string, Product>();
  for (const product of products) {
    if (byId.has(product.id)) throw new Error(`duplicate product id ${product.id}`);
    byId.set(product.id, product);
  }
  return { products, byId };
}
