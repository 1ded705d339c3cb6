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

describe('a count said after the thing, bare or after an aside', () => {
  it('"the avocados, the ripe ones, four" is four avocados, never one nor none', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    // Heard as an amount for avocados not in the cart: four of them are offered, and go in on a yes.
    expect((await shopper.say('the avocados, the ripe ones, four')).say).toMatch(/Should I add four Hass Avocados\?$/);
    await shopper.say('yes');
    expect(await t.cartLines()).toEqual(['4 Hass Avocados']);
  });

  it('"some roma tomatoes, five, and a head of lettuce" counts the tomatoes and keeps the lettuce', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('some roma tomatoes, five, and a head of lettuce');
    expect(await t.cartLines()).toEqual(['5 each Roma Tomatoes', '1 head Iceberg Lettuce']);
  });

  it('"for limes and a box of tea" said first counts four limes, the tea asked about', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    const asked = await shopper.say('for limes and a box of tea');
    expect(asked.say).toMatch(/^Added the limes to your cart\. Which tea did you mean/);
    expect(await t.cartLines()).toEqual(['4 Limes']);
  });

  it('"sourdough, and bananas, six of them" gives the six to the bananas, not the bread', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    expect((await shopper.say('I need sourdough, and bananas, six of them')).say).toBe('Added Sourdough Loaf and six Bananas to your cart.');
  });
});

describe('"not the X", nothing named in its place', () => {
  it('"hold on, not the dish soap" takes the dish soap off, never adds another', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add dish soap and bananas');
    const removed = await shopper.say('hold on, not the dish soap');
    expect(removed.say).toMatch(/^Removed .*Dish.* from your cart\./);
    expect(await t.cartLines()).toEqual(['1 Bananas']);
  });

  it('"whoops, not the grapes" takes the grapes off; the talk before it is no product', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add grapes');
    await shopper.say('whoops, not the grapes');
    expect(await t.cartLines()).toEqual([]);
  });

  it('"not the grapes, the apples" still trades the grapes for apples', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add grapes');
    expect((await shopper.say('not the grapes, the apples')).say).toBe('Sorry about that. I replaced Red Seedless Grapes with Gala Apples.');
  });
});

describe('"no, keep it" to a question about taking something away', () => {
  it('to "should I cancel your order?" it keeps the order and takes back no earlier change', async () => {
    const shopper = t.shopper({ accessToken: t.linkAccount('customer-1') });
    await shopper.launch();
    await shopper.say('add whole milk and a dozen eggs');
    await shopper.say('take off the eggs');
    await shopper.say('check out');
    await shopper.say('yes');
    const asked = await shopper.say('cancel my order');
    expect(asked.say).toMatch(/^Should I cancel your order of Whole Milk,/);
    expect((await shopper.say('no, keep it')).say).toBe('Okay, your order stands.');
    expect(await t.cartLines()).toEqual([]);
  });
});

describe('adds the classifier took for something else', () => {
  it('"add a package of bacon" is shopping, though "package" is mostly said of deliveries', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    expect((await shopper.say('add a package of bacon')).say).toBe('Added a package of Original Bacon to your cart.');
  });

  it('"let me see now, I need some pairs" wants the pears, never asks about the cart', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    expect((await shopper.say('um hello, let me see now. I need some, uh, pairs')).say).toBe('Added Bartlett Pears to your cart.');
  });
});

