/** Which way a relative change goes, and the words shoppers use for each. */
export type AmountChange = 'more' | 'less';

/**
 * "Cut the carrots by a pound", "two fewer apples", "bump the milk up by one": the words are the
 * interaction model's AmountChange values, and how a heard word is read back into a direction.
 */
export const AMOUNT_CHANGE_WORDS: Readonly<Record<AmountChange, readonly string[]>> = {
  more: ['more', 'up', 'increase', 'raise', 'bump up', 'bump', 'extra', 'another'],
  less: ['less', 'fewer', 'down', 'decrease', 'reduce', 'cut', 'lower', 'drop', 'knock down', 'bring down', 'trim'],
};

export function amountChangeSaid(spoken: string | undefined): AmountChange | undefined {
  const said = spoken?.trim().toLowerCase();
  if (said === undefined) return undefined;
  if (AMOUNT_CHANGE_WORDS.more.includes(said)) return 'more';
  if (AMOUNT_CHANGE_WORDS.less.includes(said)) return 'less';
  return undefined;
}

/** The amount a line holds after a relative change; zero or less means none is left. */
export function changedAmount(current: number, change: AmountChange, by: number): number {
  return change === 'more' ? current + by : current - by;
}
