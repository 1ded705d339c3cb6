import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Product } from '../../src/catalog/product.ts';
import { lineFor } from '../../src/cart/requests.ts';
import { emptyShopperState, type ShopperState } from '../../src/shopper/state.ts';
import { startTestSkill, storeState, type TestSkill } from '../support/skill.ts';

/**
 * Questions never change the cart. Over generated question-form and vague utterances — templates of
 * our own crossed with the catalog's products, drawn with a fixed seed — said to the skill as
 * `voicecart chat` says them (the local NLU, then the skill, through real envelopes), the stored
 * cart and lists are the same after as before. Each utterance is said by its own shopper, who has a
 * cart and a list, either right after opening the skill or right after adding something (so "remove"
 * has a product just added to take).
 */

/** Questions about a product: answered, never acted on. `{p}` is the product as a shopper says it. */
const ABOUT_A_PRODUCT = [
  'do i have {p}', 'do i have any {p}', 'do we have {p}', 'do we still have {p}', 'is there {p} in my cart', 'is there any {p} in my cart',
  'are there {p} in my cart', 'did i add {p}', 'did i already add {p}', 'have i got {p}', 'have i added {p}', 'is {p} in my cart',
  'is {p} on my list', 'did i put {p} on my list', 'did i remember the {p}', 'how much is {p}', 'how much are the {p}',
  'how much does {p} cost', 'what does {p} cost', "what's the price of {p}", 'do you have {p}', 'do you sell {p}', 'do you carry {p}',
  'is {p} available', 'are {p} in stock', 'how many {p} do i have', 'how many {p} are in my cart', 'which {p} did i add',
  'what brand is the {p}', 'do i need {p}', 'should i get {p}', 'is the {p} fresh',
] as const;

/** Questions and vague talk with no product: nothing to act on. */
const WITHOUT_A_PRODUCT = [
  'what was the last thing i put in', 'what did i add last', 'what did i just add', 'did that go in', "what's in my cart", 'what do i have',
  'how many items do i have', "what's my total", 'how much is my cart', 'how much will it cost', 'is that everything', "what have i put on it so far",
  'remove', 'take something off', 'take one off', 'remove an item', 'delete something', 'take that off', 'remove it', 'change it',
  'change the quantity', 'um', 'hmm let me think', "i'm not sure", 'maybe', 'wait', 'hold on', 'never mind', "i don't know",
  'something for dinner', 'what else do you have', 'what can you do', 'what do you sell', 'is it on sale', 'what was that',
] as const;

const SEED = 11_2026;
const PRODUCTS_PER_TEMPLATE = 32;

/** How shoppers say a product: its first synonym, else its name, lower-cased. */
function spokenName(product: Product): string {
  return (product.synonyms?.[0] ?? product.name).toLowerCase();
}

interface Case {
  template: string;
  text: string;
  afterAdd: boolean;
}

function cases(products: readonly Product[]): Case[] {
  const spoken = fc.constantFrom(...products.map(spokenName));
  const out: Case[] = [];
  ABOUT_A_PRODUCT.forEach((template, i) => {
    const names = fc.sample(spoken, { seed: SEED + i, numRuns: PRODUCTS_PER_TEMPLATE });
    names.forEach((name, j) => out.push({ template, text: template.replace('{p}', name), afterAdd: j % 2 === 1 }));
  });
  for (const template of WITHOUT_A_PRODUCT) {
    out.push({ template, text: template, afterAdd: false });
    out.push({ template, text: template, afterAdd: true });
  }
  return out;
}

let t: TestSkill;
let start: ShopperState;
let all: Case[];
/** Each case's outcome: whether the stored cart and lists changed, and what the skill heard and said. */
const outcomes = new Map<Case, { changed: boolean; heard: string; said: string }>();

beforeAll(async () => {
  t = await startTestSkill();
  const { catalog } = t.services;
  const byName = (name: string): Product => {
    const product = catalog.products.find((p) => p.name === name);
    if (product === undefined) throw new Error(`no ${name} in the demo catalog`);
    return product;
  };
  start = {
    ...emptyShopperState(),
    cart: [lineFor(byName('Whole Milk'), 1, null), lineFor(byName('Bananas'), 2, 'pound'), lineFor(byName('Large White Eggs'), 1, null)],
    lists: { party: [lineFor(byName('Medium Chunky Salsa'), 1, null)] },
  };
  all = cases(catalog.products);
  let n = 0;
  for (const c of all) {
    const userId = `asker-${n++}`;
    await storeState(t.store, userId, start);
    const shopper = t.shopper({ userId });
    await shopper.launch();
    if (c.afterAdd) await shopper.intent('AddItemIntent', { product: 'sourdough bread' });
    const before = await t.stateOf(userId);
    const exchange = await shopper.say(c.text);
    const after = await t.stateOf(userId);
    const changed = JSON.stringify([before.cart, before.lists]) !== JSON.stringify([after.cart, after.lists]);
    outcomes.set(c, { changed, heard: `${exchange.intent} ${JSON.stringify(exchange.slots)}`, said: exchange.say });
  }
}, 600_000);

afterAll(async () => {
  await t.close();
});

describe('questions never change the cart', () => {
  it('over more than a thousand generated questions and vague requests', () => {
    expect(all.length).toBeGreaterThanOrEqual(1000);
    const changedCarts = all.filter((c) => outcomes.get(c)?.changed === true);
    const report = changedCarts.map((c) => `${c.afterAdd ? '(after an add) ' : ''}"${c.text}" → ${outcomes.get(c)?.heard}: ${outcomes.get(c)?.said}`);
    expect(report, `${report.length} of ${all.length} changed the cart:\n${report.join('\n')}`).toEqual([]);
  });
});
