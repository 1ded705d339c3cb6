import { catalogOf } from '../catalog/product.ts';
import { Resolver } from '../catalog/resolver.ts';
import { listKey } from '../lists/names.ts';
import { LIMITS, LimitReached } from '../shopper/limits.ts';
import type { Line, ShopperState } from '../shopper/state.ts';

/** "My weekly order", "the sunday shop": a shortcut's key, like a list's. */
export function shortcutKey(spoken: string): string {
  return listKey(spoken);
}

/**
 * The saved shortcut the shopper means, even when the recogniser misheard its name ("weekly" as
 * "weakly"): the same sound-alike matching that finds products, over the shopper's own names.
 */
export function closestShortcut(state: ShopperState, spoken: string): string | undefined {
  const names = Object.keys(state.shortcuts);
  const key = shortcutKey(spoken);
  if (names.includes(key)) return key;
  if (names.length === 0 || key === '') return undefined;
  const resolver = Resolver.build(catalogOf(names.map((name) => ({ id: name, name }))));
  return resolver.resolve(key).product?.id;
}

/** Saves (or replaces) a shortcut; a new one past the limit is refused with LimitReached. */
export function saveShortcut(state: ShopperState, name: string, lines: readonly Line[]): ShopperState {
  if (!Object.hasOwn(state.shortcuts, name) && Object.keys(state.shortcuts).length >= LIMITS.shortcuts) throw new LimitReached('shortcuts');
  return { ...state, shortcuts: { ...state.shortcuts, [name]: [...lines] } };
}

export function renameShortcut(state: ShopperState, from: string, to: string): ShopperState {
  const lines = state.shortcuts[from];
  if (lines === undefined) return state;
  const { [from]: _renamed, ...rest } = state.shortcuts;
  return { ...state, shortcuts: { ...rest, [to]: lines } };
}

export function deleteShortcut(state: ShopperState, name: string): ShopperState {
  if (state.shortcuts[name] === undefined) return state;
  const { [name]: _deleted, ...rest } = state.shortcuts;
  return { ...state, shortcuts: rest };
}
