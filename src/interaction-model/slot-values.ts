import type { Catalog, Product } from '../catalog/product.ts';
import { AMOUNT_CHANGE_WORDS, AMOUNT_MULTIPLE_WORDS } from '../cart/amount-changes.ts';
import { PRICE_ORDER_WORDS } from '../cart/choosing.ts';
import { SLOT_VALUE_BYTES } from './format.ts';
import { ALEXA_LIMITS } from './limits.ts';
import type { SlotType, SlotTypeValue } from './schema.ts';
import { AMOUNT_CHANGE_TYPE, AMOUNT_MULTIPLE_TYPE, LIST_TYPE, PACE_TYPE, PRICE_ORDER_TYPE, PRODUCT_TYPE, UNIT_TYPE } from '../intents/registry.ts';
import { spokenForm } from './spoken.ts';

type Entry = readonly [value: string, ...synonyms: string[]];

/** Units people buy groceries in, each with the other ways it is said. */
const UNITS: readonly Entry[] = [
  ['pound', 'pounds', 'lb', 'lbs'], ['ounce', 'ounces', 'oz'], ['kilo', 'kilos', 'kilogram', 'kilograms'],
  ['gram', 'grams'], ['liter', 'liters', 'litre', 'litres'], ['gallon', 'gallons'], ['half gallon', 'half gallons'],
  ['quart', 'quarts'], ['pint', 'pints'], ['box', 'boxes'], ['can', 'cans', 'tin', 'tins'], ['bag', 'bags'],
  ['bottle', 'bottles'], ['dozen', 'dozens'], ['half dozen'], ['pack', 'packs', 'package', 'packages', 'packet', 'packets'],
  ['six pack', 'six packs'], ['twelve pack', 'twelve packs'], ['jar', 'jars'], ['loaf', 'loaves'],
  ['bunch', 'bunches'], ['carton', 'cartons'], ['roll', 'rolls'], ['case', 'cases'], ['container', 'containers'],
  ['tub', 'tubs'], ['head', 'heads'], ['piece', 'pieces'], ['bar', 'bars'], ['stick', 'sticks'], ['tube', 'tubes'],
  ['block', 'blocks'], ['jug', 'jugs'], ['crate', 'crates'], ['sack', 'sacks'], ['tray', 'trays'], ['pouch', 'pouches'],
];

/** The names shoppers give their lists; "usual" and "last order" are the reorder shortcuts. */
const LISTS: readonly Entry[] = [
  ['grocery', 'groceries', 'grocery store'], ['shopping', 'shopping cart', 'cart', 'basket'],
  ['weekly', 'weekly order', 'weekly shop', 'weekly shopping', 'this week', "this week's"], ['monthly', 'monthly order'],
  ['usual', 'usual order', 'regular', 'regular order', 'standard order'],
  ['last order', 'previous order', 'last time', 'last week', 'last delivery', 'last purchase', 'most recent order'],
  ['party', 'party supplies'], ['christmas', 'christmas dinner', 'holiday'], ['thanksgiving'], ['birthday', 'birthday party'],
  ['breakfast'], ['lunch'], ['dinner'], ['barbecue', 'bbq', 'cookout'], ['picnic'], ['camping'], ['baking'],
  ['pantry'], ['school supplies', 'school'], ['baby'], ['pet', 'pets'], ['cleaning', 'cleaning supplies'],
  ['hardware store', 'hardware'], ['costco', 'bulk'], ['sunday', 'sunday order'], ['weekend'], ['snacks'],
];

const PACES: readonly Entry[] = [
  ['slow', 'slower', 'slowly', 'more slowly', 'slow down', 'a few at a time', 'bit by bit', 'a little at a time'],
  ['normal', 'normally', 'regular', 'normal speed', 'regular speed', 'faster', 'quicker', 'quickly', 'fast', 'speed up'],
];

const AMOUNT_CHANGES: readonly Entry[] = Object.values(AMOUNT_CHANGE_WORDS).map(([value = '', ...synonyms]) => [value, ...synonyms] as const);
const AMOUNT_MULTIPLES: readonly Entry[] = Object.values(AMOUNT_MULTIPLE_WORDS).map(([value = '', ...synonyms]) => [value, ...synonyms] as const);
const PRICE_ORDERS: readonly Entry[] = Object.values(PRICE_ORDER_WORDS).map(([value = '', ...synonyms]) => [value, ...synonyms] as const);

function typeOf(name: string, entries: readonly Entry[]): SlotType {
  return {
    name,
    values: entries.map(([value, ...synonyms]) => ({ name: synonyms.length > 0 ? { value, synonyms } : { value } })),
  };
}

export const FIXED_TYPES: readonly SlotType[] = [typeOf(UNIT_TYPE, UNITS), typeOf(LIST_TYPE, LISTS), typeOf(PACE_TYPE, PACES), typeOf(AMOUNT_CHANGE_TYPE, AMOUNT_CHANGES), typeOf(AMOUNT_MULTIPLE_TYPE, AMOUNT_MULTIPLES), typeOf(PRICE_ORDER_TYPE, PRICE_ORDERS)];

