/** Where a list is named at the end of other words, as shoppers say it. */

const BEFORE_A_LIST: ReadonlySet<string> = new Set(['to', 'on', 'onto', 'in', 'into', 'from', 'off']);
const LIST_DETERMINERS: ReadonlySet<string> = new Set(['my', 'the', 'our', 'a', 'your', 'this', 'that']);
/** Longest list name said between the preposition and "list". */
const LONGEST_LIST_NAME = 3;

/**
 * "bread from shopping list", "gloria to my list of clients", "call the vet to my to do list":
 * the words before the list, the list's name when one was said, and whether it was said with "my",
 * "the" (so plainly a list of the shopper's). Undefined when the words do not end with a list.
 */
export function splitTrailingList(words: readonly string[]): { before: string[]; list: string | undefined; determined: boolean } | undefined {
  const at = words.lastIndexOf('list');
  if (at < 1) return undefined;
  if (at < words.length - 1) {
    // "… to my list of clients"
    if (words[at + 1] !== 'of' || words.length - at - 2 > LONGEST_LIST_NAME || words.length - at - 2 === 0) return undefined;
    let start = at;
    while (start > 0 && LIST_DETERMINERS.has(words[start - 1] ?? '')) start--;
    if (!BEFORE_A_LIST.has(words[start - 1] ?? '')) return undefined;
    return { before: words.slice(0, start - 1), list: words.slice(at + 2).join(' '), determined: start < at };
  }
  // "… from the shopping list", "… to list"; "… on my to do list": a preposition followed by "my",
  // "the" opens the list before one that is part of its name.
  const candidates: number[] = [];
  for (let before = at - 1; before >= Math.max(1, at - LONGEST_LIST_NAME - 2); before--) if (BEFORE_A_LIST.has(words[before] ?? '')) candidates.push(before);
  const before = candidates.find((candidate) => LIST_DETERMINERS.has(words[candidate + 1] ?? '')) ?? candidates[0];
  if (before === undefined) return undefined;
  let start = before + 1;
  while (start < at && LIST_DETERMINERS.has(words[start] ?? '')) start++;
  const name = words.slice(start, at);
  return { before: words.slice(0, before), list: name.length === 0 ? undefined : name.join(' '), determined: start > before + 1 };
}
