import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestSkill, type TestSkill } from '../support/skill.ts';

/**
 * A fourteenth round of conversations played as shoppers: a thing turned down and the thing meant
 * said in one breath, "no" said of a thing as a shopper means it, a kind asked for of what was just
 * added, and a word of talk after an amount. Each once lost an item, put in the very thing turned
 * down, traded in the wrong kind, or offered to add a second line.
 */

let t: TestSkill;
beforeEach(async () => {
  t = await startTestSkill();
});
afterEach(async () => {
  await t.close();
});

describe('the thing turned down and the thing meant in one breath', () => {
  it('when Alexa hears "not beef, turkey" as only a thing turned down, the ground beef just added is traded for ground turkey, in its amount', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add a pound of 80/20 ground beef');
    const traded = await shopper.intent('CorrectionIntent', { rejected: 'beef turkey' });
    expect(traded.say).toMatch(/^Sorry about that\. I replaced 80 20 Ground Beef with a pound of .*Ground Turkey\.$/);
    expect(await t.cartLines()).toEqual([expect.stringMatching(/^1 pound .*Ground Turkey$/)]);
  });

  it('"not the milk", with nothing after it, still takes the milk off', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add whole milk and bananas');
    await shopper.intent('CorrectionIntent', { rejected: 'milk' });
    expect(await t.cartLines()).toEqual([expect.stringMatching(/Bananas/)]);
  });

  it('when the shopper says "and not the white bread, whole wheat", the white bread is traded for the whole wheat, not just taken off', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add white bread and milk and eggs');
    const traded = await shopper.intent('RemoveItemIntent', { product: 'white bread whole wheat' });
    expect(traded.say).toBe("Okay, I swapped Classic White Bread for 100% Whole Wheat Bread in your cart. If that's wrong, say undo.");
    expect(await t.cartLines()).toEqual(['1 100% Whole Wheat Bread', '1 Whole Milk', '1 Large White Eggs']);
  });

  it('"remove milk eggs" still takes off both, each a line of the cart', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add white bread and milk and eggs');
    await shopper.intent('RemoveItemIntent', { product: 'milk eggs' });
    expect(await t.cartLines()).toEqual(['1 Classic White Bread']);
  });
});

describe('a kind asked for of what was just added', () => {
  it('when the shopper says "no, the organic one" just after 2% milk went in, the organic 2% goes in its place, never an organic milk of another fat', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add two percent milk');
    const traded = await shopper.say('no the organic one');
    expect(traded.say).toBe('Sorry about that. I replaced 2% Reduced Fat Milk with Organic 2% Reduced Fat Milk.');
    expect(await t.cartLines()).toEqual(['1 Organic 2% Reduced Fat Milk']);
  });
});

describe('a word of talk after an amount', () => {
  it('when the shopper says "make it three lemons actually", the lemons become three: no second line is offered', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add lemons');
    const changed = await shopper.say('make it three lemons actually');
    expect(changed.say).toBe('Okay, three Lemons.');
    expect(await t.cartLines()).toEqual(['3 Lemons']);
  });
});

describe('"no" said of a thing', () => {
  it('when the shopper says "actually no apples" after apples and then bread went in, the apples come off and the bread stays', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add two pounds of gala apples');
    await shopper.say('add a loaf of honey wheat bread');
    expect((await shopper.say('actually no apples')).say).toBe('Removed Gala Apples from your cart.');
    expect(await t.cartLines()).toEqual(['1 loaf Honey Wheat Bread']);
  });

  it('when Alexa hears "actually no apples" as a correction with "no apples" as the product, the apples come off: the thing turned down is never put in', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add two pounds of gala apples');
    await shopper.say('add a loaf of honey wheat bread');
    await shopper.intent('CorrectionIntent', { product: 'no apples' });
    expect(await t.cartLines()).toEqual(['1 loaf Honey Wheat Bread']);
  });

  it('when the shopper says "oh and actually no strawberries" with none in the cart, nothing goes in', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add salted butter');
    expect((await shopper.say('oh and actually no strawberries')).say).toBe("I don't see strawberries in your cart.");
    expect(await t.cartLines()).toEqual(['1 Salted Butter']);
  });

  it('"no, pears" of a loaf of bread just added puts pears in its place, not a loaf of pears', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add a loaf of honey wheat bread');
    expect((await shopper.intent('CorrectionIntent', { product: 'pears' })).say).toBe('Sorry about that. I replaced Honey Wheat Bread with Bartlett Pears.');
  });

  it('"no butter" of the wheat bread just added is never read as a wheat bread of the butter kind', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add a loaf of honey wheat bread');
    const said = await shopper.intent('CorrectionIntent', { product: 'butter' });
    expect(said.say).not.toMatch(/which wheat bread/i);
    expect(await t.cartLines()).toEqual(['1 Salted Butter']);
  });
});

