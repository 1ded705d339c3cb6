import { tokens, words } from '../catalog/normalise.ts';
import { catalogOf, namedWithEveryWord, type Catalog, type Product } from '../catalog/product.ts';
import { Resolver, type ShopperContext } from '../catalog/resolver.ts';
import type { Line } from '../shopper/state.ts';

/**
 * Finds which line of the cart or a list the shopper means by "the milk": resolution over just
 * those products, so a line is found by the same spoken-form rules that added it.
 */
export function findLineFor(phrase: string, lines: readonly Line[], catalog: Catalog, context: ShopperContext): Line | undefined {
  if (lines.length === 0) return undefined;
  const id = resolverOver(lines, catalog).resolve(phrase, context).product?.id;
  return id === undefined ? onlyLineNamedBy(phrase, lines, catalog) : lines.find((line) => line.productId === id);
}

/**
 * The one line whose name has every word said ("the gum" of Natural Mint Gum), when resolution over
 * so few names is not sure of it: a shelf named for the word may make it wary of the word alone.
 */
function onlyLineNamedBy(phrase: string, lines: readonly Line[], catalog: Catalog): Line | undefined {
  if (tokens(phrase).length === 0) return undefined;
  const named = lines.filter((line) => carriesEveryWord(phrase, line, catalog));
  return named.length === 1 ? named[0] : undefined;
}

/** Most lines a shopper is asked to choose between, as with products. */
const MAX_CHOICES = 3;

/**
 * The lines a phrase may mean: the one it names, or several when it fits each of them in full and
 * says no more ("the milk" with whole milk and 2% milk in the cart), for the shopper to choose.
 */
export function linesMeantBy(phrase: string, lines: readonly Line[], catalog: Catalog, context: ShopperContext): Line[] {
  if (lines.length === 0) return [];
  const resolver = resolverOver(lines, catalog);
  const named = resolver.namingAll(phrase).flatMap((product) => lines.find((line) => line.productId === product.id) ?? []);
  if (named.length > 1) return named.slice(0, MAX_CHOICES);
  const id = resolver.resolve(phrase, context).product?.id;
  if (id === undefined) {
    const only = onlyLineNamedBy(phrase, lines, catalog);
    return only === undefined ? [] : [only];
  }
  return lines.filter((line) => line.productId === id).slice(0, 1);
}

/**
 * Whether a line's own name, or a name the store gives it, carries what the phrase names (its last
 * word: "the milk" of Whole Milk), rather than the line being found by sound or by its aisle ("cereal" near Cheerios).
 */
export function nameCarries(phrase: string, line: Line, synonyms: readonly string[] = []): boolean {
  const said = tokens(phrase);
  const named = said.at(-1);
  if (named === undefined) return false;
  // "Oat milk" is carried by Oatmilk: the name writes as one word what was said as two.
  const runTogether = said.length > 1 ? `${said.at(-2) ?? ''}${named}` : undefined;
  // "Popsicles" is carried by Original Ice Pops, whose store calls it that.
  return [line.name, ...synonyms].some((name) => tokens(name).some((token) => token === named || token === runTogether));
}

/** How many of the catalog's readings of a phrase say what kind of thing it is. */
const KIND_READINGS = 5;

/**
 * The lines of the kind a phrase names when it names none of them ("the cheese" with only Sharp
 * Cheddar there): the catalog's own reading of the phrase, over every product, says which aisles
 * that kind is kept in, and the lines from those aisles are the ones it may mean.
 */
export function linesOfKindSaid(phrase: string, lines: readonly Line[], catalog: Catalog, everything: Resolver): Line[] {
  const reading = everything.resolve(phrase);
  const kinds = new Set([reading.product, ...reading.alternatives].slice(0, KIND_READINGS).flatMap((product) => product?.category ?? []));
  return lines.filter((line) => kinds.has(catalog.byId.get(line.productId)?.category ?? '')).slice(0, MAX_CHOICES);
}

