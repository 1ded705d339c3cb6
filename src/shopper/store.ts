import { ShopperStateSchema, emptyShopperState, type ShopperState } from './state.ts';

/** A shopper's state with the version it was read at: saving checks the version is unchanged. */
export interface VersionedState {
  readonly state: ShopperState;
  /** 0 for a shopper never saved. */
  readonly version: number;
}

/**
 * Where shoppers' state lives. Implementations store the state as one document per shopper
 * with a version number, so two devices of one household can never overwrite each other:
 * `save` refuses (returns false) when the version moved on since `load`.
 */
export interface ShopperStore {
  load(userId: string): Promise<VersionedState>;
  /** Stores `state` as version `expectedVersion + 1`; false when someone else saved first. */
  save(userId: string, state: ShopperState, expectedVersion: number): Promise<boolean>;
  close(): Promise<void>;
}

/** Parses a stored document; a corrupt one is reported, never silently replaced by an empty state. */
export function parseStoredState(userId: string, json: string): ShopperState {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    throw new Error(`stored state of ${userId} is not JSON`);
  }
  const parsed = ShopperStateSchema.safeParse(raw);
  if (!parsed.success) throw new Error(`stored state of ${userId} is invalid: ${parsed.error.issues[0]?.message ?? ''}`);
  return parsed.data;
}

export function initialState(): VersionedState {
  return { state: emptyShopperState(), version: 0 };
}

/**
 * Applies `change` to the shopper's latest state and saves it, re-reading and re-applying on a
 * conflicting write, so concurrent changes all land. `change` must be pure: it may run more than once.
 */
export async function updateShopper<R>(
  store: ShopperStore,
  userId: string,
  change: (state: ShopperState) => { state: ShopperState; result: R },
  attempts = 100,
): Promise<{ state: ShopperState; result: R }> {
  for (let attempt = 0; attempt < attempts; attempt++) {
    const current = await store.load(userId);
    const next = change(current.state);
    if (next.state === current.state) return next;
    if (await store.save(userId, next.state, current.version)) return next;
    // Jittered backoff: writers that lost together must not retry in lockstep and collide again.
    const wait = Math.random() * Math.min(25, 2 ** attempt);
    await new Promise<void>((resolve) => setTimeout(resolve, wait));
  }
  throw new Error(`could not save the state of ${userId} after ${attempts} attempts`);
}
