import { stem } from './normalise.ts';

/**
 * Everyday grocery vocabulary that spelling and sound cannot discover: the words shoppers use for
 * a kind of product that store names call differently. Every entry is general shop-floor language.
 */
const RELATED: readonly (readonly string[])[] = [
  ['soda', 'cola', 'pop', 'soft drink'],
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
  ['kleenex', 'tissue'],
  ['qtip', 'cotton swab'],
  ['lip balm', 'chapstick'],
  ['bandage', 'band aid'],
  ['cat litter', 'kitty litter'],
  ['toilet paper', 'bath tissue', 'bathroom tissue'],
  ['oj', 'orange juice'],
  ['meat', 'beef', 'pork', 'chicken', 'turkey'],
  ['smoothie', 'shake'],
  ['pasta', 'spaghetti', 'penne', 'noodle'],
  ['sweetener', 'sugar substitute'],
  ['detergent', 'laundry soap'],
  ['dish soap', 'dishwashing liquid'],
];

/** Casual words that say little about which product is meant ("some of those little clementines"). */
export const CASUAL_WORDS: ReadonlySet<string> = new Set([
  'little', 'big', 'small', 'nice', 'good', 'usual', 'normal', 'favorite', 'favourite', 'kind', 'type', 'sort', 'brand',
  'stuff', 'thing', 'one', 'those', 'these', 'that', 'this', 'please', 'um', 'uh', 'like', 'just', 'really', 'store',
]);

/** Packaging words that name the pack, not the product, when they end a request ("juice boxes"). */
export const PACKAGING_WORDS: ReadonlySet<string> = new Set([
  'box', 'bag', 'pack', 'package', 'bottle', 'can', 'jar', 'carton', 'tub', 'tube', 'container', 'packet', 'pouch', 'case',
]);

/**
 * For each single word of a group, the stemmed words of every other member ("soda" → cola, pop,
 * soft, drink). Phrases that are only ever targets ("ground beef") lend their words.
 */
export function relatedWords(): ReadonlyMap<string, readonly string[]> {
  const related = new Map<string, string[]>();
  for (const group of RELATED) {
    for (const member of group) {
      if (member.includes(' ')) continue;
      const key = stem(member);
      const targets = related.get(key) ?? [];
      for (const other of group) {
        if (other === member) continue;
        for (const word of other.split(' ')) if (!targets.includes(stem(word))) targets.push(stem(word));
      }
      related.set(key, targets);
    }
  }
  return related;
}
