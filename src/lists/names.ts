import { cleanText, stem } from '../catalog/normalise.ts';
import type { Line } from '../shopper/state.ts';
import { addLine } from '../cart/lines.ts';
import { listWordsFor } from '../language/lists.ts';

/**
 * What a shopper calls their lists. "My shopping list", "the grocery list" and "my cart" are all
 * the voice cart; anything else names a list of its own ("party", "christmas", "weekly").
 */
const LIST_WORDS = listWordsFor();
const CART_NAMES: ReadonlySet<string> = new Set(['', ...LIST_WORDS.cartNames]);

/** Each word that names a list as another does ("mother", "mum"), to the word standing for its group ("mom"). */
const SAME_NAME: ReadonlyMap<string, string> = new Map(
  LIST_WORDS.sameNames.flatMap((group) => group.map((word) => [stem(word), stem(group[0] ?? word)] as const)),
);

const POINTING: ReadonlySet<string> = new Set(LIST_WORDS.pointing);

/**
 * The cart or list a request is about: the one named, or, when none is named or the name only
 * points at one ("her list"), the list in play (`filling`), else the cart.
 */
export function targetInPlay(spokenList: string | undefined, filling: string | undefined, pointedAt: string | undefined = filling): Target {
  if (spokenList === undefined) return targetFor(filling);
  return POINTING.has(listKey(spokenList)) ? targetFor(pointedAt) : targetFor(spokenList);
}

const FILLER = /\b(my|the|a|an|this|that|our|list|lists|called|named|order)\b/g;

