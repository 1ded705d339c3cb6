/**
 * Yes/no questions in English open with an auxiliary verb before its subject ("do I have tea",
 * "is there milk in my cart", "should we get eggs"): said that way, a sentence asks, it does not
 * ask for a change. Requests put as questions are asked of the listener ("can you add…", "would
 * you put…", "is it possible to…"), so only subjects that are the shopper, their things or "there"
 * count.
 */
const AUXILIARIES: ReadonlySet<string> = new Set(['do', 'does', 'did', 'have', 'has', 'had', 'should', 'shall', 'is', 'are', 'am', 'was', 'were']);
const ASKING_THE_LISTENER: ReadonlySet<string> = new Set(['you', 'it', 'that', 'this']);

/** Whether the words open as a yes/no question about the shopper's things, not a request put politely. */
export function opensAYesNoQuestion(request: readonly string[]): boolean {
  const [first, second] = withoutJoiningWord(request);
  if (first === undefined || second === undefined || !AUXILIARIES.has(first)) return false;
  return !ASKING_THE_LISTENER.has(second);
}

/**
 * Words by which a shopper takes back what was heard ("no", "I said", "I meant", "not the…", "that's
 * wrong"): a correction has one of them; "I need five cans of pears" has none and is a request.
 */
const TAKING_BACK: ReadonlySet<string> = new Set([
  'no', 'nope', 'not', 'said', 'meant', 'wanted', 'asked', 'wrong', 'misheard', "didn't", 'should', 'was', 'actually', 'sorry', 'oops', 'instead', "that's",
]);

/** Whether the words take back something heard before, as every correction does. */
export function takesSomethingBack(request: readonly string[]): boolean {
  return request.some((word) => TAKING_BACK.has(word));
}

/** Words of sending something back, or of what was wrong with it. */
const RETURNING: ReadonlySet<string> = new Set([
  'return', 'returned', 'returning', 'refund', 'refunded', 'send', 'sent', 'exchange', 'credit', 'bad', 'off', 'spoiled', 'rotten', 'broken',
  'damaged', 'moldy', 'mouldy', 'stale', 'expired', 'crushed', 'leaking', 'wrong', 'sour', 'went', 'complaint', 'complain', 'money', 'back', 'replacement',
]);

/** Whether the words speak of a return or a fault, as every request to return something does. */
export function saysAReturn(request: readonly string[]): boolean {
  return request.some((word) => RETURNING.has(word));
}

/** Words of keeping: every request to keep a thing after all has one ("keep it", "leave the eggs in", "don't take it off", "I still want it"), or says "do want". */
const KEEPING: ReadonlySet<string> = new Set(['keep', 'keeping', 'leave', 'leaving', "don't", 'dont', 'still', 'mind', 'stay', 'stays']);

/** Whether the words say to keep something, as every request to keep it does. */
export function saysToKeep(request: readonly string[]): boolean {
  // "Leave out the sour cream", "keep the leeks off" say to take out: no keeping.
  if (request.some((word, at) => (word === 'leave' || word === 'keep') && (request[at + 1] === 'out' || request[at + 1] === 'off' || request.at(-1) === 'out' || request.at(-1) === 'off'))) return false;
  // "Actually I do want it": wanting, stressed, after a thing went off. "Do not take it off" keeps;
  // a "not" alone turns something down ("not the grapes, the apples").
  return request.some((word, at) => KEEPING.has(word) || (word === 'do' && ['want', 'need', 'not'].includes(request[at + 1] ?? '')));
}

/** Words of an order and its coming: every question about where an order is has one, and "what time is it" none. */
const ORDER_COMING: ReadonlySet<string> = new Set([
  'order', 'orders', 'delivery', 'deliveries', 'deliver', 'delivered', 'groceries', 'grocery', 'food', 'shopping', 'arrive', 'arrives', 'arriving',
  'arrived', 'arrival', 'come', 'comes', 'coming', 'here', 'ship', 'shipped', 'eta', 'status', 'track', 'due', 'expect', 'way', 'late', 'delayed',
  'window', 'slot', 'placed', 'confirmed', 'news', 'update', 'happened', 'happening', 'sent', 'left', 'leave', 'show', 'turn', 'store', 'shop',
]);

