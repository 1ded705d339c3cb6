import { isUndoPart, ordinalsFor, partsOf, stateFromParts, type Ordinals } from './parts.ts';
import type { ShopperState } from './state.ts';

/** One stored part of a shopper (see parts.ts) and the version it was read at. */
export interface StoredPart {
  readonly key: string;
  /** 1 when first written, one more on every write. */
  readonly version: number;
  readonly data: string;
}

/** A shopper's state as read, with the version of every part: a change is written against them. */
export interface ShopperSnapshot {
  readonly state: ShopperState;
  readonly parts: ReadonlyMap<string, StoredPart>;
  /** The places of the lists and shortcuts among each other. */
  readonly ordinals: Ordinals;
}

/** One part to write: `data` null deletes it. It must still be at `previous` (absent when undefined). */
export interface PartWrite {
  readonly key: string;
  readonly previous: StoredPart | undefined;
  readonly data: string | null;
  /**
   * A delete that is done if the part is already gone: history entries never change once written,
   * so two devices trimming the same old entry agree, and neither is refused for it.
   */
  readonly goneIsFine?: boolean;
}

/**
 * Where shoppers' state lives, as versioned parts (a row or an item each). `commit` is all or
 * nothing and refuses (returns false) when any part it writes moved on since it was read, so two
 * devices of one household never overwrite each other's change, whichever part they touch.
 */
export interface ShopperStore {
  load(userId: string): Promise<ShopperSnapshot>;
  commit(userId: string, writes: readonly PartWrite[]): Promise<boolean>;
  close(): Promise<void>;
}

export function snapshotOf(userId: string, stored: readonly StoredPart[]): ShopperSnapshot {
  const { state, ordinals } = stateFromParts(userId, stored.map((part) => [part.key, part.data] as const));
  return { state, ordinals, parts: new Map(stored.map((part) => [part.key, part])) };
}

/**
 * The writes that turn what was read into `next`: only the parts that changed. A new undo entry
 * goes first: every undoable change adds the next entry of one history, so two changes made at
 * once meet there and one of them is refused before it has written anything. Dropped history goes
 * last, once the change itself is in.
 */
export function writesFor(read: ShopperSnapshot, next: ShopperState): PartWrite[] {
  const wanted = partsOf(next, ordinalsFor(next, read.ordinals));
  const writes: PartWrite[] = [];
  for (const [key, data] of wanted) {
    const previous = read.parts.get(key);
    if (previous?.data !== data) writes.push({ key, previous, data });
  }
  for (const [key, previous] of read.parts) {
    if (!wanted.has(key)) writes.push({ key, previous, data: null, ...(isUndoPart(key) ? { goneIsFine: true } : {}) });
  }
  const rank = (write: PartWrite): number => (isUndoPart(write.key) ? (write.data === null ? 2 : 0) : 1);
  return writes.sort((a, b) => rank(a) - rank(b));
}

/** The snapshot after `writes` were committed on `read`: every written part one version on. */
function afterCommit(read: ShopperSnapshot, next: ShopperState, writes: readonly PartWrite[]): ShopperSnapshot {
  const parts = new Map(read.parts);
  for (const write of writes) {
    if (write.data === null) parts.delete(write.key);
    else parts.set(write.key, { key: write.key, version: (write.previous?.version ?? 0) + 1, data: write.data });
  }
  return { state: next, parts, ordinals: ordinalsFor(next, read.ordinals) };
}

/**
 * Applies `change` to the shopper's latest state and commits what changed, re-reading and
 * re-applying on a conflicting write, so concurrent changes all land. `change` must be pure: it
 * may run more than once. `from` is a snapshot already read this turn, tried first.
 */
export async function updateShopper<R>(
  store: ShopperStore,
  userId: string,
  change: (state: ShopperState) => { state: ShopperState; result: R },
  from?: ShopperSnapshot,
  attempts = 100,
): Promise<{ snapshot: ShopperSnapshot; result: R }> {
  let current = from ?? (await store.load(userId));
  for (let attempt = 0; attempt < attempts; attempt++) {
    const next = change(current.state);
    if (next.state === current.state) return { snapshot: current, result: next.result };
    const writes = writesFor(current, next.state);
    if (writes.length === 0 || (await store.commit(userId, writes))) {
      return { snapshot: afterCommit(current, next.state, writes), result: next.result };
    }
    // Jittered backoff: writers that lost together must not retry in lockstep and collide again.
    const wait = Math.random() * Math.min(25, 2 ** attempt);
    await new Promise<void>((resolve) => setTimeout(resolve, wait));
    current = await store.load(userId);
  }
  throw new Error(`could not save the state of ${userId} after ${attempts} attempts`);
}
