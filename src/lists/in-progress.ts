import { hasList } from '../cart/changes.ts';
import type { ShopperState } from '../shopper/state.ts';

/** How long a list the shopper said they were making goes on being the one they are filling. */
const LIST_IN_PROGRESS_DAYS = 14;

/**
 * The list the shopper said they were making ("this is for my weekly list") and is still making:
 * "I forgot the prunes" the next morning belongs with the rest, and "read my list back to me" means it.
 * A list emptied into the cart, deleted, or untouched for two weeks is no longer being made.
 */
export function listBeingMade(state: ShopperState, now: Date): string | undefined {
  const making = state.listInProgress;
  if (making === undefined || !hasList(state, making.name)) return undefined;
  return now.getTime() - Date.parse(making.at) <= LIST_IN_PROGRESS_DAYS * 86_400_000 ? making.name : undefined;
}

/** The state with the list no longer being made, once it went into the cart or was deleted. */
export function listMade(state: ShopperState, name: string): ShopperState {
  return state.listInProgress?.name === name ? { ...state, listInProgress: undefined } : state;
}
