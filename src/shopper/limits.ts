/**
 * How much one shopper can keep. Every part of a shopper is stored on its own (a DynamoDB item
 * holds at most 400 KB), and a public door must not let one visitor grow without end; the numbers
 * are far above what a household uses, so only a runaway script or a very long memory meets them.
 */
export const LIMITS = {
  /** Named lists besides the cart. */
  lists: 20,
  /** Saved orders ("my usual", "the sunday shop"). */
  shortcuts: 20,
  /** Products on the cart or on one list. */
  lines: 2000,
} as const;

export type Limit = keyof typeof LIMITS;

/** A change that would keep more than a shopper may: said to the shopper, nothing is stored. */
export class LimitReached extends Error {
  constructor(
    readonly limit: Limit,
    /** "cart" or the list's name, for the lines of one. */
    readonly target?: string,
  ) {
    super(`at most ${LIMITS[limit]} ${limit}${target === undefined ? '' : ` on ${target}`}`);
    this.name = 'LimitReached';
  }
}
