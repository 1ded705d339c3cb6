import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestSkill, type TestSkill } from '../support/skill.ts';

/**
 * A tenth round of conversations played as shoppers: a thing wanted without something ("with no
 * pulp"), an amount said with "too" for what was just added, and an amount for the thing just added
 * while another question still waits. Each once changed the wrong thing or nothing at all.
 */

let t: TestSkill;
beforeEach(async () => {
  t = await startTestSkill();
});
afterEach(async () => {
  await t.close();
});

describe('a thing wanted without something', () => {
  it('"orange juice with no pulp" is the pulp free juice, never the one with pulp', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('a carton of orange juice with no pulp please');
    await shopper.say('and some bread without seeds');
    const lines = await t.cartLines();
    expect(lines[0]).toBe('1 carton Pulp Free Orange Juice');
    expect(lines.join()).not.toMatch(/Some Pulp/);
  });
});

describe('an amount said for what was just added', () => {
  it('"make that half a pound too" after the provolone makes it half a pound, as the ham before it', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('half a pound of black forest ham');
    await shopper.say('and some provolone');
    const changed = await shopper.say('make that half a pound too');
    expect(changed.say).toBe('Okay, half a pound of Sliced Provolone Cheese.');
    expect(await t.cartLines()).toEqual(['0.5 pound Black Forest Ham', '0.5 pound Sliced Provolone Cheese']);
  });

  it('"a pound of coffee" just after a creamer for coffee went in is coffee, never a pound of creamer; "two pounds of chicken" after chicken breasts is the breasts', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add a french vanilla creamer');
    const coffee = await shopper.say('and a pound of coffee');
    expect(coffee.say).toMatch(/^Which coffee did you mean/);
    // The coffee chosen comes in no one-pound size, so what it does come in is asked about.
    expect((await shopper.say('the second one')).say).toMatch(/^The .*Coffee comes in a .* size, so I can't add a pound\./);
    await shopper.say('yes');
    await shopper.say('add chicken breasts');
    expect((await shopper.say('about two pounds of chicken')).say).toBe('Okay, two pounds of Boneless Skinless Chicken Breasts.');
    expect(await t.cartLines()).toEqual(['1 French Vanilla Coffee Creamer', expect.stringMatching(/^1 .*Coffee$/), '2 pound Boneless Skinless Chicken Breasts']);
  });

  it('"pork chops, a pound and a half" is a pound and a half of them', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    expect((await shopper.intent('AddItemIntent', { product: 'pork chops a pound and a half' })).say).toBe('Added one and a half pounds of Boneless Pork Chops to your cart.');
  });

  it('"make it one" after a second milk went in says the one back: the amount changed, not just the name', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add milk');
    await shopper.say('add more milk');
    expect((await shopper.say('make it one')).say).toBe('Okay, one Whole Milk.');
    expect(await t.cartLines()).toEqual(['1 Whole Milk']);
  });

  it('"make that two dozen" just after eggs went in while "which bread?" waits is the eggs; the bread is asked again', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('bread');
    await shopper.say('add eggs as well');
    const changed = await shopper.say('make that two dozen');
    expect(changed.say).toMatch(/^Okay, two dozen Large White Eggs\. And which bread did you mean/);
    await shopper.say('the first one');
    expect(await t.cartLines()).toEqual(['2 dozen Large White Eggs', '1 Classic White Bread']);
  });

  it('"make it two" while "which bread?" waits, with nothing added since, is two of the bread chosen next', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add eggs');
    await shopper.say('and bread');
    const noted = await shopper.say('make it two');
    expect(noted.say).toMatch(/^Okay, two\. Which bread did you mean/);
    await shopper.say('the first one');
    expect(await t.cartLines()).toEqual(['1 Large White Eggs', '2 Classic White Bread']);
  });
});

describe('a kind said of the thing just asked about', () => {
  it('"the mild one" after asking about the salsa among several things added: no mild salsa is sold, and the salsa stays', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('put in tortilla chips, salsa and two limes');
    await shopper.say('what kind of salsa is that');
    const kind = await shopper.intent('ChooseOptionIntent', { product: 'mild' });
    expect(kind.say).toMatch(/^I couldn't find a mild one at Corner Grocer, so Medium Chunky Salsa stays in your cart\./);
    expect(await t.cartLines()).toEqual([expect.stringMatching(/Tortilla Chips$/), '1 Medium Chunky Salsa', '2 Limes']);
  });
});