/** Whether the words speak of an order or its coming, as every question about its status does. */
export function saysAnOrder(request: readonly string[]): boolean {
  return request.some((word) => ORDER_COMING.has(word));
}

/** Words that speak of a whole cart or list, as emptying one does ("clear it", "everything", "the whole list"). */
const THE_WHOLE: ReadonlySet<string> = new Set([
  'clear', 'empty', 'wipe', 'reset', 'everything', 'all', 'whole', 'entire', 'lot', 'every', 'completely', 'entirely', 'altogether',
]);
/** Words that name a cart or a list as a whole. */
const A_LIST: ReadonlySet<string> = new Set(['list', 'lists', 'checklist', 'cart', 'basket', 'trolley']);
/** Words that take one thing from a cart or list ("take the prunes off dad's list", "remove the eggs from my cart"). */
const FROM_A_LIST: ReadonlySet<string> = new Set(['from', 'off']);

/**
 * Whether the words may ask to empty a whole cart or list: they say the whole of it, or they name
 * the list and nothing taken from it ("delete the picnic list"), or what they take from the lists is
 * a list. "Take the prunes off dad's list" takes one thing off.
 */
export function saysItAll(request: readonly string[]): boolean {
  if (request.some((word) => THE_WHOLE.has(word))) return true;
  const from = request.findIndex((word) => FROM_A_LIST.has(word));
  // "Delete my picnic list" names what goes, all of it; "remove the crackers" names a product, and "list" alone asks for it.
  if (from < 0) return request.length > 1 && request.some((word) => A_LIST.has(word));
  // What is taken off may be a list itself: "remove the party list from my lists".
  return request.slice(0, from).some((word) => word === 'list');
}

/** Words that open a question for information ("how much is the second one", "what does it cost"). */
const QUESTION_WORDS: ReadonlySet<string> = new Set(['how', 'what', "what's", 'which', 'why', 'when', 'where', 'who', "how's"]);

/** Whether the words ask something, either for information or yes or no, rather than answer or request. */
export function opensAQuestion(request: readonly string[]): boolean {
  return QUESTION_WORDS.has(withoutJoiningWord(request)[0] ?? '') || opensAYesNoQuestion(request);
}

/** "And is there a lactose free one?": a question joined on to what came before is still a question. */
function withoutJoiningWord(request: readonly string[]): readonly string[] {
  return request[0] === 'and' || request[0] === 'but' || request[0] === 'also' ? request.slice(1) : request;
}

/** Words by which a shopper says they want something. */
const WANTING: ReadonlySet<string> = new Set(['need', 'needs', 'want', 'wants']);
/** Words that turn wanting around ("we don't need", "no longer want") or take something off while wanting ("I need to remove"). */
const NOT_WANTING: ReadonlySet<string> = new Set([
  'not', "don't", 'dont', "doesn't", "won't", 'no', 'never', 'longer', 'remove', 'delete', 'erase', 'drop', 'take', 'cross', 'off', 'rid', 'cancel', 'skip',
]);

/** Verbs that take a thing off, whatever else is said around them: "also drop the kitten food". */
const TAKING_OFF: ReadonlySet<string> = new Set(['remove', 'delete', 'erase', 'drop', 'skip']);

/** Whether a word said before the thing takes it off, never adds it. */
export function saysToTakeOff(request: readonly string[], thingStart: number): boolean {
  return request.slice(0, thingStart).some((word) => TAKING_OFF.has(word));
}

/** Words that make an amount wanted the whole of it: "I just need one", "I only want two", "three in total". */
const LIMITING: ReadonlySet<string> = new Set(['just', 'only', 'total', 'altogether', 'instead', 'exactly']);

/** Whether the words say an amount is all that is wanted, as a change of an amount does and an add doesn't. */
export function limitsTheAmount(request: readonly string[]): boolean {
  return request.some((word) => LIMITING.has(word));
}

/** Whether the words say the shopper wants something, with nothing turning it around: "I need pears" is never a removal. */
export function saysItIsWanted(request: readonly string[]): boolean {
  return request.some((word) => WANTING.has(word)) && !request.some((word) => NOT_WANTING.has(word));
}
