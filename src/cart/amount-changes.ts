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

/** How many times over a line is wanted: "double the bananas", "twice as many eggs". */
export type AmountMultiple = 'double' | 'triple';

/** The interaction model's AmountMultiple values and their synonyms, with the factor each says. */
export const AMOUNT_MULTIPLE_WORDS: Readonly<Record<AmountMultiple, readonly string[]>> = {
  double: ['double', 'twice as many', 'twice as much', 'twice the', 'two times as many', 'two times as much'],
  triple: ['triple', 'three times as many', 'three times as much', 'three times the'],
};
const FACTORS: Readonly<Record<AmountMultiple, number>> = { double: 2, triple: 3 };

/** The factor a heard multiple says, if it is one. */
export function amountMultipleSaid(spoken: string | undefined): number | undefined {
  const said = spoken?.trim().toLowerCase();
  const multiple = (Object.keys(AMOUNT_MULTIPLE_WORDS) as AmountMultiple[]).find((name) => said !== undefined && AMOUNT_MULTIPLE_WORDS[name].includes(said));
  return multiple === undefined ? undefined : FACTORS[multiple];
}

/** The amount a line holds after a relative change; zero or less means none is left. */
export function changedAmount(current: number, change: AmountChange, by: number): number {
  return change === 'more' ? current + by : current - by;
}