/**
 * The lines a phrase lists one by one ("the milk and the bananas"), each named beyond doubt; none
 * when it lists fewer than two, or any of them is unclear or not there.
 */
export function linesListedBy(phrase: string, lines: readonly Line[], catalog: Catalog, context: ShopperContext): Line[] {
  const { listed, missing } = itemsListedBy(phrase, lines, catalog, context);
  return missing.length === 0 ? listed : [];
}

/**
 * What a phrase listing two or more things ("the couscous and the goat cheese") finds among the
 * lines, each beyond doubt, and the words of the things it does not find there; nothing when it
 * lists fewer than two.
 */
export function itemsListedBy(phrase: string, lines: readonly Line[], catalog: Catalog, context: ShopperContext): { listed: Line[]; missing: string[] } {
  if (lines.length < 2) return { listed: [], missing: [] };
  const items = resolverOver(lines, catalog).resolveAll(phrase, context);
  if (items.length < 2) return { listed: [], missing: [] };
  const listed: Line[] = [];
  const missing: string[] = [];
  for (const item of items) {
    const line = item.ambiguous ? undefined : lines.find((candidate) => candidate.productId === item.product?.id);
    const said = item.query || item.heard;
    if (line === undefined || !carriesEveryWord(said, line, catalog) || listed.includes(line)) missing.push(said);
    else listed.push(line);
  }
  return { listed, missing };
}

/** Whether a line's product is named with every word said of it (see namedWithEveryWord). */
export function carriesEveryWord(said: string, line: Line, catalog: Catalog): boolean {
  return namedWithEveryWord(said, catalog.byId.get(line.productId) ?? line);
}

/**
 * The amount said with the thing to take off: "one of the milks" is 1, "two pounds of bananas" is 2
 * pounds, "the milk" and "two percent milk" say none. Read by the same rules as an amount added.
 */
export function amountNamed(phrase: string, lines: readonly Line[], catalog: Catalog): { quantity: number; unit: string | null } | null {
  if (lines.length === 0) return null;
  const { quantity, unit } = resolverOver(lines, catalog).resolve(phrase);
  return quantity === null ? null : { quantity, unit };
}

/**
 * The resolver over each array of lines, made once: a turn asks about the same lines two or three
 * times ("take off two of the milks": which line, then which amount), and stored lines are never
 * changed in place, only replaced.
 */
const resolvers = new WeakMap<readonly Line[], { readonly catalog: Catalog; readonly resolver: Resolver }>();

function resolverOver(lines: readonly Line[], catalog: Catalog): Resolver {
  const made = resolvers.get(lines);
  if (made !== undefined && made.catalog === catalog) return made.resolver;
  const products: Product[] = lines.map((line) => catalog.byId.get(line.productId) ?? { id: line.productId, name: line.name });
  const resolver = Resolver.build(catalogOf([...new Map(products.map((p) => [p.id, p])).values()]));
  resolvers.set(lines, { catalog, resolver });
  return resolver;
}

/**
 * "Beef turkey" of "not beef, turkey", its comma unheard: the first words, all printed in the name
 * of one of the lines, are the thing turned down, and the words after them, which name no line, the
 * thing meant in its place. Undefined when the words part no such way ("milk eggs" names two lines).
 */
export function turnedDownThenMeant(said: string, lines: readonly Line[]): { turnedDown: string; meant: string } | undefined {
  const all = words(said);
  const names = lines.map((line) => new Set(tokens(line.name)));
  for (let cut = all.length - 1; cut >= 1; cut--) {
    const [turnedDown, meant] = [tokens(all.slice(0, cut).join(' ')), tokens(all.slice(cut).join(' '))];
    if (turnedDown.length === 0 || meant.length === 0 || names.some((name) => meant.every((token) => name.has(token)))) continue;
    if (names.some((name) => turnedDown.every((token) => name.has(token)))) return { turnedDown: all.slice(0, cut).join(' '), meant: all.slice(cut).join(' ') };
  }
  return undefined;
}