const SIZE_IN_NAME =
  /\b\d+(\.\d+)?\s*-?\s*(fl\.?\s*oz|oz|ounces?|lbs?|pounds?|g|grams?|kg|ml|l|liters?|litres?|ct|count|pk|packs?|gal|gallons?|qt|quarts?|rolls?|pcs?|pieces?)\b\.?/gi;

/** The ways one product may be asked for, most specific first; the first is its value. */
export function spokenVariants(product: Product): string[] {
  const withoutSize = product.name.replace(SIZE_IN_NAME, ' ');
  const brand = product.brand === undefined ? undefined : spokenForm(product.brand);
  const withoutBrand = (text: string): string =>
    brand === undefined || brand === '' ? text : ` ${text} `.replace(` ${brand} `, ' ').trim();
  const full = spokenForm(product.name);
  const plain = spokenForm(withoutSize);
  const forms = [full, plain, withoutBrand(full), withoutBrand(plain), ...(product.synonyms ?? []).map(spokenForm)];
  return [...new Set(forms)].filter((form) => form !== '' && form.length <= ALEXA_LIMITS.slotValueCharacters);
}

const JOINING_WORDS: ReadonlySet<string> = new Set(['and', 'n', 'of', 'with', 'in', 'or', 'for']);

/** Short generic forms of a product name: its head noun and the two words ending in it ("apples", "gala apples"). */
export function headForms(product: Product): string[] {
  const variants = spokenVariants(product);
  const plain = variants[1] ?? variants[0] ?? '';
  const words = plain.split(' ').filter((word) => word.length > 1);
  const last = words.at(-1);
  // "macaroni and cheese" gives "cheese", never "and cheese": a form does not start with the word joining two names.
  const lastTwo = words.length >= 3 && !JOINING_WORDS.has(words.at(-2) ?? '') ? words.slice(-2).join(' ') : undefined;
  return [last, lastTwo].filter((form): form is string => form !== undefined);
}

export interface ProductTypeReport {
  /** Strings (values and synonyms) in the ProductName type. */
  readonly kept: number;
  /** Generic short forms left out. */
  readonly genericCut: number;
  /** Products whose name did not fit at all. */
  readonly productsCut: number;
  /** Variant spellings of kept products left out. */
  readonly synonymsCut: number;
}


/**
 * Builds the ProductName type within a budget of strings and bytes. When the catalog is too big,
 * the generic forms many products share come first (they are what people say), then every
 * product's own name in catalog order, then the other variants; the rest is cut, deterministically.
 */
export function productType(
  catalog: Catalog,
  budget: { strings: number; bytes: number },
): { type: SlotType; report: ProductTypeReport } {
  const used = new Set<string>();
  let strings = 0;
  let bytes = 0;
  const fits = (text: string, overhead: number): boolean =>
    strings + 1 <= budget.strings && bytes + Buffer.byteLength(text) + overhead <= budget.bytes;
  const take = (text: string, overhead: number): void => {
    used.add(text);
    strings += 1;
    bytes += Buffer.byteLength(text) + overhead;
  };

  const sharing = new Map<string, number>();
  for (const product of catalog.products) {
    for (const form of new Set(headForms(product))) sharing.set(form, (sharing.get(form) ?? 0) + 1);
  }
  const generic = [...sharing.entries()]
    .filter(([, count]) => count >= 2)
    .sort(([a, countA], [b, countB]) => countB - countA || (a < b ? -1 : a > b ? 1 : 0))
    .map(([form]) => form);

  const genericValues: SlotTypeValue[] = [];
  let genericCut = 0;
  for (const form of generic) {
    if (used.has(form)) continue;
    if (!fits(form, SLOT_VALUE_BYTES.withoutId)) {
      genericCut += 1;
      continue;
    }
    take(form, SLOT_VALUE_BYTES.withoutId);
    genericValues.push({ name: { value: form } });
  }

  const productValues: { product: Product; value: string; synonyms: string[] }[] = [];
  let productsCut = 0;
  for (const product of catalog.products) {
    const value = spokenVariants(product).find((form) => !used.has(form));
    if (value === undefined) continue;
    const overhead = SLOT_VALUE_BYTES.withId + Buffer.byteLength(product.id);
    if (!fits(value, overhead)) {
      productsCut += 1;
      continue;
    }
    take(value, overhead);
    productValues.push({ product, value, synonyms: [] });
  }

  let synonymsCut = 0;
  for (const entry of productValues) {
    for (const form of [...spokenVariants(entry.product), ...headForms(entry.product)]) {
      if (used.has(form)) continue;
      if (!fits(form, SLOT_VALUE_BYTES.perSynonym)) {
        synonymsCut += 1;
        continue;
      }
      take(form, SLOT_VALUE_BYTES.perSynonym);
      entry.synonyms.push(form);
    }
  }

  const values: SlotTypeValue[] = [
    ...genericValues,
    ...productValues.map(({ product, value, synonyms }) => ({
      id: product.id,
      name: synonyms.length > 0 ? { value, synonyms } : { value },
    })),
  ];
  return { type: { name: PRODUCT_TYPE, values }, report: { kept: strings, genericCut, productsCut, synonymsCut } };
}
