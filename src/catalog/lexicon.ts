import { talkFor } from '../language/talk.ts';
import { numbersToDigits, stem } from './normalise.ts';

/**
 * Everyday grocery vocabulary that spelling and sound cannot discover: the words shoppers use for
 * a kind of product that store names call differently. Every entry is general shop-floor language.
 * The first word of a group is linked both ways with each of the others, the others not with each
 * other: "meat" may be beef or turkey, but turkey is never chicken.
 */
const RELATED: readonly (readonly string[])[] = [
  ['soda', 'cola', 'pop'],
  ['coke', 'cola'],
  ['veggie', 'vegetable'],
  ['yoghurt', 'yogurt'],
  ['donut', 'doughnut'],
  ['mac', 'macaroni'],
  ['catsup', 'ketchup'],
  ['hamburger', 'ground beef'],
  ['crisp', 'chip'],
  ['biscuit', 'cookie'],
  ['nappy', 'diaper'],
  ['garbanzo', 'chickpea'],
  ['coriander', 'cilantro'],
  ['scallion', 'green onion'],
  ['courgette', 'zucchini'],
  ['aubergine', 'eggplant'],
  ['capsicum', 'bell pepper'],
  ['seltzer', 'sparkling water'],
  ['frank', 'hot dog', 'wiener', 'frankfurter'],
  ['kleenex', 'facial tissue'],
  ['qtip', 'cotton swab'],
  ['lip balm', 'chapstick'],
  ['bandage', 'band aid'],
  ['cat litter', 'kitty litter'],
  ['toilet paper', 'bath tissue', 'bathroom tissue'],
  ['oj', 'orange juice'],
  ['meat', 'beef', 'pork', 'chicken', 'turkey'],
  ['drink', 'beverage'],
  ['diet', 'zero', 'sugar free'],
  ['smoothie', 'shake'],
  ['pasta', 'spaghetti', 'penne', 'noodle'],
  ['soda', 'soft drink'],
  ['sweetener', 'sugar substitute'],
  ['detergent', 'laundry soap'],
  ['dish soap', 'dishwashing liquid'],
  ['red', 'purple'],
  ['sparkling water', 'fizzy water', 'bubbly water'],
  ['russet potato', 'baking potato'],
  ['powdered sugar', 'confectioners sugar', 'icing sugar'],
  ['arugula', 'rocket'],
  ['plastic wrap', 'cling wrap', 'saran wrap', 'cling film'],
  ['aluminum foil', 'tin foil', 'aluminium foil'],
  ['shrimp', 'prawn'],
  ['green onion', 'spring onion'],
  ['plain', 'original', 'unflavored'],
  ['skim', 'fat free', 'nonfat'],
];

/**
 * Words a speech recogniser writes for a grocery word that sounds the same: everyday English words
 * in place of food words ("flower" for flour, "time" for thyme), and a few food words it is known to
 * hear as ordinary phrases ("catch up" for ketchup). Each word of a set may stand for the others;
 * a phrase is met as its words run together. Hand-written from general knowledge of spoken English.
 */
