import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestSkill, type TestSkill } from '../support/skill.ts';

/**
 * An eleventh round of conversations played as shoppers: things named bare with an amount on the
 * last, a thing named with the kind it is. Each once lost an item or added one nobody asked for.
 */

let t: TestSkill;
beforeEach(async () => {
  t = await startTestSkill();
});
afterEach(async () => {
  await t.close();
});

describe('things named bare, the last with an amount', () => {
  it('"oranges and a bag of rice" at the welcome adds both, the oranges never lost', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    const added = await shopper.say('oranges and a bag of rice');
    expect(added.say).toMatch(/Navel Oranges/);
    const lines = await t.cartLines();
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/Navel Oranges/);
    expect(lines[1]).toMatch(/^1 bag .*Rice/);
  });
});

describe('a thing named with the kind it is', () => {
  it('"a can of tuna fish" is one can of tuna, never a tuna and a cod', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('put a can of tuna fish on there');
    expect(await t.cartLines()).toEqual(['1 can Chunk Light Tuna in Water']);
  });
});

describe('a size the product does not come in', () => {
  it('"a quart of orange juice" of a 52-ounce carton is asked about, never said back as a quart', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    const asked = await shopper.say('grab a quart of orange juice');
    expect(asked.say).toBe("The Pulp Free Orange Juice comes in a 52 fluid ounce size, so I can't add a quart. Should I add one of those?");
    expect(await t.cartLines()).toEqual([]);
    await shopper.say('yes');
    expect(await t.cartLines()).toEqual(['1 Pulp Free Orange Juice']);
  });

  it('"a gallon of chocolate milk" of half-gallon cartons is two cartons, priced as two', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    const added = await shopper.say('add a gallon of chocolate milk');
    expect(added.say).not.toMatch(/a gallon of Chocolate Milk/);
    expect(await t.cartLines()).toEqual(['2 Chocolate Milk']);
  });

  it('"a half gallon of milk" is a half-gallon milk of the same kind, never the gallon jug said to be half', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    const added = await shopper.say('add a half gallon of milk');
    expect(added.say).toBe('Added a half gallon of Organic Grassfed Whole Milk to your cart.');
  });

  it('"make that a quart" of a gallon jug changes nothing and says how it is sold', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add a gallon of milk');
    const told = await shopper.say('make that a quart');
    expect(told.say).toMatch(/comes in a 1 gallon size/);
    expect(await t.cartLines()).toEqual(['1 gallon Whole Milk']);
  });

  it('"one more milk" after a gallon of milk is the same line, now two gallons', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add a gallon of milk');
    const added = await shopper.say('and one more milk please');
    expect(added.say).toMatch(/That makes two gallons of Whole Milk/);
    expect(await t.cartLines()).toEqual(['2 gallon Whole Milk']);
  });
});

describe('a kind of what was just added, said as "the … one"', () => {
  it('"the banana one" just after chocolate milk, no banana milk sold, says so and adds no bananas', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add chocolate milk');
    const told = await shopper.intent('ChooseOptionIntent', { product: 'banana' });
    expect(told.say).toMatch(/^I couldn't find a banana one at Corner Grocer, so Chocolate Milk stays in your cart\./);
    expect(await t.cartLines()).toEqual(['1 Chocolate Milk']);
  });
});
