import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestSkill, type TestSkill } from '../support/skill.ts';

/**
 * A seventh round of conversations played as shoppers: a count and a thing said alone, a number
 * heard as its homophone, the same fruit added again by count, and asking for something again, slower.
 * Each one once went wrong.
 */

let t: TestSkill;
beforeEach(async () => {
  t = await startTestSkill();
});
afterEach(async () => {
  await t.close();
});

describe('a count and a thing, said alone', () => {
  it('"four apples" at the welcome adds four apples, not a choice nobody offered', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    const added = await shopper.say('four apples');
    expect(added.intent).toBe('AddItemIntent');
    expect(added.say).toBe('Added four Gala Apples to your cart.');
    expect(await t.cartLines()).toEqual(['4 each Gala Apples']);
  });

  it('"and for lemons" is four lemons, heard as a recogniser writes the number', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add a dozen eggs');
    await shopper.say('and for lemons');
    expect(await t.cartLines()).toEqual(['1 dozen Large White Eggs', '4 Lemons']);
  });
});

describe('the same fruit added again, counted', () => {
  it('"add pears" and then "three pears please" is one line of four pears, said as how many that makes', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add pears');
    expect((await shopper.say('three pears please')).say).toBe('Added three Bartlett Pears to your cart. That makes four Bartlett Pears.');
    expect(await t.cartLines()).toEqual(['4 Bartlett Pears']);
  });
});

describe('hearing it again, slower', () => {
  it('"you\'re reading too fast" after a read-back reads it again, slowly', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add oats and pears');
    const read = await shopper.say("what's in my cart");
    const again = await shopper.say("you're reading too fast");
    expect(again.intent).toBe('SetPaceIntent');
    expect(again.say).toBe(`Okay, I'll speak more slowly. Again: ${read.say}`);
    expect((await t.stateOf()).pace).toBe('slow');
  });
});

describe('"what\'s left"', () => {
  it('reads the cart in play, never looks for a list called "left"', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add oats');
    const left = await shopper.intent('ReadCartIntent', { list: 'left' });
    expect(left.say).toBe("You have one item in your cart: Old Fashioned Oats. That's everything.");
  });
});

describe('a new request while a kind is chosen', () => {
  it('"add filters" while choosing a coffee, no option of it a filter, says the store has none and asks about the coffee again', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add coffee');
    const filters = await shopper.say('add filters');
    expect(filters.say).toMatch(/^Sorry, I couldn't find filters at Corner Grocer\. And which coffee did you mean/);
    await shopper.say('the first one');
    expect(await t.cartLines()).toEqual(['1 Classic Instant Coffee']);
  });
});

describe('asking for it again, slower, for the newest line, and leave to pay', () => {
  it('"read it back one more time but slowly" after a read-back reads it again, slowly', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add oats and pears');
    const read = await shopper.say("what's in my cart");
    const again = await shopper.say('read it back one more time but slowly');
    expect(again.intent).toBe('SetPaceIntent');
    expect(again.say).toBe(`Okay, I'll speak more slowly. Again: ${read.say}`);
  });

  it('"read me the last one I put in" names the newest line only; "may I check out now" starts the checkout', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add oats');
    await shopper.say('add pears');
    const last = await shopper.say('read me the last one I put in');
    expect(last.intent).toBe('LastAddedIntent');
    expect(last.say).toContain('Bartlett Pears');
    expect(last.say).not.toContain('Oats');
    expect((await shopper.say('may I check out now')).intent).toBe('CheckoutIntent');
  });

  it('"one avocado" at the welcome adds one, and changes nothing else', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add oats');
    await shopper.say('one avocado');
    expect(await t.cartLines()).toEqual(['1 Old Fashioned Oats', '1 Hass Avocados']);
  });
});

describe('a list called by a shorter name', () => {
  it('"the birthday list" is the sister\'s birthday list, the only one whose name holds it: added to and read, never a new list', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.intent('CreateListIntent', { list: "sister's birthday" });
    await shopper.intent('AMAZON.StopIntent');
    await shopper.launch();
    await shopper.intent('AddItemIntent', { product: 'vanilla ice cream', list: 'birthday' });
    const read = await shopper.intent('ReadCartIntent', { list: 'birthday' });
    expect(read.say).toBe("You have one item on your sister's birthday list: Vanilla Ice Cream. That's everything.");
    expect(Object.keys((await t.stateOf()).lists)).toEqual(["sister's birthday"]);
  });
});

describe('a container said with the request', () => {
  it('"two tins of tomatoes" is never the fresh tomatoes weighed in produce put in cans: the canned kind comes first', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    const asked = await shopper.say('add two tins of tomatoes');
    expect(asked.say).toMatch(/^Which tomatoes did you mean: one, Diced Tomatoes,/);
    await shopper.say('the first one');
    expect(await t.cartLines()).toEqual(['2 can Diced Tomatoes']);
  });
});