export const SOUND_ALIKE_SETS: readonly (readonly string[])[] = [
  ['flour', 'flower'],
  ['pear', 'pair', 'pare'],
  ['tea', 'tee'],
  ['whole', 'hole'],
  ['thyme', 'time'],
  ['leek', 'leak'],
  ['beet', 'beat'],
  ['currant', 'current'],
  ['chili', 'chilly', 'chile'],
  ['cereal', 'serial'],
  ['mustard', 'mustered'],
  ['mussel', 'muscle'],
  ['chard', 'charred'],
  ['naan', 'non', 'nan'],
  ['roll', 'role'],
  ['bun', 'bunn'],
  ['dough', 'doe'],
  ['bread', 'bred'],
  ['steak', 'stake'],
  ['sole', 'soul'],
  ['berry', 'bury'],
  ['carrot', 'karat', 'carat'],
  ['mousse', 'moose'],
  ['plum', 'plumb'],
  ['rye', 'wry'],
  ['pea', 'pee'],
  ['roe', 'row'],
  ['lox', 'locks'],
  ['mince', 'mints'],
  ['maize', 'maze'],
  ['kernel', 'colonel'],
  ['sundae', 'sunday'],
  ['sweet', 'suite'],
  ['brie', 'bree'],
  ['wine', 'whine'],
  ['ale', 'ail'],
  ['jam', 'jamb'],
  ['herb', 'herbe'],
  ['cloves', 'close'],
  ['chews', 'choose'],
  ['ketchup', 'catch up'],
  ['lettuce', 'let us'],
  ['quinoa', 'keen wa', 'keen wah'],
  ['hummus', 'who miss'],
  ['cinnamon', 'cinema'],
  ['gyro', 'hero'],
  ['pita', 'peter'],
  ['salmon', 'sam in'],
  ['granola', 'gran ola'],
  ['jalapeno', 'halapeno'],
];

/**
 * Things shoppers ask for by their everyday name, which a recogniser hears right and some stores
 * simply don't carry: when the catalog has no such word, the store doesn't sell it, and a
 * sound-alike ("beer" → Gummy Bears, "wine" → vine tomatoes) would be a wrong guess. Stemmed.
 */
export const HEARD_AS_SAID: ReadonlySet<string> = new Set([
  'beer', 'wine', 'vodka', 'whiskey', 'rum', 'gin', 'tequila', 'liquor', 'champagne', 'cigarette', 'cigar', 'tobacco',
  'lottery', 'propane', 'gasoline', 'firewood', 'stamp',
]);

/** Words that make a product another kind than the plain one: non-dairy, gluten-free, decaf, diet. */
export const VARIANT_WORDS: readonly string[] = ['non', 'free', 'decaf', 'decaffeinated', 'diet', 'baking'];

/** Casual words that say little about which product is meant ("a few of those nice little plums"). */
export const CASUAL_WORDS: ReadonlySet<string> = new Set([...talkFor().casual, ...talkFor().plenty].map(stem));

/**
 * Words that say what the shopper likes about a product ("the plain kind", "extra crispy"): they
 * count where a product of the kind prints them, and cost little where none does.
 */
export const DESCRIBING_WORDS: ReadonlySet<string> = new Set(talkFor().describing.map(stem));

/** Words that start a part of the request after the thing asked for: "for the school picnic", "that come peeled". */
export const CLAUSE_WORDS: ReadonlySet<string> = new Set(talkFor().clauseWords);

/** Words that point at one of a kind rather than describe it ("the crunchy one", "the low fat kind"); "one" as words() writes it too. */
export const ONE_OF_A_KIND: ReadonlySet<string> = new Set(['1', 'one', 'ones', 'kind', 'type', 'sort', 'variety']);

/**
 * The words a request takes back the item said before them with ("apples, no wait, pears"), with
 * the pauses a recogniser writes inside them; longest first, so "no i mean" is found whole.
 */
export const SELF_REPAIR = new RegExp(
  `(?<![a-z'])(?:${[...talkFor().selfRepairs]
    .sort((a, b) => b.length - a.length)
    .map((said) => said.split(' ').join('[\\s,.!]+'))
    .join('|')})(?![a-z'])`,
  'gi',
);

/**
 * Store sections an amount points to: cilantro by the bunch is fresh, mussels by the pound come from
 * the counter, four white onions are loose produce. Words are matched against category words.
 */
export interface Sections {
  readonly within: readonly string[];
  /** Sections that hold the same things, but not sold this way: bunches and pieces are never frozen or canned. */
  readonly not: readonly string[];
}

const LOOSE = ['frozen', 'canned', 'dried', 'snack', 'cracker', 'chip'];

