import { z } from 'zod';
import { stem, tokens, words } from './normalise.ts';

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

/**
 * A store's products. One read from an index file makes its products only as they are asked for
 * (src/catalog/packed-catalog.ts): a turn asks by position or by id, which makes one product;
 * `products` makes them all.
 */
export interface Catalog {
  readonly products: readonly Product[];
  readonly byId: ReadonlyMap<string, Product>;
  /** How many products there are: `products.length`, without making them. */
  readonly size: number;
  productAt(position: number): Product | undefined;
  /** Where the product with this id is in `products`. */
  positionOf(id: string): number | undefined;
  /** Every word of the products' names and synonyms, in its singular form (soldWordsOf), gathered on first use. */
  soldWords(): ReadonlySet<string>;
}

/**
 * Whether the product's name, or a name the store gives it, has every word said: among a few
 * candidates any one word finds one ("goat cheese" a cottage cheese), and only this says the words were all meant of it.
 */
export function namedWithEveryWord(said: string, product: Pick<Product, 'name' | 'synonyms'>): boolean {
  const named = new Set([product.name, ...(product.synonyms ?? [])].flatMap(tokens));
  return tokens(said).every((token) => named.has(token));
}

/** Every word of the products' names and synonyms, as `words` reads them and `stem` makes them singular. */
export function soldWordsOf(products: readonly Product[]): Set<string> {
  const sold = new Set<string>();
  for (const product of products) {
    for (const name of [product.name, ...(product.synonyms ?? [])]) for (const word of words(name)) sold.add(stem(word));
  }
  return sold;
}

export function catalogOf(products: readonly Product[]): Catalog {
  const byId = new Map<string, Product>();
  for (const product of products) {
    if (byId.has(product.id)) throw new Error(`duplicate product id ${product.id}`);
    byId.set(product.id, product);
  }
  let positions: Map<string, number> | undefined;
  let sold: ReadonlySet<string> | undefined;
  return {
    products,
    byId,
    size: products.length,
    productAt: (position) => products[position],
    positionOf: (id) => (positions ??= new Map(products.map((product, position) => [product.id, position]))).get(id),
    soldWords: () => (sold ??= soldWordsOf(products)),
  };
}
