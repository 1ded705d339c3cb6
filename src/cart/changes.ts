import type { Line, LineKey, ShopperState, UndoEntry } from '../shopper/state.ts';
import { LIMITS, LimitReached } from '../shopper/limits.ts';
import { listLines, storedListName, targetKey, withListLines, type Target } from '../lists/names.ts';
import { addLine } from './lines.ts';

/** How long a change can still be undone: long enough for "ask Corner Grocer to undo" after a one-shot. */
export const UNDO_WINDOW_MS = 60 * 60 * 1000;
/** The history keeps the last 25 changes, and at most 128 KB of them, whichever is less. */
const UNDO_DEPTH = 25;
const UNDO_BYTES = 128 * 1024;

export function linesOf(state: ShopperState, target: Target): readonly Line[] {
  // Own properties only (listLines reads entries): a list called "constructor" is a list, not Object's constructor.
  return target.kind === 'cart' ? state.cart : listLines(state.lists, target.name);
}

export function hasList(state: ShopperState, name: string): boolean {
  return storedListName(state.lists, name) !== undefined;
}

function withLines(state: ShopperState, target: Target, lines: Line[] | null): ShopperState {
  if (target.kind === 'cart') return { ...state, cart: lines ?? [] };
  return { ...state, lists: withListLines(state.lists, target.name, lines) };
}

function keyOf(line: LineKey): string {
  return `${line.productId}\u0000${line.unit ?? ''}`;
}

function sameLine(a: Line | undefined, b: Line): boolean {
  return a !== undefined && a.name === b.name && a.quantity === b.quantity && a.size === b.size && a.price === b.price;
}

/**
 * What turns `after` back into `before`: the lines that changed or went, as they were and where
 * they stood, and the lines that came. Lines the change left alone are not kept at all.
 */
function inverseOf(before: readonly Line[], after: readonly Line[]): Pick<UndoEntry, 'restore' | 'drop'> {
  const afterByKey = new Map(after.map((line) => [keyOf(line), line]));
  const beforeKeys = new Set(before.map(keyOf));
  return {
    restore: before.flatMap((line, index) => (sameLine(afterByKey.get(keyOf(line)), line) ? [] : [{ index, line }])),
    drop: after.filter((line) => !beforeKeys.has(keyOf(line))).map(({ productId, unit }) => ({ productId, unit })),
  };
}

/**
 * Applies an entry's inverse to the lines as they are now: what the change brought in goes, what it
 * altered or took away comes back in its place. Applied to the lines the change left, it gives
 * exactly the lines before it; changes made since by another device are kept.
 */
function revert(lines: readonly Line[], entry: UndoEntry): Line[] {
  const changed = new Set([...entry.drop.map(keyOf), ...entry.restore.map(({ line }) => keyOf(line))]);
  const reverted = lines.filter((line) => !changed.has(keyOf(line)));
  for (const { index, line } of [...entry.restore].sort((a, b) => a.index - b.index)) {
    reverted.splice(Math.min(index, reverted.length), 0, line);
  }
  return reverted;
}

function sizeOf(entry: UndoEntry): number {
  return Buffer.byteLength(JSON.stringify(entry));
}

function recentUndo(state: ShopperState, now: Date): UndoEntry[] {
  return state.undo.filter((entry) => now.getTime() - Date.parse(entry.at) <= UNDO_WINDOW_MS);
}

/** The history with `entry` on top, trimmed to its count and size; the newest entry always fits. */
function withEntry(state: ShopperState, entry: UndoEntry, now: Date): UndoEntry[] {
  let kept = [...recentUndo(state, now), entry].slice(-UNDO_DEPTH);
  let bytes = kept.reduce((sum, kept) => sum + sizeOf(kept), 0);
  while (kept.length > 1 && bytes > UNDO_BYTES) {
    bytes -= sizeOf(kept[0] ?? entry);
    kept = kept.slice(1);
  }
  return kept;
}

/**
 * Replaces the lines of the cart or a list and remembers how to take that back, so "undo" can.
 * `lines: null` deletes a named list. A change that would make a list more than a shopper may
 * keep (a new list past the limit, a list past its lines) is refused with LimitReached.
 */
export function applyChange(
  state: ShopperState,
  target: Target,
  lines: Line[] | null,
  description: string,
  now: Date,
): ShopperState {
  const existed = target.kind === 'cart' || hasList(state, target.name);
  if (!existed && lines !== null && Object.keys(state.lists).length >= LIMITS.lists) throw new LimitReached('lists');
  const before = linesOf(state, target);
  if (lines !== null && lines.length > LIMITS.lines && lines.length > before.length) throw new LimitReached('lines', targetKey(target));
  const seq = state.undo.reduce((highest, entry) => Math.max(highest, entry.seq), 0) + 1;
  const inverse = existed ? inverseOf(before, lines ?? []) : { restore: [], drop: [] };
  const full: UndoEntry = { seq, at: now.toISOString(), target: targetKey(target), change: description, existed, ...inverse };
  const entry: UndoEntry = sizeOf(full) <= UNDO_BYTES ? full : { ...full, restore: [], drop: [], tooLarge: true };
  return { ...withLines(state, target, lines), undo: withEntry(state, entry, now) };
}

function targetOfKey(key: string): Target {
  return key === 'cart' ? { kind: 'cart' } : { kind: 'list', name: key };
}

/**
 * Takes back the most recent change still within the undo window. A change too big to have been
 * remembered is taken off the history all the same, and returned for the shopper to hear so.
 */
export function undoLast(state: ShopperState, now: Date): { state: ShopperState; undone: UndoEntry | null } {
  const recent = recentUndo(state, now);
  const entry = recent.at(-1);
  if (entry === undefined) return { state, undone: null };
  const rest: ShopperState = { ...state, undo: recent.slice(0, -1) };
  if (entry.tooLarge === true) return { state: rest, undone: entry };
  const target = targetOfKey(entry.target);
  const restored = entry.existed ? withLines(rest, target, revert(linesOf(rest, target), entry)) : withLines(rest, target, null);
  return { state: restored, undone: entry };
}

/**
 * Whether a change only took things away: lines removed or made smaller, nothing brought in.
 * "Keep it" then wants them back; after a change that added, "keep it" wants the add kept.
 */
export function tookAway(state: ShopperState, entry: UndoEntry): boolean {
  if (entry.drop.length > 0 || entry.restore.length === 0) return false;
  const now = new Map(linesOf(state, targetOfKey(entry.target)).map((line) => [keyOf(line), line]));
  return entry.restore.every(({ line }) => (now.get(keyOf(line))?.quantity ?? 0) < line.quantity);
}

/**
 * The one line the latest change still in the undo window brought in, where it went: what "scratch
 * that" means in a visit that has added nothing yet. Undefined when that change did anything else.
 */
export function lineLastBroughtIn(state: ShopperState, now: Date): { target: string; line: LineKey } | undefined {
  const entry = recentUndo(state, now).at(-1);
  const [line, other] = entry?.drop ?? [];
  if (entry === undefined || line === undefined || other !== undefined || entry.restore.length > 0) return undefined;
  return { target: entry.target, line };
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