describe('a request taken back, one more of a kind, and a long list in one breath', () => {
  it('when the shopper says "add coconut chips, never mind", nothing goes in', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    expect((await shopper.say('add coconut chips never mind')).say).toBe("Okay, I won't add coconut chips.");
    expect((await shopper.say('add whole milk, scratch that')).say).toBe("Okay, I won't add whole milk.");
    expect(await t.cartLines()).toEqual([]);
  });

  it('when Alexa hears the taking back inside the product, nothing goes in either', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.intent('AddItemIntent', { product: 'bread forget it' });
    expect(await t.cartLines()).toEqual([]);
  });

  it('when the shopper says "add the chocolate ones too" just after Cheerios, the chocolate Cheerios go in beside them', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add two boxes of cheerios');
    expect((await shopper.say('add the chocolate ones too')).say).toBe('Added Chocolate Cheerios to your cart.');
    expect(await t.cartLines()).toEqual(['2 box Cheerios', '1 Chocolate Cheerios']);
  });

  it('when a senior lists seven things with their amounts in one breath, each goes in', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add a dozen eggs, a pound of salted butter, two loaves of sourdough, three lemons, a box of cheerios, some orange juice and a gallon of whole milk');
    expect(await t.cartLines()).toHaveLength(7);
  });

  it('when she says "milk and dragon fruit and eggs", the milk and the eggs go in and she hears the dragon fruit is not sold', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    const said = await shopper.say('add whole milk and dragon fruit and eggs');
    expect(said.say).toMatch(/dragon fruit/);
    expect(await t.cartLines()).toEqual(['1 Whole Milk', '1 Large White Eggs']);
  });
});

describe('a kind said of one of several things just added', () => {
  it('when the shopper says "the pulp free one" after milk and orange juice went in, the juice is traded, and the milk is never asked about', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add a gallon of whole milk and the some pulp orange juice');
    expect((await shopper.say('the pulp free one')).say).toBe("Okay, I swapped Some Pulp Orange Juice for Pulp Free Orange Juice in your cart. If that's wrong, say undo.");
    expect(await t.cartLines()).toEqual(['1 gallon Whole Milk', '1 Pulp Free Orange Juice']);
  });
});

describe('while the order is read back', () => {
  it('"no bagels" with none in the cart adds nothing and asks about the order again; "no butter" takes the butter off and reads the order again', async () => {
    const shopper = t.shopper({ accessToken: t.linkAccount('customer-1') });
    await shopper.launch();
    await shopper.say('add two pounds of bananas');
    await shopper.say('add salted butter');
    await shopper.say('check out');
    expect((await shopper.intent('CorrectionIntent', { product: 'bagels' })).say).toBe("I don't see bagels in your cart. Should I place the order?");
    expect((await shopper.intent('CorrectionIntent', { product: 'butter' })).say).toMatch(/^Removed Salted Butter from your cart\. Your order from Corner Grocer has one item: two pounds of Bananas\./);
    expect(await t.cartLines()).toEqual(['2 pound Bananas']);
    expect(t.ordersPlaced()).toBe(0);
  });

  it('"no butter" with nothing added before it asks whether butter is wanted at all, and adds nothing', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    expect((await shopper.intent('CorrectionIntent', { product: 'butter' })).say).toMatch(/^I don't see butter in your cart\. Should I add /);
    expect(await t.cartLines()).toEqual([]);
  });
});

describe('kinds said after a thing, nothing being asked', () => {
  it('when Alexa hears "the almonds please, the whole natural ones" as a choice with nothing offered, the almonds go in', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    expect((await shopper.intent('ChooseOptionIntent', { product: 'almonds the whole natural' })).say).toBe('Added Whole Natural Almonds to your cart.');
  });

  it('when the shopper says "add everything bagels, and the plain ones", both kinds go in', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add everything bagels, and the plain ones');
    expect(await t.cartLines()).toEqual(['1 Everything Bagels', '1 Plain Bagels']);
  });
});

describe('a thing after a flavoured one in a list', () => {
  it('when the shopper says "banana bread, bananas and oat milk", the bananas are a thing of their own, never a kind of the bread', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add banana bread, bananas and oat milk');
    expect(await t.cartLines()).toEqual(['1 Banana Bread', '1 Bananas', '1 Original Oatmilk']);
  });
});

describe('which kind said after the thing, and a kind turned down', () => {
  it('when the shopper says "add coke, the zero sugar kind, two packs", only the zero sugar goes in, two of it', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add coke, the zero sugar kind, two packs');
    expect(await t.cartLines()).toEqual(['2 Coca-Cola Zero Sugar']);
  });

  it('when the shopper says "cream for my coffee, the light cream, not the heavy", the light cream goes in and never the heavy', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add cream for my coffee, the light cream, not the heavy');
    expect(await t.cartLines()).toEqual(['1 Light Cream']);
  });
});

describe('the thing meant already there', () => {
  it('when the shopper says "take off the white eggs, I only want the brown ones" with brown eggs there, only the white come off', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add white eggs and brown eggs');
    await shopper.intent('RemoveItemIntent', { product: 'white eggs i only want the brown ones' });
    expect(await t.cartLines()).toEqual(['1 Pasture-Raised Large Brown Eggs']);
  });
});