/** "Everything from dad's list", "all the things on the party list": the list is what follows. */
const CONTENTS_OF = /^(?:(?:put|move|add|get)\s+)?(?:everything|all(?:\s+of)?(?:\s+the)?(?:\s+(?:things|stuff|items))?|the\s+(?:things|stuff|items)|what'?s)\s+(?:from|on|in|off)\s+/;

/** Everything up to the last "called", "named" or "call it" with a name after it. */
const BEFORE_ITS_NAME = /^.*\b(?:called|named|(?:call|name) (?:it|this|that|the list|this list))\s+(?=\S)/;

/** "I'm starting my Christmas list": the starting is no part of the name. */
const STARTING = /^(?:(?:i'?m|i am|we'?re|we are)\s+)?(?:start|starting|make|making|begin|beginning|create|creating|doing)\s+(?=\S)/;

/** "This week", "today" said after a name: when the list is for, not its name. */
const SAID_WHEN = new RegExp(`(?<=\\S) (?:${LIST_WORDS.when.join('|')})$`);

/** "My cart, not the party list": what follows "not" is the list it is not. */
const TURNED_DOWN = /(?<=\S) (?:and )?(?:not|instead of|rather than)\b.*$/;

/** A list's key: lowercase, without "my", "the", "list" or when it is for; the words the shopper used otherwise kept, to say back. */
export function listKey(spoken: string): string {
  const said = spoken
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/[^a-z0-9' ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(CONTENTS_OF, '')
    // "For my father, start a list called dad": the name is what it is called, whatever came before.
    .replace(BEFORE_ITS_NAME, '')
    .replace(STARTING, '')
    .replace(TURNED_DOWN, '');
  // "For my father this week" is the father list; "this week" alone stays the name it is.
  const named = withoutFiller(said.replace(SAID_WHEN, ''));
  return named === '' ? withoutFiller(said) : named;
}

function withoutFiller(said: string): string {
  return said.replace(FILLER, ' ').replace(/\s+/g, ' ').trim().replace(/^for\b\s*/, '');
}

/**
 * What makes two list names one list: "dad's list", "dads list" and "the dad list" all come to
 * `dad`, and "father's list" too. Possessives and plurals go (by the catalog's own plural-insensitive
 * stem), as do the articles and "list" that listKey drops, and words naming the same person or
 * occasion (language/en-US/lists.json) come to one. Never said: the list keeps the name it was made with.
 */
export function listIdentity(name: string): string {
  return cleanText(listKey(name))
    .split(' ')
    .filter((word) => word !== '')
    .map((word) => stem(word))
    .map((word) => SAME_NAME.get(word) ?? word)
    .join(' ');
}

export function sameList(a: string, b: string): boolean {
  return listIdentity(a) === listIdentity(b);
}

export type Target = { kind: 'cart' } | { kind: 'list'; name: string };

export function targetFor(spokenList: string | undefined): Target {
  const key = listKey(spokenList ?? '');
  return CART_NAMES.has(key) ? { kind: 'cart' } : { kind: 'list', name: key };
}

export function targetKey(target: Target): string {
  return target.kind === 'cart' ? 'cart' : target.name;
}

type Lists = Readonly<Record<string, readonly Line[]>>;

/** The name a list said as `name` is stored under, however the shopper said it then or now. */
export function storedListName(lists: Lists, name: string): string | undefined {
  if (Object.hasOwn(lists, name)) return name;
  const identity = listIdentity(name);
  return Object.keys(lists).find((stored) => listIdentity(stored) === identity);
}

/**
 * The target a shopper means by a shorter name of a stored list: "the birthday list" when the only
 * list whose name holds every word of it is "sister's birthday". The target as said when it is a
 * list already, or when no stored list, or several, hold it.
 */
export function listMeant(lists: Lists, target: Target): Target {
  if (target.kind === 'cart' || storedListName(lists, target.name) !== undefined) return target;
  const said = listIdentity(target.name).split(' ').filter((word) => word !== '');
  if (said.length === 0) return target;
  const holding = Object.keys(lists).filter((stored) => {
    const words = new Set(listIdentity(stored).split(' '));
    return said.every((word) => words.has(word));
  });
  const [only, ...others] = holding;
  return only !== undefined && others.length === 0 ? { kind: 'list', name: only } : target;
}

/** The lines of the list said as `name`: of every stored list that is that list, should a store still hold several. */
export function listLines(lists: Lists, name: string): readonly Line[] {
  const identity = listIdentity(name);
  const named = Object.entries(lists).filter(([stored]) => stored === name || listIdentity(stored) === identity);
  if (named.length === 1) return named[0]?.[1] ?? [];
  return named.flatMap(([, lines]) => lines).reduce<Line[]>((all, line) => addLine(all, line), []);
}

/**
 * Lists stored apart whose names are now one list ("dads" and "dad's", kept apart before names
 * were normalised) merged into the first of them, every line kept: the same product in the same
 * unit is one line with the amounts added. Returns the very record given when nothing merges.
 */
export function mergeListsNamedAlike<L extends Lists>(lists: L): L | Record<string, Line[]> {
  const byIdentity = new Map<string, string[]>();
  for (const name of Object.keys(lists)) {
    const identity = listIdentity(name);
    byIdentity.set(identity, [...(byIdentity.get(identity) ?? []), name]);
  }
  if ([...byIdentity.values()].every((names) => names.length === 1)) return lists;
  const merged: Record<string, Line[]> = {};
  for (const names of byIdentity.values()) {
    const [first] = names;
    if (first === undefined) continue;
    merged[first] = names.flatMap((name) => lists[name] ?? []).reduce<Line[]>((all, line) => addLine(all, line), []);
  }
  return merged;
}

/**
 * Lists with the list said as `name` replaced by `lines` (null deletes it), stored under the name it
 * already has, and any lists stored apart under names that are one list merged on the way.
 */
export function withListLines(lists: Lists, name: string, lines: readonly Line[] | null): Record<string, Line[]> {
  const merged = mergeListsNamedAlike(lists);
  const stored = storedListName(merged, name);
  const all: Record<string, Line[]> = {};
  for (const [key, value] of Object.entries(merged)) {
    if (key !== stored) all[key] = [...value];
    else if (lines !== null) all[key] = [...lines];
  }
  if (stored === undefined && lines !== null) all[name] = [...lines];
  return all;
}

/**
 * The lists with the one said as `from` called `to` instead, its lines kept and in place; undefined
 * when there is no such list, or `to` already names another list.
 */
export function renamedList(lists: Lists, from: string, to: string): Record<string, Line[]> | undefined {
  const merged = mergeListsNamedAlike(lists);
  const stored = storedListName(merged, from);
  const taken = storedListName(merged, to);
  if (stored === undefined || (taken !== undefined && taken !== stored)) return undefined;
  return Object.fromEntries(Object.entries(merged).map(([name, lines]) => [name === stored ? to : name, [...lines]]));
}

/** Words that put a thing on a place: "to", "on", "for"… */
const PLACING: ReadonlySet<string> = new Set(['to', 'on', 'onto', 'in', 'into', 'for']);

/**
 * A product phrase that ends by naming one of the shopper's own lists ("ground beef to mom's
 * groceries") or pointing at the one in play ("buttermilk to it", "on her list"): Alexa's list slot
 * knows names said with "list", but a list the shopper made is the place meant whatever words
 * follow it. Undefined when the phrase names none.
 */
export function splitOwnList(lists: Lists, phrase: string): { product: string; list: string } | undefined {
  const words = phrase.trim().split(/\s+/);
  for (let at = 1; at < words.length - 1; at++) {
    if (!PLACING.has(words[at] ?? '')) continue;
    const named = words.slice(at + 1).join(' ');
    const key = listKey(named);
    const stored = key === '' ? undefined : POINTING.has(key) ? named : storedListName(lists, named);
    if (stored !== undefined) return { product: words.slice(0, at).join(' '), list: stored };
  }
  return undefined;
}

/** The shopper's lists, one name each, as they were named. */
export function listNames(lists: Lists): string[] {
  return Object.keys(mergeListsNamedAlike(lists));
}
