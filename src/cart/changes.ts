import type { Line, ShopperState, UndoEntry } from '../shopper/state.ts';
import { listLines, storedListName, targetKey, withListLines, type Target } from '../lists/names.ts';
import { addLine } from './lines.ts';

/** How long a change can still be undone: long enough for "ask Corner Grocer to undo" after a one-shot. */
export const UNDO_WINDOW_MS = 60 * 60 * 1000;
const UNDO_DEPTH = 25;

export function linesOf(state: ShopperState, target: Target): readonly Line[] {
  return target.kind === 'cart' ? state.cart : listLines(state.lists, target.name);
}

export function hasList(state: ShopperState, name: string): boolean {
  return storedListName(state.lists, name) !== undefined;
}

function withLines(state: ShopperState, target: Target, lines: Line[] | null): ShopperState {
  if (target.kind === 'cart') return { ...state, cart: lines ?? [] };
  return { ...state, lists: withListLines(state.lists, target.name, lines) };
}

/**
 * Replaces the lines of the cart or a list and remembers what was there, so "undo" can put it back.
 * `lines: null` deletes a named list.
 */
export function applyChange(
  state: ShopperState,
  target: Target,
  lines: Line[] | null,
  description: string,
  now: Date,
): ShopperState {
  const before = target.kind === 'list' && !hasList(state, target.name) ? null : [...linesOf(state, target)];
  const entry: UndoEntry = {
    at: now.toISOString(),
    target: targetKey(target),
    before: before ?? [],
    existed: before !== null,
    change: description,
  };
  const undo = [...recentUndo(state, now), entry].slice(-UNDO_DEPTH);
  return { ...withLines(state, target, lines), undo };
}

function recentUndo(state: ShopperState, now: Date): UndoEntry[] {
  return state.undo.filter((entry) => now.getTime() - Date.parse(entry.at) <= UNDO_WINDOW_MS);
}

function targetOfKey(key: string): Target {
  return key === 'cart' ? { kind: 'cart' } : { kind: 'list', name: key };
}

/** Puts back what the most recent change (still within the undo window) replaced. */
export function undoLast(state: ShopperState, now: Date): { state: ShopperState; undone: UndoEntry | null } {
  const recent = recentUndo(state, now);
  const entry = recent.at(-1);
  if (entry === undefined) return { state, undone: null };
  const target = targetOfKey(entry.target);
  const restored = withLines(state, target, entry.existed ? entry.before : null);
  return { state: { ...restored, undo: recent.slice(0, -1) }, undone: entry };
}

/** The most recent change, when it was made at `at` (the change this session just made). */
export function lastChangeAt(state: ShopperState, at: string): UndoEntry | undefined {
  const entry = state.undo.at(-1);
  return entry?.at === at ? entry : undefined;
}

/** Adds lines to the cart or a list (creating the list), as one change that "undo" takes back whole. */
export function addLines(state: ShopperState, target: Target, lines: readonly Line[], description: string, now: Date): ShopperState {
  const merged = lines.reduce<Line[]>((all, line) => addLine(all, line), [...linesOf(state, target)]);
  return applyChange(state, target, merged, description, now);
}