describe('a pack named for how many it holds', () => {
  it('"a six pack of pepsi", sold in twelves, is asked about, never said back as a six pack', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    const asked = await shopper.say('add a six pack of pepsi');
    expect(asked.say).toMatch(/comes in packs of twelve, so I can't add just six\. Should I add one pack\?$/);
    expect(await t.cartLines()).toEqual([]);
  });

  it('"a six pack of gatorade", sold by the bottle, is six bottles', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    expect((await shopper.say('grab a six pack of gatorade')).say).toMatch(/^Added six .*Thirst Quenchers to your cart\.$/);
  });

  it('"a dozen gala apples", sold by the pound, is twelve apples, priced as twelve', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    expect((await shopper.say('add a dozen gala apples')).say).toBe('Added twelve Gala Apples to your cart.');
    expect(await t.cartLines()).toEqual(['12 each Gala Apples']);
  });

  it('"a dozen clementines" of a three-pound bag is asked about, never twelve bags', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    const asked = await shopper.say('grab a dozen clementines');
    expect(asked.say).toMatch(/^The Clementines come in 3 pound bags, so I can't add just twelve\. Should I add one bag\?$/);
    expect(await t.cartLines()).toEqual([]);
  });

  it('"a twelve pack of pepsi" after pepsi is one line of two packs', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add pepsi');
    await shopper.say('add a twelve pack of pepsi');
    expect(await t.cartLines()).toEqual(['2 Pepsi']);
  });
});

describe('several things, with talk between them', () => {
  it('"some garlic, and a bag of the bananas" adds both: "of the" says which bananas, no afterthought', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('some garlic, and a bag of the bananas');
    expect(await t.cartLines()).toEqual(['1 Garlic', '1 bag Bananas']);
  });

  it('"carrots, and oh, a dozen eggs": the "oh" between them is no item', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    expect((await shopper.say('carrots, and oh, a dozen eggs')).say).toBe('Added Baby Carrots and a dozen Large White Eggs to your cart.');
  });
});

describe('a thing taken back or counted in the same breath', () => {
  it('"a bottle of olive oil, no, vegetable oil" adds only the vegetable oil, in the bottle said', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    expect((await shopper.say('a bottle of olive oil, no, vegetable oil')).say).toBe('Added a bottle of Vegetable Oil to your cart.');
  });

  it('"orange juice, no pulp" is still the pulp free juice: "pulp" names no juice of its own', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    expect((await shopper.say('orange juice, no pulp')).say).toBe('Added Pulp Free Orange Juice to your cart.');
  });

  it('"I\'ll have for lemons" counts four; "the sourdough, too of them" two', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say("I'll have for lemons");
    await shopper.say('the sourdough, too of them');
    expect(await t.cartLines()).toEqual(['4 Lemons', '2 Sourdough Loaf']);
  });

  it('"instant oatmeal, make it three boxes" adds three boxes of it, and changes nothing else', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add a gallon of milk');
    await shopper.say('instant oatmeal, make it three boxes');
    expect(await t.cartLines()).toEqual(['1 gallon Whole Milk', expect.stringMatching(/^3 box .*Instant Oatmeal$/)]);
  });
});

describe('amounts and verbs nobody means as said', () => {
  it('"2468" with nothing asked changes no amount: no one buys that many by voice', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add a dozen eggs');
    expect((await shopper.say('2468')).say).toBe("That's more than I can take by voice. I can add up to ninety-nine of one item.");
    expect(await t.cartLines()).toEqual(['1 dozen Large White Eggs']);
  });

  it('"half a dozen eggs" of a carton of twelve is asked about, never half a carton', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    expect((await shopper.say('add half a dozen eggs')).say).toBe("The Large White Eggs come by the dozen, so I can't add just six. Should I add a dozen?");
    expect(await t.cartLines()).toEqual([]);
  });

  it('"also drop the grapes" takes the grapes off, never adds more', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add grapes and bananas');
    await shopper.say('also drop the grapes');
    expect(await t.cartLines()).toEqual(['1 Bananas']);
  });
});

describe('the amount just added, asked for again', () => {
  it('"add another loaf" just after a loaf went in is a second loaf, never the same loaf said again', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add a loaf of sourdough');
    expect((await shopper.say('add another loaf')).say).toBe('Added a Sourdough Loaf to your cart. That makes two Sourdough Loaves.');
    expect(await t.cartLines()).toEqual(['2 loaf Sourdough Loaf']);
  });
});