export const SECTIONS_BY_UNIT: ReadonlyMap<string, Sections> = new Map([
  ['bunch', { within: ['produce', 'herb', 'vegetable', 'fruit'], not: LOOSE }],
  ['head', { within: ['produce', 'vegetable'], not: LOOSE }],
  ['ear', { within: ['produce', 'vegetable'], not: LOOSE }],
  ['stalk', { within: ['produce', 'vegetable'], not: LOOSE }],
  ['clove', { within: ['produce', 'vegetable'], not: LOOSE }],
  ['pound', { within: ['produce', 'vegetable', 'fruit', 'meat', 'seafood', 'deli', 'poultry'], not: LOOSE }],
  ['dozen', { within: ['egg', 'bakery'], not: [] }],
  /** A can (or tin) of tomatoes is the canned kind, never the fresh ones weighed in produce. */
  ['can', { within: ['canned'], not: [] }],
  /** A bare count ("three bananas") is bought by the piece. */
  ['piece', { within: ['produce', 'vegetable', 'fruit', 'bakery'], not: LOOSE }],
]);

/**
 * Words that name the pack or the form, not the product, when they end a request: "tea bags"
 * are tea, "pancake mix" is for pancakes.
 */
export const PACKAGING_WORDS: ReadonlySet<string> = new Set([
  'box', 'bag', 'pack', 'package', 'bottle', 'can', 'jar', 'carton', 'tub', 'tube', 'container', 'packet', 'pouch', 'case',
  'mix', 'blend', 'kit', 'variety', 'assortment',
]);

/**
 * Kinds a thing is said to be after its own name ("tuna fish", "chicken meat"): each kind word with
 * the things it is said of. Only for reading such a pair as the thing; a haddock is never matched
 * as any fish, as the related words above would.
 */
const KINDS: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  [
    ['meat', 'beef', 'pork', 'chicken', 'turkey', 'lamb', 'veal', 'venison'],
    ['fish', 'tuna', 'salmon', 'cod', 'tilapia', 'trout', 'halibut', 'haddock', 'pollock', 'catfish', 'swordfish', 'mackerel', 'sardine'],
  ].map(([kind = '', ...things]) => [stem(kind), new Set(things.map(stem))] as const),
);

/** Whether `word` says what kind of thing the word said `before` it is ("fish" after "tuna"); both stemmed. */
export function saysKindOf(word: string, before: string): boolean {
  return KINDS.get(word)?.has(before) === true;
}

/**
 * Words that are a shorter way to say a thing named in several words ("oj" of orange juice, "qtip"
 * of cotton swab), stemmed, with the words of each thing they are said for.
 */
export function shortForms(): ReadonlyMap<string, readonly (readonly string[])[]> {
  const forms = new Map<string, string[][]>();
  for (const group of RELATED) {
    const phrases = group.filter((said) => said.includes(' ')).map((said) => numbersToDigits(said.split(' ')).map(stem));
    for (const said of group.filter((word) => !word.includes(' '))) if (phrases.length > 0) forms.set(stem(said), [...(forms.get(stem(said)) ?? []), ...phrases]);
  }
  return forms;
}

/**
 * Each member of a group, written as one word ("toilet paper" → toiletpaper, which a request's
 * merged neighbours can meet), mapped to the stemmed words of the members it is linked with.
 */
export function relatedWords(): ReadonlyMap<string, readonly string[]> {
  const related = new Map<string, string[]>();
  const link = (from: string, to: string): void => {
    const key = stem(from.replace(/ /g, ''));
    const targets = related.get(key) ?? [];
    for (const word of numbersToDigits(to.split(' ')).map(stem)) if (!targets.includes(word)) targets.push(word);
    related.set(key, targets);
  };
  for (const [general, ...others] of RELATED) {
    if (general === undefined) continue;
    for (const other of others) {
      link(general, other);
      link(other, general);
    }
  }
  return related;
}
