import { describe, expect, it } from 'vitest';
import { INTENTS } from '../../src/intents/registry.ts';
import { ScopeJudge } from '../../src/intents/scope.ts';
import { catalogOf } from '../../src/catalog/product.ts';
import { demoCatalog } from '../support/skill.ts';

/** The skill's judgment of what is shopping, from an intent and its slots as Alexa fills them. */
const scope = new ScopeJudge(INTENTS, demoCatalog().catalog);

describe('what is shopping', () => {
  it.each([
    ['AddItemIntent', { product: 'oat milk', list: 'grocery' }],
    ['AddItemIntent', { product: 'rye bread from the bakery' }],
    ['AddItemIntent', { product: 'pencils', list: 'school supplies' }],
    ['AddItemIntent', { product: 'a garden rake' }],
    ['RemoveItemIntent', { product: 'books' }],
    ['RemoveItemIntent', { product: 'hair clips', list: 'wish' }],
    ['AddItemIntent', { product: 'party napkins' }],
    ['AddItemIntent', { product: 'frozen pizza' }],
    // A chain's name the store sells goods under, and a container word before "of".
    ['AddItemIntent', { product: 'eggs and the starbucks coffee' }],
    ['AddItemIntent', { product: 'a package of hot dogs' }],
    ['ReadCartIntent', { list: 'picnic' }],
    ['ClearCartIntent', {}],
    ['CheckoutIntent', {}],
  ])('%s %j is shopping', (intent, slots) => {
    expect(scope.judge(intent, slots)).toBe('shopping');
  });
});

describe('what is not', () => {
  it.each([
    // Other kinds of lists, named in the list slot or left at the end of the product.
    ['AddItemIntent', { product: 'call the plumber', list: 'to do' }],
    ['AddItemIntent', { product: 'mow the lawn to my chores list' }],
    ['RemoveItemIntent', { product: 'sam', list: 'contacts' }],
    ['ReadCartIntent', { list: 'calendar' }],
    ['CreateListIntent', { list: 'playlist' }],
    ['ClearCartIntent', { list: 'reading' }],
    // Things that are not goods, and things to do rather than to buy.
    ['AddItemIntent', { product: 'a dentist appointment' }],
    ['RemoveItemIntent', { product: 'the meeting on friday' }],
    ['AddItemIntent', { product: 'pay the phone bill' }],
    ['RemoveItemIntent', { product: 'grocery shopping' }],
    ['AddItemIntent', { product: 'two tickets to the game' }],
    ['ReorderIntent', { product: 'my prescription' }],
    // Meals from restaurants.
    ['AddItemIntent', { product: 'a large pizza from dominos' }],
    ['AddItemIntent', { product: 'a latte from starbucks' }],
    ['AddItemIntent', { product: 'pick up the package' }],
    ['AddItemIntent', { product: 'noodles from the thai place' }],
    ['AddItemIntent', { product: 'takeout' }],
  ])('%s %j is not shopping', (intent, slots) => {
    expect(scope.judge(intent, slots)).toBe('not-shopping');
  });

  it('a word the store sells is goods, whatever else it may mean', () => {
    const partyStore = new ScopeJudge(INTENTS, catalogOf([{ id: 'c1', name: 'Red Party Cups' }]));
    const dairy = new ScopeJudge(INTENTS, catalogOf([{ id: 'm1', name: 'Whole Milk' }]));
    expect(partyStore.judge('AddItemIntent', { product: 'party cups' })).toBe('shopping');
    expect(dairy.judge('AddItemIntent', { product: 'party cups' })).toBe('not-shopping');
    expect(dairy.judge('AddItemIntent', { product: 'milk' })).toBe('shopping');
  });
});
