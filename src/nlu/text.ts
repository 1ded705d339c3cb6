import { talkFor, withoutAsides } from '../language/talk.ts';

/**
 * Words as the NLU compares them: lowercase, punctuation gone, common spellings of contractions
 * unified ("whats" and "what's" are one word), and the filler people put around a request
 * ("um", "please", "hey alexa", "thanks") left out.
 */
const SPELLINGS: ReadonlyMap<string, string> = new Map(Object.entries({
  whats: "what's", wheres: "where's", thats: "that's", dont: "don't", doesnt: "doesn't", didnt: "didn't",
  isnt: "isn't", cant: "can't", wont: "won't", im: "i'm", ive: "i've", id: "i'd", lets: "let's", youre: "you're",
  theres: "there's", whos: "who's", hows: "how's", ok: 'okay', 'o.k.': 'okay', checkout: 'checkout',
  // What a recogniser writes for "add" when nothing around it says otherwise.
  ad: 'add',
}));

const around = talkFor().around;
/** Filler dropped wherever it appears. */
const FILLER: ReadonlySet<string> = new Set(around.anywhere);
/** Dropped only at the start: greetings, wake words and a pause taken before the request. */
const LEADING: ReadonlySet<string> = new Set(around.leading);
/** Said before a request to greet, gather one's thoughts or count off a list ("hold on, is there milk in my cart"); alone, they are the request. */
const LEADING_PHRASES: readonly (readonly string[])[] = around.leadingPhrases.map((phrase) => phrase.split(' '));
/** Count off a list ("first, the zucchini"): dropped at the start before a word that begins a request or a thing (see countsOff). */
const COUNTING_OFF: ReadonlySet<string> = new Set(around.countingOff);
/** Dropped only at the end. */
const TRAILING: ReadonlySet<string> = new Set(around.trailing);
const TRAILING_PHRASES: readonly (readonly string[])[] = around.trailingPhrases.map((phrase) => phrase.split(' '));

