import { stem, tokens, words } from '../../catalog/normalise.ts';
import { ONE_OF_A_KIND, PACKAGING_WORDS } from '../../catalog/lexicon.ts';
import { nameNoun } from '../../catalog/packs.ts';
import type { Catalog, Product } from '../../catalog/product.ts';
import type { Resolver } from '../../catalog/resolver.ts';
import { optionDescribed } from '../../cart/choosing.ts';
import type { Pending } from '../session.ts';

/**
 * The product a phrase names by that product's own noun ("honey" is Pure Clover Honey, "greek
 * yogurt, the plain one" a yogurt); undefined when the words only describe ("crunchy", "the wheat
 * one"), however many names print them.
 */
export function productNamedBy(said: string, resolver: Resolver): Product | undefined {
  return thingNamedBy(said, resolver)?.product;
}

/** The product a phrase names by its own noun (see productNamedBy), with that noun. */
export function thingNamedBy(said: string, resolver: Resolver): { product: Product; noun: string } | undefined {
  const product = resolver.resolve(said).product;
  const noun = product === null ? undefined : nameNoun(product.name).at(-1);
  return product !== null && noun !== undefined && words(said).map(stem).includes(noun) ? { product, noun } : undefined;
}

/** The words of a description that say the kind, its pointing words left out: "the green ones" of grapes are green grapes. */
export function kindWords(said: string): string {
  return words(said)
    .filter((word) => !ONE_OF_A_KIND.has(word))
    .join(' ');
}

/**
 * The product of the kind asked about that a description picks when no option offered (`offered`,
 * their names) has it ("the old fashioned kind" while choosing among oatmeals): one the store has
 * that carries every word described, found without a doubt; undefined otherwise.
 */
export function productOfKindDescribed(said: string, phrase: string, offered: readonly string[], resolver: Resolver): Product | undefined {
  const described = tokens(said).filter((token) => !ONE_OF_A_KIND.has(token));
  const carries = (name: string): boolean => {
    const named = new Set(tokens(name));
    return described.every((token) => named.has(token));
  };
  // Words some option carries choose among the options, or fail to: they never reach past them.
  if (described.length === 0 || offered.some(carries)) return undefined;
  const resolution = resolver.resolve(`${kindWords(said)} ${phrase}`);
  const product = resolution.product !== null && !resolution.ambiguous && carries(resolution.product.name) ? resolution.product : undefined;
  return product !== undefined && describesAKindOf(said, phrase, product, resolver) ? product : undefined;
}

/**
 * "The grape one" just after strawberry preserves: the one product of the shelf `added` is on whose
 * name carries every word described (Concord Grape Jelly), when the product added carries none of
 * them; undefined when the shelf has no such product, or several and the words do not say which.
 */
export function kindOnShelfOf(said: string, added: Product, resolver: Resolver): Product | undefined {
  const kind = kindWords(said);
  const described = tokens(kind);
  const carried = new Set(tokens(added.name));
  if (described.length === 0 || described.some((token) => carried.has(token))) return undefined;
  // A word that names no thing of its own ("whole", "green") keeps the thing added: green grapes, never green apples.
  const noun = nameNoun(added.name).at(-1);
  const namesAThing = thingNamedBy(kind, resolver) !== undefined;
  const keepsTheThing = (product: Product): boolean => namesAThing || nameNoun(product.name).at(-1) === noun;
  const onShelf = resolver.carryingOnShelf(kind, added.category).filter((product) => product.id !== added.id && keepsTheThing(product));
  const [only, other] = onShelf;
  if (other === undefined) return only;
  // Several ("the whole one" of skim milk, among whole milks): the one the kind names with all the
  // added thing was ("the organic one" of 2% milk is the organic 2%), else with its noun alone.
  for (const said of [`${kind} ${added.name}`, `${kind} ${noun ?? ''}`]) {
    const found = resolver.resolve(said);
    if (found.product !== null && !found.ambiguous && onShelf.some((product) => product.id === found.product?.id)) return found.product;
  }
  return undefined;
}

/**
 * Whether words said of a thing asked about make `product` a kind of it: a thing of its own said
 * ("chicken" while rice is chosen) does only of a product named for the thing asked about; a
 * chicken rice mix is no rice, and the chicken is a request of its own.
 */
export function describesAKindOf(said: string, phrase: string, product: Product, resolver: Resolver): boolean {
  if (thingNamedBy(said, resolver) === undefined) return true;
  return nameNoun(product.name).at(-1) === words(phrase).map(stem).at(-1);
}

/**
 * "The lemon kind" just after sparkling water went in: the product of that kind the description
 * makes of it (Lemon Sparkling Water), whose name still has the noun of what was added; undefined
 * when the words make some other thing ("Greek yogurt, the plain one" after bananas).
 */
export function kindOfWhatWasAdded(said: string, phrase: string, resolver: Resolver): Product | undefined {
  // "Tea bags" are tea: the pack they come in is no noun of theirs.
  const noun = tokens(phrase).filter((token) => !PACKAGING_WORDS.has(token)).at(-1);
  if (noun === undefined) return undefined;
  // The kind said may take the place of one the add had ("the strawberry one" after plain yogurt): then the noun alone is described.
  const product = productOfKindDescribed(said, phrase, [], resolver) ?? productOfKindDescribed(said, noun, [], resolver);
  return product !== undefined && tokens(product.name).includes(noun) ? product : undefined;
}

/**
 * The option of a pending choice the shopper described instead of numbering ("the wheat one",
 * "the cheaper one"), counted from one; undefined when nothing is being chosen or the words do
 * not pick exactly one option.
 */
export function optionNumberDescribed(pending: Pending | undefined, said: string | undefined, catalog: Catalog): number | undefined {
  if (said === undefined || (pending?.kind !== 'choose' && pending?.kind !== 'chooseToRemove')) return undefined;
  const options = pending.options.map((option) => ({ name: option.name, price: catalog.byId.get(option.productId)?.price }));
  const at = optionDescribed(said, options);
  return at === undefined ? undefined : at + 1;
}
