import { z } from 'zod';
import { LineSchema, ShopperStateSchema, UndoEntrySchema, emptyShopperState, type Line, type ShopperState } from './state.ts';

/**
 * A shopper's state is stored as parts, each its own row or item with its own version: the
 * profile (pace, preferences, orders awaiting an outcome), the cart, each list, each shortcut, and
 * each undo entry. A change writes only the parts it touched, so no item grows with the rest
 * of the shopper, and two devices changing different parts never get in each other's way.
 */
const PROFILE = 'profile';
const CART = 'cart';
const LIST = 'list:';
const SHORTCUT = 'shortcut:';
const UNDO = 'undo:';
/** What a store written before parts held: kept as it was when it could not be split, and reported on load. */
export const LEGACY_PART = 'legacy';

/** What the profile part holds: everything of a shopper that is neither lines nor undo history. */
const ProfileSchema = ShopperStateSchema.pick({
  pace: true,
  preferences: true,
  pendingOrders: true,
  lastOrderId: true,
  unanswered: true,
  missedChange: true,
  listInProgress: true,
});
type Profile = z.infer<typeof ProfileSchema>;

function profileOf(state: ShopperState): Profile {
  const { pace, preferences, pendingOrders, lastOrderId, unanswered, missedChange, listInProgress } = state;
  return { pace, preferences, pendingOrders, lastOrderId, unanswered, missedChange, listInProgress };
}
const LinesSchema = z.array(LineSchema);
/** A list or a shortcut: its lines, and its place among the others (the order they were made in). */
const NamedLinesSchema = z.object({ n: z.number().int().positive(), lines: LinesSchema });

/** Where each list and shortcut stands among the others, by part key: kept as stored, new ones after. */
export type Ordinals = ReadonlyMap<string, number>;

/** Undo entries sort by their place in the history as strings too (a DynamoDB sort key), so the number is padded. */
function undoKey(seq: number): string {
  return `${UNDO}${String(seq).padStart(10, '0')}`;
}

export function isUndoPart(key: string): boolean {
  return key.startsWith(UNDO);
}

/**
 * The place of each list and shortcut of `state`: where it stood when read, and for a new one
 * the next place after all others, so making a list never rewrites the lists already there.
 */
export function ordinalsFor(state: ShopperState, read: Ordinals): Map<string, number> {
  const ordinals = new Map<string, number>();
  let next = Math.max(0, ...read.values()) + 1;
  const keys = [...Object.keys(state.lists).map((name) => `${LIST}${name}`), ...Object.keys(state.shortcuts).map((name) => `${SHORTCUT}${name}`)];
  for (const key of keys) ordinals.set(key, read.get(key) ?? next++);
  return ordinals;
}

/** Each part of the state as the JSON to store, by key. Empty parts are not stored. */
export function partsOf(state: ShopperState, ordinals: Ordinals = ordinalsFor(state, new Map())): Map<string, string> {
  const parts = new Map<string, string>();
  // A profile as a new shopper has it is not stored.
  const profile = JSON.stringify(profileOf(state));
  if (profile !== JSON.stringify(profileOf(emptyShopperState()))) parts.set(PROFILE, profile);
  if (state.cart.length > 0) parts.set(CART, JSON.stringify(state.cart));
  const named = (key: string, lines: readonly Line[]): void => {
    parts.set(key, JSON.stringify({ n: ordinals.get(key) ?? 0, lines }));
  };
  for (const [name, lines] of Object.entries(state.lists)) named(`${LIST}${name}`, lines);
  for (const [name, lines] of Object.entries(state.shortcuts)) named(`${SHORTCUT}${name}`, lines);
  for (const entry of state.undo) parts.set(undoKey(entry.seq), JSON.stringify(entry));
  return parts;
}

function parsePart<T>(userId: string, key: string, schema: z.ZodType<T>, json: string): T {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    throw new Error(`stored ${key} of ${userId} is not JSON`);
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw new Error(`stored ${key} of ${userId} is invalid: ${parsed.error.issues[0]?.message ?? ''}`);
  return parsed.data;
}

/**
 * The state from its stored parts, lists and shortcuts in the order they were made; a corrupt
 * part is reported, never silently replaced by an empty one, and a part voicecart does not know is
 * an error rather than something to drop.
 */
export function stateFromParts(userId: string, parts: Iterable<readonly [string, string]>): { state: ShopperState; ordinals: Ordinals } {
  const state = emptyShopperState();
  const lists: Array<{ key: string; n: number; lines: Line[] }> = [];
  const shortcuts: Array<{ key: string; n: number; lines: Line[] }> = [];
  for (const [key, json] of parts) {
    if (key === PROFILE) {
      Object.assign(state, parsePart(userId, 'profile', ProfileSchema, json));
    } else if (key === CART) {
      state.cart = parsePart(userId, 'cart', LinesSchema, json);
    } else if (key.startsWith(LIST)) {
      lists.push({ key, ...parsePart(userId, key, NamedLinesSchema, json) });
    } else if (key.startsWith(SHORTCUT)) {
      shortcuts.push({ key, ...parsePart(userId, key, NamedLinesSchema, json) });
    } else if (isUndoPart(key)) {
      state.undo.push(parsePart(userId, key, UndoEntrySchema, json));
    } else if (key === LEGACY_PART) {
      parsePart(userId, 'state', ShopperStateSchema, json);
      throw new Error(`stored state of ${userId} could not be split into parts`);
    } else {
      throw new Error(`stored state of ${userId} has a part voicecart does not know: ${key}`);
    }
  }
  const inOrder = (a: { key: string; n: number }, b: { key: string; n: number }): number => a.n - b.n || a.key.localeCompare(b.key);
  for (const { key, lines } of lists.sort(inOrder)) state.lists[key.slice(LIST.length)] = lines;
  for (const { key, lines } of shortcuts.sort(inOrder)) state.shortcuts[key.slice(SHORTCUT.length)] = lines;
  state.undo.sort((a, b) => a.seq - b.seq);
  return { state, ordinals: new Map([...lists, ...shortcuts].map(({ key, n }) => [key, n])) };
}

/** A state written before parts, undo history left out (its entries were whole copies of the cart, and expire within the hour). */
const LegacyStateSchema = ShopperStateSchema.extend({ undo: z.unknown().optional() });

/**
 * The parts of a shopper stored as one document by an earlier voicecart; a document that does not
 * parse is kept whole as the legacy part, so it is reported on load rather than lost.
 */
export function partsOfLegacy(json: string): Map<string, string> {
  try {
    const parsed = LegacyStateSchema.safeParse(JSON.parse(json));
    if (parsed.success) return partsOf({ ...parsed.data, undo: [] });
  } catch {
    // Not JSON: kept as it is, below.
  }
  return new Map([[LEGACY_PART, json]]);
}
