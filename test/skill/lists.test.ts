import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestSkill, type TestSkill } from '../support/skill.ts';

let t: TestSkill;
beforeEach(async () => {
  t = await startTestSkill();
});
afterEach(async () => {
  await t.close();
});

async function namesOn(list: 'cart' | string): Promise<string[] | undefined> {
  const state = await t.stateOf();
  return (list === 'cart' ? state.cart : state.lists[list])?.map((line) => line.name);
}

describe('named lists', () => {
  it('creates a party list, adds to it, reads it and removes from it, all apart from the cart', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add whole milk');

    expect((await shopper.say('create a party list')).say).toBe('I made your party list. To add to it, say, for example, add milk to my party list.');
    expect(await namesOn('party')).toEqual([]);
    expect((await shopper.say('add salsa to my party list')).say).toBe('Added Medium Chunky Salsa to your party list.');
    expect((await shopper.say('add two pounds of pears to my party list')).say).toBe('Added two pounds of Bartlett Pears to your party list.');
    expect(await namesOn('party')).toHaveLength(2);
    expect(await namesOn('cart')).toEqual(['Whole Milk']);

    const read = await shopper.say('read my party list');
    expect(read.say).toMatch(/^You have two items on your party list: Medium Chunky Salsa and two pounds of Bartlett Pears\. That's everything\.$/);
    const cart = await shopper.say("what's in my cart");
    expect(cart.say).toBe("You have one item in your cart: Whole Milk. That's everything.");

    expect((await shopper.say('remove the salsa from my party list')).say).toBe('Removed Medium Chunky Salsa from your party list.');
    expect(await namesOn('party')).toEqual(['Bartlett Pears']);
    expect((await shopper.say('remove the milk from my party list')).say).toBe("I don't see milk on your party list.");
    expect(await namesOn('cart')).toEqual(['Whole Milk']);
  });

  it('says so when a list is created twice or read before it exists', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    expect((await shopper.say('read my party list')).say).toBe("You don't have a list called party.");
    await shopper.say('create a party list');
    expect((await shopper.say('create a party list')).say).toBe('You already have a party list, with zero items.');
    expect(Object.keys((await t.stateOf()).lists)).toEqual(['party']);
  });

  it('asks before deleting a list: no keeps it, yes deletes it, and undo brings it back', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add salsa to my party list');
    const asked = await shopper.say('delete my party list');
    expect(asked.say).toBe('Should I delete your party list? It has one item.');
    expect(asked.reprompt).toBe('Should I delete your party list? Say yes or no.');
    expect((await shopper.say('no')).say).toBe('Okay, I left it as it was.');
    expect(await namesOn('party')).toEqual(['Medium Chunky Salsa']);

    await shopper.say('delete my party list');
    expect((await shopper.say('yes')).say).toBe('Done. I deleted your party list. If that was a mistake, say undo.');
    expect((await t.stateOf()).lists).toEqual({});
    expect((await shopper.say('undo')).say).toBe('Okay, I took back deleting your party list.');
    expect(await namesOn('party')).toEqual(['Medium Chunky Salsa']);
  });

  it('"order my party list" asks, then puts the list into the cart on yes and keeps the list', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add salsa to my party list');
    await shopper.say('add cherry garcia to my party list');
    await shopper.say('add whole milk');

    const asked = await shopper.say('order my party list');
    expect(asked.say).toBe('Your party list has two items. Should I put them in your cart?');
    expect(await namesOn('cart')).toEqual(['Whole Milk']);
    const moved = await shopper.say('yes');
    expect(moved.say).toBe("Done. I put the two items from your party list into your cart. Say check out when you're ready.");
    expect(await namesOn('cart')).toEqual(['Whole Milk', 'Medium Chunky Salsa', 'Cherry Garcia Ice Cream']);
    expect(await namesOn('party')).toEqual(['Medium Chunky Salsa', 'Cherry Garcia Ice Cream']);
    expect(t.ordersPlaced()).toBe(0);
  });

  it('a declined "order my party list" leaves the cart alone', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add salsa to my party list');
    expect((await shopper.say('order my party list')).say).toBe('Your party list has one item. Should I put it in your cart?');
    await shopper.say('no');
    expect((await t.stateOf()).cart).toEqual([]);
  });
});
