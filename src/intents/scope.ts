import type { Catalog } from '../catalog/product.ts';
import { stem, words as catalogWords } from '../catalog/normalise.ts';
import { withoutReason } from '../catalog/quantity.ts';
import { splitTrailingList } from './list-phrase.ts';
import { LIST_TYPE, PRODUCT_TYPE, type IntentRegistry } from './registry.ts';
import { NOT_SHOPPING_EN_US } from './not-shopping.en-US.ts';

/**
 * Whether a request is this store's business, judged from the intent and its slots alone, so the
 * skill judges the same way whichever door the request came through: an intent Alexa resolved,
 * or one the local NLU heard in a typed line. People say "add" and "list" about many things; a
 * request whose product is an appointment, a song or a meal from a restaurant, or whose list is
 * a to-do list or a calendar, is not shopping, however it was phrased.
 */
export type Scope = 'shopping' | 'not-shopping';

type Phrase = readonly string[];

/** Words as the catalog compares them, each in its singular form, none left out. */
function tokens(text: string): string[] {
  return catalogWords(text).map(stem);
}

/** Words as said, for verbs, whose endings matter: "book a table" is something to do, "books" are goods. */
function plainTokens(text: string): string[] {
  return catalogWords(text);
}

function phrasesOf(list: readonly string[]): Phrase[] {
  return list.map((phrase) => tokens(phrase)).filter((phrase) => phrase.length > 0);
}

/** Where the phrase ends each time it is said, just past its last word. */
function endsOf(said: readonly string[], phrase: Phrase): number[] {
  const ends: number[] = [];
  for (let start = 0; start + phrase.length <= said.length; start++) {
    if (phrase.every((word, offset) => said[start + offset] === word)) ends.push(start + phrase.length);
  }
  return ends;
}

function contains(said: readonly string[], phrase: Phrase): boolean {
  return endsOf(said, phrase).length > 0;
}

/** Whether the phrase is said as a thing, not as what holds one: "a package of hot dogs" names hot dogs. */
function containsAsThing(said: readonly string[], phrase: Phrase): boolean {
  return endsOf(said, phrase).some((end) => said[end] !== 'of');
}

function startsWith(said: readonly string[], phrase: Phrase): boolean {
  return phrase.every((word, offset) => said[offset] === word);
}

/** Where the shopper's own things are kept here, said after "from". */
const OWN_PLACES: ReadonlySet<string> = new Set(['list', 'cart', 'order', 'delivery']);

export class ScopeJudge {
  private readonly otherLists: Phrase[];
  private readonly notGoods: Phrase[];
  private readonly activityStarts: Phrase[];
  private readonly activityEnds: ReadonlySet<string>;
  private readonly restaurants: Phrase[];
  private readonly otherStores: Phrase[];
  private readonly shops: ReadonlySet<string>;
  /** The store's catalog, whose words (Catalog.soldWords) are goods, whatever else they may mean. */
  private readonly catalog: Catalog;
  /** Slot names, by intent, that hold a product and that hold a list. */
  private readonly productSlots: ReadonlyMap<string, readonly string[]>;
  private readonly listSlots: ReadonlyMap<string, readonly string[]>;

  /** `seller`: the store's own name, never another store's. */
  constructor(registry: IntentRegistry, catalog: Catalog, seller?: string, words = NOT_SHOPPING_EN_US) {
    const own = seller === undefined ? '' : tokens(seller).join(' ');
    this.otherStores = phrasesOf(words.otherStores).filter((store) => store.join(' ') !== own);
    this.otherLists = phrasesOf(words.otherLists);
    this.notGoods = phrasesOf(words.notGoods);
    this.activityStarts = words.activityStarts.map((phrase) => plainTokens(phrase));
    this.activityEnds = new Set(words.activityEnds);
    this.restaurants = phrasesOf(words.restaurants);
    this.shops = new Set(words.shops.flatMap((shop) => tokens(shop)));
    this.catalog = catalog;
    const slotsOfType = (type: string) =>
      new Map(registry.map((definition) => [definition.name, definition.slots.filter((slot) => slot.type === type).map((slot) => slot.name)]));
    this.productSlots = slotsOfType(PRODUCT_TYPE);
    this.listSlots = slotsOfType(LIST_TYPE);
  }

  judge(intent: string, slots: Readonly<Record<string, string | undefined>>): Scope {
    for (const name of this.listSlots.get(intent) ?? []) {
      const list = slots[name];
      if (list !== undefined && this.isAnotherKindOfList(tokens(list))) return 'not-shopping';
    }
    for (const name of this.productSlots.get(intent) ?? []) {
      const said = slots[name];
      // "The paper towels, we got some at costco": why, said after the thing, names no goods of its own.
      const product = said === undefined ? undefined : withoutReason(plainTokens(said)).join(' ');
      if (product !== undefined && !this.isGoods(tokens(product), plainTokens(product))) return 'not-shopping';
    }
    return 'shopping';
  }

  /**
   * A list named for another store ("my costco list") is the shopper's own list of what to get
   * there, kept here like any other; another store's cart or order is judged where it is said
   * ("batteries in my amazon cart").
   */
  private isAnotherKindOfList(list: readonly string[]): boolean {
    return this.otherLists.some((phrase) => contains(list, phrase));
  }

  /** Whether words said as a product name goods, as far as anyone can tell from the words. */
  private isGoods(said: readonly string[], asSaid: readonly string[]): boolean {
    if (said.length === 0) return true;
    // "call the plumber to my to do list": the list can end up in the product.
    const trailing = splitTrailingList(said);
    if (trailing?.list !== undefined && this.isAnotherKindOfList(trailing.list.split(' '))) return false;
    // A chain whose name the store sells goods under ("starbucks coffee") is goods; a meal from there is not ("from starbucks").
    if (this.restaurants.some((phrase) => contains(said, phrase) && !this.sells(phrase))) return false;
    if (this.otherStores.some((store) => contains(said, store) && !this.sells(store))) return false;
    if (this.comesFromElsewhere(said)) return false;
    if (this.activityStarts.some((phrase) => startsWith(asSaid, phrase) && !this.sells(phrase.map(stem)))) return false;
    if (this.activityEnds.has(asSaid.at(-1) ?? '')) return false;
    return !this.notGoods.some((phrase) => containsAsThing(said, phrase) && !this.sells(phrase));
  }

  /**
   * "a pizza from the thai place": a thing from somewhere that is not a shop is a meal from a
   * restaurant; from the shopper's own list, cart or order ("the milk from my last order") it is this store's.
   */
  private comesFromElsewhere(said: readonly string[]): boolean {
    const from = said.indexOf('from');
    if (from <= 0 || from === said.length - 1) return false;
    return !said.slice(from + 1).some((word) => this.shops.has(word) || OWN_PLACES.has(word));
  }

  private sells(phrase: Phrase): boolean {
    const sold = this.catalog.soldWords();
    return phrase.every((word) => sold.has(word));
  }
}