describe('pointing at the list just read', () => {
  it('after "what\'s on mom\'s list" in a new visit, "add oats to it" and "take the oats off her list" are about mom\'s list', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.intent('CreateListIntent', { list: 'mom' });
    await shopper.intent('AddItemIntent', { product: 'prunes' });
    await shopper.intent('AMAZON.StopIntent');
    await shopper.launch();
    await shopper.say("what's on mom's list");
    expect((await shopper.intent('AddItemIntent', { product: 'oats to it' })).say).toMatch(/^Added Old Fashioned Oats to your mom('s)? list\.$/);
    expect((await t.stateOf()).cart).toEqual([]);
    expect((await shopper.intent('RemoveItemIntent', { product: 'oats', list: 'her' })).say).toMatch(/^Removed Old Fashioned Oats from your mom('s)? list/);
  });
});

describe('"take it off" after one item was named', () => {
  it('asks about the item just named by its place, not the one added last', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add oats');
    await shopper.say('add pears');
    expect((await shopper.say('read me the first item')).say).toMatch(/^The first item was Old Fashioned Oats\./);
    expect((await shopper.say('take it off')).say).toBe('Should I take Old Fashioned Oats off your cart?');
    await shopper.say('yes');
    expect(await t.cartLines()).toEqual(['1 Bartlett Pears']);
  });
});

describe('asking whether something is there', () => {
  it('"do I have pears?" with none offers them, "yes" adds them; moving on lets the offer go unasked', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add oats');
    expect((await shopper.say('is there any butter on my list')).say).toBe("I don't see butter in your cart. Should I add Salted Butter?");
    expect((await shopper.say("what's in my cart")).say).toBe("You have one item in your cart: Old Fashioned Oats. That's everything.");
    expect((await shopper.say('do I have pears')).say).toBe("I don't see pears in your cart. Should I add Bartlett Pears?");
    await shopper.say('yes');
    expect(await t.cartLines()).toEqual(['1 Old Fashioned Oats', '1 Bartlett Pears']);
  });

  it('"do I have any milk on there" asks about milk: the place said after it is no part of its name', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add oats');
    expect((await shopper.intent('ReadCartIntent', { product: 'milk on there' })).say).toBe("I don't see milk in your cart. Should I add Whole Milk?");
  });

  it('"is there anything in my cart?" reads what is there', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add oats');
    expect((await shopper.intent('ReadCartIntent', { product: 'anything' })).say).toBe("You have one item in your cart: Old Fashioned Oats. That's everything.");
  });
});

describe('one more of what was just added', () => {
  it('"another one please" and "one more" each add one more of the pears', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add pears');
    expect((await shopper.say('another one please')).say).toBe('Okay, two Bartlett Pears.');
    expect((await shopper.say('one more')).say).toBe('Okay, three Bartlett Pears.');
    expect(await t.cartLines()).toEqual(['3 Bartlett Pears']);
  });

  it('"another pear" heard as a list to make, just after pears went in, adds a pear and makes no list', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add pears');
    expect((await shopper.intent('CreateListIntent', { list: 'pear' })).say).toBe('Added Bartlett Pears to your cart. That makes two Bartlett Pears.');
    expect((await t.stateOf()).lists).toEqual({});
    expect((await shopper.say('add oats')).say).toBe('Added Old Fashioned Oats to your cart.');
  });
});

describe('a description of what was just added', () => {
  it('"the grape one" just after grape jelly went in says it is the one, and adds no grapes', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add jelly');
    expect((await shopper.say('the grape one')).say).toMatch(/^That's the one I added: Concord Grape Jelly\./);
    expect(await t.cartLines()).toEqual(['1 Concord Grape Jelly']);
  });
});

describe('an amount heard where a product would be, while a kind is chosen', () => {
  it('"make that half a gallon" keeps the amount for the milk chosen next', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add a gallon of two percent');
    await shopper.intent('ChangeQuantityIntent', { product: 'half a gallon' });
    // The gallon jug chosen comes in no half gallon: the amount kept, it is asked about, never added as half.
    expect((await shopper.say('the first one')).say).toMatch(/^The 2% Reduced Fat Milk comes in a 1 gallon size, so I can't add half a gallon\./);
    expect(await t.cartLines()).toEqual([]);
  });
});

describe('a thing, then which of it', () => {
  it('"bread, the whole wheat" adds the whole wheat bread, and asks about no other bread', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    expect((await shopper.intent('AddItemIntent', { product: 'bread the whole wheat' })).say).toBe('Added 100% Whole Wheat Bread to your cart.');
    expect(await t.cartLines()).toEqual(['1 100% Whole Wheat Bread']);
  });
});
