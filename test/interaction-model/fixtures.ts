import { catalogOf, type Catalog, type Product } from '../../src/catalog/product.ts';

/** A handful of products, enough to see names, brands, sizes and synonyms become slot values. */
export const SMALL_STORE: readonly Product[] = [
  { id: 'milk-1', name: 'Whole Milk 1 gal', brand: 'Dairy Barn', size: '1 gal', synonyms: ['milk'] },
  { id: 'milk-2', name: 'Dairy Barn 2% Reduced Fat Milk', brand: 'Dairy Barn', size: '1 gal' },
  { id: 'apple-1', name: 'Gala Apples', size: 'per lb' },
  { id: 'apple-2', name: 'Honeycrisp Apples', size: 'per lb', synonyms: ['honey crisp apples'] },
  { id: 'towel-1', name: 'Sunny Paper Towels 6 rolls', brand: 'Sunny', size: '6 rolls', synonyms: ['paper towel'] },
  { id: 'coffee-1', name: 'Morning Roast Ground Coffee 12 oz', brand: 'Morning Roast', size: '12 oz' },
  { id: 'egg-1', name: 'Large Brown Eggs', size: '12 ct', synonyms: ['eggs'] },
  { id: 'banana-1', name: 'Bananas', size: 'per lb', synonyms: ['banana'] },
  { id: 'pear-1', name: 'Bartlett Pears', size: 'per lb' },
  { id: 'icecream-1', name: 'Cherry Garcia Ice Cream', brand: "Ben & Jerry's", size: '1 pt', synonyms: ["ben and jerry's cherry garcia"] },
  { id: 'mac-1', name: 'Macaroni & Cheese Dinner', brand: 'Hilltop', size: '7 oz', synonyms: ['mac and cheese'] },
];

export const smallStore = (): Catalog => catalogOf(SMALL_STORE);

/** A made-up catalog far bigger than Alexa lets a slot type hold. */
export function syntheticCatalog(size: number): Catalog {
  const adjectives = ['red', 'green', 'spicy', 'sweet', 'smoked', 'organic', 'frozen', 'fresh', 'crunchy', 'creamy', 'wild', 'golden'];
  const nouns = ['beans', 'soup', 'crackers', 'salsa', 'noodles', 'cookies', 'yogurt', 'cheese', 'tea', 'juice', 'rice', 'bread'];
  const brands = ['acme', 'bestco', 'hilltop', 'riverside', 'summit', 'lakeview', 'meadow', 'harbor'];
  const products: Product[] = [];
  for (let i = 0; i < size; i++) {
    const adjective = adjectives[i % adjectives.length] ?? '';
    const noun = nouns[Math.floor(i / adjectives.length) % nouns.length] ?? '';
    const brand = brands[i % brands.length] ?? '';
    products.push({ id: `p${i}`, name: `${brand} ${adjective} ${noun} number ${i} deluxe edition`, brand, synonyms: [`${adjective} ${noun} ${i}`] });
  }
  return catalogOf(products);
}