/** Text already in the form `words` leaves: lowercase letters, digits, apostrophes, braces and spaces. */
const PLAIN = /^[a-z0-9' {}\s]*$/;

export function words(text: string): string[] {
  const lower = text.toLowerCase();
  // Samples, product names and most typed lines are plain once lowercased: each replacement below would leave them as they are.
  const plain = PLAIN.test(lower) ? lower : lower
    .replace(/[’‘`]/g, "'")
    .replace(/&/g, ' and ')
    .replace(/%/g, ' percent ')
    .replace(/(\d),(\d)/g, '$1$2')
    .replace(/[^a-z0-9' {}]+/g, ' ');
  return plain
    .split(/\s+/)
    .map((word) => (word.startsWith("'") || word.endsWith("'") ? word.replace(/^'+|'+$/g, '') : word))
    .filter((word) => word !== '')
    // A map, not an object: "constructor" is a word, not Object's constructor.
    .map((word) => SPELLINGS.get(word) ?? word);
}

/** Words a shopper says twice when they stumble ("add add eggs", "the the milk"): once is what they meant. */
const STUMBLED_VERBS: ReadonlySet<string> = new Set(['add', 'put', 'get', 'need', 'want', 'remove', 'take', 'like']);
const HEDGED_AFTER: ReadonlySet<string> = new Set(['need', 'needs', 'want', 'get', 'buy', 'grab', 'add', 'some', 'also', 'and']);

/**
 * "You know", a hedging "like" and a stumble carry nothing; "do you know" asks something, so it stays. A product
 * word said twice ("mahi mahi") is left for the resolver.
 */
function withoutStumbles(list: readonly string[]): string[] {
  return list.filter((word, at) => {
    if (word === list[at - 1] && (FUNCTION_WORDS.has(word) || STUMBLED_VERBS.has(word))) return false;
    // "we need like bread": a hedge, where "i'd like" and "would like" are the request itself.
    if (word === 'like' && HEDGED_AFTER.has(list[at - 1] ?? '')) return false;
    const youKnow = (word === 'you' && list[at + 1] === 'know') || (word === 'know' && list[at - 1] === 'you');
    const start = word === 'you' ? at : at - 1;
    return !(youKnow && !['do', 'did', "don't"].includes(list[start - 1] ?? ''));
  });
}

/** Words that make a question the shopper asks the listener, not themselves: "what do you have". */
const ASKING_THE_LISTENER: ReadonlySet<string> = new Set(['you', 'your', "you've", "you're"]);

/**
 * The request without a question the shopper asks themselves on the way to it, between commas:
 * "now what else do I need, um, a bunch of celery" and "I need, oh what is it, yogurt" ask for the
 * celery and the yogurt. A question asked of the listener, or said last, is the request.
 */
export function withoutThinkingAloud(text: string): string {
  const pieces = withoutSelfQuestions(withoutAsides(text)).split(',');
  // "What have I got now, dear": talk at the end ("dear", "thanks") says nothing after the question.
  const saysSomething = (piece: string): boolean =>
    withoutStumbles(words(piece).filter((word) => !FILLER.has(word) && !TRAILING.has(word))).some((word) => !FUNCTION_WORDS.has(word));
  const kept = pieces.filter((piece, at) => {
    const said = words(piece).filter((word) => !FILLER.has(word) && !LEADING.has(word));
    const asksThemselves = (said[0] === 'what' || said[0] === "what's") && !said.some((word) => ASKING_THE_LISTENER.has(word));
    return !(asksThemselves && pieces.slice(at + 1).some(saysSomething));
  });
  return withoutTheScene(kept).join(',');
}

const talk = talkFor();
/** The words a clause about the shopper's day starts with: "I'm shopping for my dad", "she called", "it's Dorothy". */
const SCENE_SUBJECTS: ReadonlySet<string> = new Set([...talk.habits.subjects, ...talk.reasonSubjects, "i'm", "we're", "he's", "she's", "they're", "it's", 'this']);
/** The words of a greeting said alone before the request: "good morning dear", "hello there". */
const GREETING_WORDS: ReadonlySet<string> = new Set([...LEADING, ...TRAILING, ...LEADING_PHRASES.flat(), 'there']);
/** Words that ask for something (a thing, a list, the cart), or say it has run out: a piece with one of them is a request, never the scene. */
const ASKING: ReadonlySet<string> = new Set([...talk.commands, ...talk.runningOut, ...STUMBLED_VERBS, 'get', 'buy', 'order', 'list', 'cart', 'basket', 'usual']);

/**
 * "I'm shopping for my dad, he needs eggs and bread": the pieces before the one that asks, each a
 * clause about someone (it starts with who) asking for nothing, only set the scene. A piece that
 * names things ("milk, eggs, and she wants bananas") starts with no one, and stays.
 */
function withoutTheScene(pieces: readonly string[]): readonly string[] {
  const said = pieces.map((piece) => words(piece).filter((word) => !FILLER.has(word) && !LEADING.has(word)));
  const asking = said.findIndex((piece) => piece.some((word) => ASKING.has(word)));
  const scene = said.slice(0, Math.max(asking, 0)).filter((piece) => piece.length > 0);
  const greets = (piece: readonly string[]): boolean => piece.every((word) => GREETING_WORDS.has(word));
  return asking > 0 && scene.length > 0 && scene.every((piece) => SCENE_SUBJECTS.has(piece[0] ?? '') || greets(piece)) ? pieces.slice(asking) : pieces;
}

/** The words of a question shoppers ask themselves mid-list: "what else", "what was it", "what do I need". */
const SELF_QUESTION: ReadonlySet<string> = new Set(['else', 'was', 'is', 'it', 'do', 'did', 'i', 'we', 'need', 'want', 'am', 'forgetting', 'missing', 'other', 'thing', 'called', 'oh']);

/**
 * "Butter and eggs and oh what else some vanilla", heard with no pause: a short question the
 * shopper asks themselves between things named goes, with the filler before it; the things stay.
 */
function withoutSelfQuestions(text: string): string {
  const said = text.split(/\s+/);
  const plain = said.map((word) => words(word).join(' '));
  for (let at = 1; at < said.length; at++) {
    if (plain[at] !== 'what') continue;
    let end = at + 1;
    while (end < said.length && SELF_QUESTION.has(plain[end] ?? '') && !(said[end - 1] ?? '').endsWith(',')) end++;
    // A question with nothing after it, or with nothing of its own ("what", "what is"), is no aside.
    if (end === at + 1 || end >= said.length || !['else', 'it', 'need', 'forgetting', 'missing', 'called'].includes(plain[end - 1] ?? '')) continue;
    let start = at;
    while (start > 1 && (FILLER.has(plain[start - 1] ?? '') || LEADING.has(plain[start - 1] ?? ''))) start--;
    return withoutSelfQuestions([...said.slice(0, start), ...said.slice(end)].join(' '));
  }
  return text;
}

/** `words` without filler; if nothing but filler was said, the words themselves. */
export function meaningfulWords(text: string): string[] {
  const all = words(text);
  let kept = withoutStumbles(all.filter((word) => !FILLER.has(word)));
  // The end first: "good morning dear" is a greeting, not "dear" with the greeting left out.
  for (let dropped = true; dropped; ) {
    const phrase = TRAILING_PHRASES.find((words) => kept.length > words.length && words.every((word, at) => kept[kept.length - words.length + at] === word));
    dropped = phrase !== undefined || (kept.length > 1 && TRAILING.has(kept.at(-1) ?? ''));
    const rest = kept.slice(0, kept.length - (phrase?.length ?? 1));
    // "Okay, thanks": what would be left is only a word said before a request, so the thanks is the request.
    if (dropped && rest.every((word) => LEADING.has(word))) break;
    if (dropped) kept = rest;
  }
  for (let dropped = true; dropped; ) {
    const phrase = LEADING_PHRASES.find((words) => kept.length > words.length && words.every((word, at) => kept[at] === word));
    dropped = phrase !== undefined || (kept.length > 1 && LEADING.has(kept[0] ?? '')) || countsOff(kept);
    if (dropped) kept = kept.slice(phrase?.length ?? 1);
  }
  return kept.length > 0 ? kept : all;
}

/**
 * "First, the zucchini", "next I need eggs": a word counting off a list before the words that begin
 * a request or a thing, with more said after them. Before anything else it is the request's own
 * word: "first one" picks an option, "first aid cream" is a name.
 */
function countsOff(said: readonly string[]): boolean {
  const next = said[1] ?? '';
  return said.length > 2 && COUNTING_OFF.has(said[0] ?? '') && (FUNCTION_WORDS.has(next) || STUMBLED_VERBS.has(next)) && !POINTING_WORDS.has(said[2] ?? '');
}

/**
 * Words that shape a sentence more than they carry its meaning. Matching them counts for less,
 * and missing or extra ones cost less, so "add milk to the list" meets "add milk to my list".
 */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'my', 'our', 'your', 'this', 'that', 'these', 'those', 'to', 'on', 'in', 'into', 'onto', 'of',
  'for', 'from', 'with', 'at', 'it', 'is', 'are', 'be', 'i', 'we', 'you', 'me', 'us', 'some', 'any', 'and', 'or',
  'can', 'could', 'would', 'will', 'do', 'does', 'did', 'have', 'has', 'just', 'also', 'now', 'up', 'all', 'there',
  'should', 'may', 'might', 'right', 'today', 'please', 'then',
  "i'm", "i'd", "we're", "it's", "that's", 'was', 'were', 'am', 'so', 'too', 'very', 'really', 'actually',
]);

/** Words that only point at something already mentioned: "add this", "remove that item". */
export const POINTING_WORDS: ReadonlySet<string> = new Set([
  'this', 'that', 'it', 'these', 'those', 'them', 'they', 'item', 'items', 'one', 'ones', 'thing', 'things', 'something',
  'stuff', 'an', 'a', 'the', 'extra', 'another', 'new', 'other', 'product', 'products', 'entry',
]);

/** Whether a phrase only points at something already mentioned, naming nothing: "that", "that one". */
export function onlyPoints(phrase: string): boolean {
  return words(phrase).every((word) => POINTING_WORDS.has(word));
}

/** Leading words that are not part of a product's name: "some milk", "more of the eggs", "is there milk". */
export const DETERMINERS: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'some', 'any', 'more', 'my', 'our', 'your', 'of', 'few', 'couple', 'extra', 'additional', 'me', 'us', 'item', 'there',
]);