describe('a thing said with the kind after it', () => {
  it('"the tea, the decaf kind" with nothing asked is a request for decaf tea: none is sold, and no decaf coffee goes in', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    const asked = await shopper.intent('ChooseOptionIntent', { product: 'tea the decaf' });
    expect(asked.say).toMatch(/^Sorry, I couldn't find decaf tea\./);
    expect(await t.cartLines()).toEqual([]);
  });
});

describe('a list made over several visits', () => {
  const namesOn = async (list: string): Promise<string[] | undefined> => (await t.stateOf()).lists[list]?.map((line) => line.name);

  it('the next morning, the welcome names the weekly list, "read my list back to me" reads it, and what is added goes on it', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('this is for my weekly list');
    await shopper.say('a loaf of sourdough');
    await shopper.say('two cans of chicken noodle soup');
    await shopper.end();
    t.clock.advance(16 * 60 * 60 * 1000);
    const welcome = await shopper.launch();
    expect(welcome.say).toBe('Welcome back to Corner Grocer. Your weekly list has two items, and what you add goes on it. What would you like to add?');
    expect((await shopper.say('read my list back to me')).say).toMatch(/^You have two items on your weekly list: /);
    expect((await shopper.say('oh I forgot the bananas')).say).toBe('Added Bananas to your weekly list.');
    await shopper.say('now start my shopping list');
    expect((await shopper.say('put eggs in')).say).toBe('Added a dozen Large White Eggs to your cart.');
    expect(await namesOn('weekly')).toEqual(['Sourdough Loaf', 'Chicken Noodle Soup', 'Bananas']);
    expect(await t.cartLines()).toEqual(['1 Large White Eggs']);
  });

  it('a one-breath request is about the cart; a list two weeks untouched, or put in the cart, is no longer being made', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('start my list for the weekend');
    await shopper.say('add salsa');
    await shopper.end();
    const oneShot = await shopper.intent('AddItemIntent', { product: 'dish soap' }, { oneShot: true });
    expect(oneShot.say).toMatch(/to your cart\./);
    t.clock.advance(15 * 24 * 60 * 60 * 1000);
    expect((await shopper.launch()).say).toMatch(/^Welcome back to Corner Grocer\. You have one item in your cart\./);
    await shopper.say('start my list for the weekend');
    await shopper.say('put everything from my weekend list in my cart');
    await shopper.say('yes');
    await shopper.end();
    expect((await shopper.launch()).say).toMatch(/^Welcome back to Corner Grocer\. You have two items in your cart\./);
  });
});

describe('a question answered by naming the thing, and questions about the list', () => {
  it('"which cereal?" answered with a cereal not offered ("the one with marshmallows") is that cereal: it goes in, and the question is not asked again', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('cereal for the grandkids');
    const named = await shopper.say('the one with marshmallows');
    expect(named.say).toBe('Added Lucky Charms to your cart.');
    expect((await shopper.say('and chocolate milk')).say).toBe('Added Chocolate Milk to your cart.');
    expect(await t.cartLines()).toEqual(['1 Lucky Charms', '1 Chocolate Milk']);
  });

  it('"which cereal?" followed by a thing from another shelf adds it and asks about the cereal again', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('cereal');
    expect((await shopper.say('and chocolate milk')).say).toMatch(/^Added Chocolate Milk to your cart\. And which cereal did you mean/);
  });

  it('"is that everything on my list" reads the list, offering nothing called everything', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add milk');
    const read = await shopper.intent('ReadCartIntent', { product: 'that everything' });
    expect(read.say).toBe("You have one item in your cart: Whole Milk. That's everything.");
  });

  it('"send back the spoiled milk from my last order" is about a return here, never turned away as a restaurant meal', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    const asked = await shopper.say('I want to send back the spoiled milk from my last order');
    expect(asked.intent).toBe('ReturnItemIntent');
    expect(asked.say).not.toMatch(/I can only help with your shopping/);
    expect(await t.cartLines()).toEqual([]);
  });
});

