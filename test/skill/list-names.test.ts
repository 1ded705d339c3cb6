import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emptyShopperState, type Line } from '../../src/shopper/state.ts';
import { startTestSkill, storeState, type TestSkill } from '../support/skill.ts';

let t: TestSkill;
beforeEach(async () => {
  t = await startTestSkill();
});
afterEach(async () => {
  await t.close();
});

const line = (productId: string, name: string, quantity = 1): Line => ({ productId, name, quantity, unit: null });

describe("a caregiver keeping dad's list, said a different way each time", () => {
  it('keeps one list whether it is "dad\'s list", "dads list" or "the dad list"', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say("add whole milk to dad's list");
    await shopper.say('add bananas to dads list');
    await shopper.say('add sourdough bread to the dad list');
    expect(Object.keys((await t.stateOf()).lists)).toEqual(["dad's"]);
    const read = await shopper.say("read dad's list");
    expect(read.say).toMatch(/^You have three items on your dad's list: /);
    expect((await shopper.say('remove the bananas from dads list')).say).toBe('Removed Bananas from your dads list.');
    expect((await t.stateOf()).lists["dad's"]?.map((l) => l.name)).toEqual(['Whole Milk', 'Sourdough Loaf']);
  });

  it('keeps one list whether the shopper says "mom", "mother" or "mum"', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('start a list called mom');
    await shopper.say("put eggs on my mother's list");
    await shopper.say('add butter to the mum list');
    expect(Object.keys((await t.stateOf()).lists)).toEqual(['mom']);
    expect((await shopper.say("what's on mother's list")).say).toMatch(/^You have two items on your mother's list: /);
  });

  it('merges lists stored apart before, with no item lost, the first time the lists change', async () => {
    const state = emptyShopperState();
    await storeState(t.store, 'shopper-1', {
        ...state,
        lists: {
          "dad's": [line('p0034', 'Whole Milk')],
          dads: [line('p0034', 'Whole Milk'), line('p0001', 'Bananas', 2)],
          party: [line('p0240', 'Salsa')],
        },
    });
    const shopper = t.shopper();
    await shopper.launch();
    expect((await shopper.say('what lists do I have')).say).toMatch(/^Besides your cart, you have your dad's list and your party list\./);
    expect((await shopper.say('read the dad list')).say).toMatch(/^You have two items on your dad list: two Whole Milk and two Bananas\./);
    await shopper.say('add eggs to dads list');
    const { lists } = await t.stateOf();
    expect(Object.keys(lists)).toEqual(["dad's", 'party']);
    expect(lists["dad's"]?.map((l) => `${l.quantity} ${l.name}`)).toEqual(['2 Whole Milk', '2 Bananas', expect.stringMatching(/Eggs/)]);
  });
});

describe('renaming a list', () => {
  it('"rename dads list to grandpa" keeps every item under the new name, and the old name is gone', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.intent('AddItemIntent', { product: 'whole milk', list: "dad's" });
    await shopper.intent('AddItemIntent', { product: 'bananas', list: 'dads' });
    const renamed = await shopper.intent('RenameShortcutIntent', { list: 'dads', newName: 'grandpa' });
    expect(renamed.say).toBe("Done. Your dad's list is now called grandpa.");
    const { lists } = await t.stateOf();
    expect(Object.keys(lists)).toEqual(['grandpa']);
    expect(lists.grandpa?.map((l) => l.name)).toEqual(['Whole Milk', 'Bananas']);
  });

  it('renaming the list being filled keeps filling it under its new name', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.intent('CreateListIntent', { list: 'cookout' });
    await shopper.intent('AddItemIntent', { product: 'whole milk' });
    await shopper.intent('RenameShortcutIntent', { list: 'cookout', newName: 'labor day' });
    const read = await shopper.intent('ReadCartIntent');
    expect(read.say).toMatch(/^You have one item on your labor day list: Whole Milk\./);
    await shopper.intent('AddItemIntent', { product: 'bananas' });
    const { lists, cart } = await t.stateOf();
    expect(lists['labor day']?.map((l) => l.name)).toEqual(['Whole Milk', 'Bananas']);
    expect(cart).toEqual([]);
  });

  it('a new name that is already another list is refused, and both lists stay as they were', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.intent('AddItemIntent', { product: 'whole milk', list: 'party' });
    await shopper.intent('AddItemIntent', { product: 'bananas', list: 'picnic' });
    const before = await t.stateOf();
    expect((await shopper.intent('RenameShortcutIntent', { list: 'party', newName: 'picnic' })).say).toBe(
      'You already have a list called picnic. Say a different name, or add to your picnic list.',
    );
    expect(await t.stateOf()).toEqual(before);
  });
});

describe('the shopper\'s own cart, named while another list is being filled', () => {
  it('"what\'s in my own cart" reads the cart, not a list called "own cart"', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add whole milk');
    await shopper.say('make a list for my sister');
    await shopper.say('put rice on her list');
    const read = await shopper.intent('ReadCartIntent', { list: 'own cart' });
    expect(read.say).toBe('You have one item in your cart: Whole Milk. That\'s everything.');
  });
});