describe('a senior going over her list', () => {
  it('"no, I said the black tea" just after green tea went in beside the black tea: the green comes off, the black is not doubled', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add tea bags');
    await shopper.say('the green tea');
    const corrected = await shopper.say('no, I said the black tea');
    expect(corrected.say).toBe('Sorry about that. I took off Classic Green Tea Bags. You still have Black Tea Bags in your cart.');
    expect(await t.cartLines()).toEqual(['1 Black Tea Bags']);
  });

  it('"slower" while "which bread?" still waits says it all again once, and the question is still the one answered', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add bread');
    await shopper.say('add milk');
    const again = await shopper.say('slower');
    expect(again.say.match(/which bread did you mean/g)).toHaveLength(1);
    await shopper.say('the first one');
    expect(await t.cartLines()).toEqual(['1 Whole Milk', '1 Classic White Bread']);
  });
});

describe('a word said right after an add', () => {
  it('"strawberry" just after jam went in, the jam being strawberry, says which it is: nothing more goes in', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add jam');
    expect((await shopper.say('strawberry')).say).toMatch(/^That's the one I added: Strawberry Preserves\./);
    expect(await t.cartLines()).toEqual(['1 Strawberry Preserves']);
  });

  it('"lime" just after sparkling water makes it the lime one, said back with undo; "lemon" after fish, with no lemon fish sold, is lemons', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add sparkling water');
    expect((await shopper.say('lime')).say).toMatch(/^Okay, I swapped Sparkling Natural Mineral Water for Lime Flavored Sparkling Water in your cart\. If that's wrong, say undo\./);
    await shopper.say('add fish');
    expect((await shopper.say('lemon')).say).toBe('Added Lemons to your cart.');
  });

  it('"large eggs" just after eggs went in, the eggs being large, is not a second dozen', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add eggs');
    expect((await shopper.say('large eggs')).say).toMatch(/^That's the one I added: a dozen Large White Eggs\./);
    expect(await t.cartLines()).toEqual(['1 Large White Eggs']);
  });

  it('"mild" just after a medium salsa went in, no mild salsa sold, is said to be unsold: nothing named mild goes in instead', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add salsa');
    const kind = await shopper.say('mild');
    expect(kind.say).toMatch(/^I couldn't find a mild one at Corner Grocer, so Medium Chunky Salsa stays in your cart\./);
    expect((await shopper.say('add fish')).say).toBe('Added Wild Cod Fillets to your cart.');
    expect(await t.cartLines()).toEqual(['1 Medium Chunky Salsa', expect.stringMatching(/Wild Cod Fillets$/)]);
  });

  it('"a head" just after garlic went in is a head of it: an amount, not a kind', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add garlic');
    expect((await shopper.intent('AddItemIntent', { product: 'head' })).say).toBe('Okay. I made it a head of Garlic.');
    expect(await t.cartLines()).toEqual(['1 head Garlic']);
  });

  it('"decaf" just after a coffee went in makes it the decaf coffee, with undo; "oranges" after apples and "honey" after tea are added beside', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add coffee');
    await shopper.say('the first one');
    expect((await shopper.say('decaf')).say).toMatch(/^Okay, I swapped Classic Instant Coffee for Decaf House Blend Ground Coffee in your cart\. If that's wrong, say undo\./);
    await shopper.say('add apples');
    expect((await shopper.say('oranges')).say).toBe('Added Navel Oranges to your cart.');
    await shopper.say('add tea');
    await shopper.say('the first one');
    expect((await shopper.say('honey')).say).toBe('Added Pure Clover Honey to your cart.');
    expect(await t.cartLines()).toHaveLength(5);
  });

  it('"three" just after oranges went in, nothing asked, is three of them', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add oranges');
    expect((await shopper.intent('ChooseOptionIntent', { choice: '3' })).say).toBe('Okay. I made it three Navel Oranges.');
    expect(await t.cartLines()).toEqual(['3 each Navel Oranges']);
  });

  it('"a bunch" just after asparagus was not found is asked about, never put on the salmon added before', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add salmon');
    await shopper.say('and asparagus');
    const asked = await shopper.intent('ChangeQuantityIntent', { unit: 'bunch' });
    expect(asked.say).toBe('Which item should I change?');
    expect(await t.cartLines()).toEqual(['1 Norwegian Salmon Fillet']);
  });

  it('"juice, no pulp please" is the pulp free juice', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    expect((await shopper.intent('AddItemIntent', { product: 'juice no pulp' })).say).toBe('Added Pulp Free Orange Juice to your cart.');
  });
});
