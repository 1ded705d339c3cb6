import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { catalogOf } from '../../src/catalog/product.ts';
import { startTestSkill, type TestSkill } from '../support/skill.ts';

/**
 * A sixteenth round of conversations played as shoppers: why a thing is wanted or not, said
 * after it about someone else ("my son is bringing some"). Each once left a thing in the cart,
 * or lost it as talk of something other than shopping.
 */

let t: TestSkill;
beforeEach(async () => {
  t = await startTestSkill();
});
afterEach(async () => {
  await t.close();
});

describe('a reason about someone, said after the thing', () => {
  it('when the shopper says "take the bananas off, my neighbour is bringing a bunch", the bananas come off without a question', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add bananas and butter');
    const removed = await shopper.say('take the bananas off, my neighbour is bringing a bunch');
    expect(removed.say).toMatch(/^Removed Bananas from your cart/);
    expect(await t.cartLines()).toEqual(['1 Salted Butter']);
  });

  it('"add flour, my granddaughter is baking a pie" adds the flour', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    const added = await shopper.say('add flour, my granddaughter is baking a pie');
    expect(added.say).toBe('Added All-Purpose Flour to your cart.');
    expect(await t.cartLines()).toEqual(['1 All-Purpose Flour']);
  });

  it('"cereal for the kids\' lunches" still asks which cereal: who it is for is no reason said', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    const asked = await shopper.say("add cereal for the kids' lunches");
    expect(asked.say).toMatch(/^Which cereal did you mean/);
    expect(await t.cartLines()).toEqual([]);
  });
});

describe('a change said after "actually" or "no wait"', () => {
  it('when the shopper says "oh actually, put in a dozen eggs" at the read-back, the eggs go in and no order is placed', async () => {
    const shopper = await t.linkedShopperWith(['whole milk']);
    await shopper.say('check out');
    const changed = await shopper.say('oh actually, put in a dozen eggs');
    expect(changed.say).toMatch(/Large White Eggs/);
    expect(t.ordersPlaced()).toBe(0);
    expect(await t.cartLines()).toEqual(['1 Whole Milk', '1 dozen Large White Eggs']);
  });

  it('"no wait, throw in a jar of salsa" adds the salsa and keeps what went in before', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add butter');
    await shopper.say('no wait, throw in a jar of salsa');
    expect(await t.cartLines()).toEqual(['1 Salted Butter', expect.stringMatching(/Salsa$/)]);
  });

  it('"actually, take off the butter" still takes it off', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add butter and bananas');
    await shopper.say('actually, take off the butter');
    expect(await t.cartLines()).toEqual(['1 Bananas']);
  });
});

describe('so many times what a line holds', () => {
  it('when the shopper says "double the pears" after two pounds went in, the pears are four pounds and nothing else goes in', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add two pounds of pears');
    await shopper.say('double the pears');
    expect(await t.cartLines()).toEqual(['4 pound Bartlett Pears']);
  });

  it('"make it twice as many lemons" doubles the lemons just added', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add three lemons');
    await shopper.say('make it twice as many lemons');
    expect(await t.cartLines()).toEqual(['6 Lemons']);
  });

  it('"triple the pears" with no pears there says so and adds nothing', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add butter');
    const told = await shopper.say('triple the pears');
    expect(told.say).toMatch(/pears/);
    expect(await t.cartLines()).toEqual(['1 Salted Butter']);
  });
});

describe('plenty wanted is wanted', () => {
  it('when the shopper says "we need lots of lemons", the lemons go in', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('we need lots of lemons');
    expect(await t.cartLines()).toEqual(['1 Lemons']);
  });

  it('"grab me plenty of pears" adds the pears', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('grab me plenty of pears');
    expect(await t.cartLines()).toEqual([expect.stringMatching(/Bartlett Pears$/)]);
  });
});

describe('an amount for a thing on two lines', () => {
  it('when the shopper says "make the milk two" with whole and skim milk there, which milk is asked, and "the skim" gets the two', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add a gallon of whole milk and a gallon of skim milk');
    const asked = await shopper.say('make the milk two');
    expect(asked.say).toBe('Which milk should I change: Whole Milk or Fat Free Skim Milk?');
    expect(await t.cartLines()).toEqual(['1 gallon Whole Milk', '1 gallon Fat Free Skim Milk']);
    await shopper.say('the skim');
    expect(await t.cartLines()).toEqual(['1 gallon Whole Milk', '2 gallon Fat Free Skim Milk']);
  });
});

describe('talk around the things, and amounts said loosely', () => {
  it('when a senior says "add bacon, oh and three dozen eggs", both go in and no "bacon oh" is looked for', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    const added = await shopper.say('add bacon, oh and three dozen eggs');
    expect(added.say).not.toMatch(/couldn't find/);
    expect(await t.cartLines()).toEqual([expect.stringMatching(/Bacon$/), '3 dozen Large White Eggs']);
  });

  it('"half pound of ham", its "a" unheard, is half a pound', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('I need half pound of ham');
    expect(await t.cartLines()).toEqual(['0.5 pound Black Forest Ham']);
  });

  it('"put in some milk if that\'s alright" adds the milk, and the politeness names nothing', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    const added = await shopper.say("put in some milk if that's alright");
    expect(added.say).toBe('Added Whole Milk to your cart.');
  });

  it('"do you have watermelon" of a store without any says so and changes nothing', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add butter');
    const told = await shopper.say('do you have watermelon');
    expect(told.say).toMatch(/watermelon/i);
    expect(told.say).not.toMatch(/only help with your shopping/);
    expect(await t.cartLines()).toEqual(['1 Salted Butter']);
  });

  it('"no, not four, I said for, I mean, make it six of them" makes the lemons six', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add four lemons please');
    const changed = await shopper.say('no, not four, I said for, I mean, make it six of them');
    expect(changed.say).not.toBe('');
    expect(await t.cartLines()).toEqual(['6 Lemons']);
  });
});

describe('what was just added, pointed at and turned down, and a thing undone by name', () => {
  it('when the shopper says "not those, the granny smith ones" after apples went in, the apples become Granny Smith', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add apples');
    const fixed = await shopper.say('not those, the granny smith ones');
    expect(fixed.say).toMatch(/Granny Smith Apples/);
    expect(await t.cartLines()).toEqual(['1 Granny Smith Apples']);
  });

  it('"undo the sprite" after more went in takes the Sprite off, and only it', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add a sprite');
    await shopper.say('add butter');
    await shopper.say('undo the sprite');
    expect(await t.cartLines()).toEqual(['1 Salted Butter']);
  });

  it('"undo the barbecue chips" takes them off, never adds more of them', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add classic potato chips and barbecue potato chips');
    await shopper.say('undo the barbecue chips');
    expect(await t.cartLines()).toEqual(['1 Classic Potato Chips']);
  });

  it('"undo that" still takes back the last change', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add a sprite');
    await shopper.say('add butter');
    await shopper.say('undo that');
    expect(await t.cartLines()).toEqual(['1 Sprite']);
  });
});

describe('thinking aloud between the things', () => {
  it('when a senior says "and pears, let me see, four of them I think", four pears go in', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    const added = await shopper.say('and pears, let me see, four of them I think');
    expect(added.say).toBe('Added four Bartlett Pears to your cart.');
  });

  it('"and a lemon if you have one" adds a lemon', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('and a lemon if you have one');
    expect(await t.cartLines()).toEqual(['1 Lemons']);
  });
});

describe('an amount said with the one there turned down', () => {
  it('when the shopper says "I\'d like three pounds of pears, not two" after two went in, the pears are three pounds, never five', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add two pounds of pears');
    await shopper.say("I'd like three pounds of pears, not two please");
    expect(await t.cartLines()).toEqual(['3 pound Bartlett Pears']);
  });
});

describe('verbs of putting in that are also names', () => {
  it('when a parent says "chuck in a baguette", only the baguette goes in, never a chuck of beef', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('chuck in a baguette');
    expect(await t.cartLines()).toEqual(['1 French Baguette']);
  });
});

describe('an amount said after a thing the store does not have', () => {
  it('when the shopper says "no, make that three" after the nearest things were offered for star fruit, the butter before stays one and what to change is asked', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add butter');
    const offered = await shopper.say('add two star fruits');
    expect(offered.say).toMatch(/^Sorry, I couldn't find star fruits\. The closest I have/);
    const asked = await shopper.say('no, make that three');
    expect(asked.say).toBe('Which item should I change?');
    expect(await t.cartLines()).toEqual(['1 Salted Butter']);
  });
});

describe('what was said, and what was meant of it', () => {
  it('when the shopper says "sorry, I said three cans of soup but I meant two" after spinach went in, the soup is two cans and the spinach stays', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add three cans of tomato soup');
    await shopper.say('add a bag of baby spinach');
    await shopper.say('sorry, I said three cans of soup but I meant two');
    expect(await t.cartLines()).toEqual(['2 can Tomato Soup', '1 bag Baby Spinach']);
  });

  it('"add lemons, a couple of them" adds two lemons and changes nothing added before', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add butter');
    await shopper.say('add lemons, a couple of them');
    expect(await t.cartLines()).toEqual(['1 Salted Butter', '2 Lemons']);
  });

  it('"take off the paper towels, we got some at costco" takes them off: the other store is only why', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add paper towels and milk');
    await shopper.say('take off the paper towels, we got some at costco');
    expect(await t.cartLines()).toEqual(['1 Whole Milk']);
  });
});

describe('a word of agreeing said while thinking, at the read-back', () => {
  it('when the shopper says "alright, let me think" or "hmm, okay" to "should I place the order?", nothing is ordered until a plain yes', async () => {
    const shopper = await t.linkedShopperWith(['whole milk']);
    await shopper.say('check out');
    const thinking = await shopper.say('alright, let me think');
    expect(thinking.say).toMatch(/^Take your time\. Should I place the order/);
    await shopper.say('hmm, okay');
    await shopper.say('okay let me see');
    await shopper.say('okay hmm');
    await shopper.say('alright so');
    expect(t.ordersPlaced()).toBe(0);
    await shopper.say('yes');
    expect(t.ordersPlaced()).toBe(1);
  });
});

describe('amounts heard with no pauses between things', () => {
  it('when the shopper says "I need grapes, two pounds, eggs and butter", the grapes are two pounds and the eggs a carton', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('I need grapes, two pounds, eggs and butter');
    expect(await t.cartLines()).toEqual(['2 pound Red Seedless Grapes', '1 Large White Eggs', '1 Salted Butter']);
  });

  it('"put in for apples" is four apples', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('put in for apples');
    expect(await t.cartLines()).toEqual(['4 each Gala Apples']);
  });
});

describe('another thing of the same shelf, said just after', () => {
  /** A store that keeps chips beside pretzels and bacon beside sausage, as many do. */
  const sameShelves = catalogOf(
    [
      ['c1', 'Sea Salt Kettle Potato Chips', 'snacks > chips pretzels'],
      ['c2', 'Gluten Free Mini Pretzels', 'snacks > chips pretzels'],
      ['c3', 'Tortilla Chips', 'snacks > chips pretzels'],
      ['m1', 'Original Bacon', 'meat > bacon sausage'],
      ['m2', 'Smoked Pork Sausage', 'meat > bacon sausage'],
      ['m3', 'Turkey Bacon', 'meat > bacon sausage'],
      ['d1', 'Whole Milk', 'dairy eggs > milk'],
    ].map(([id = '', name = '', category = '']) => ({ id, name, category, price: 3 })),
  );

  it('when a parent says "pretzels" just after chips went in, both stay: the pretzels are no kind of chips', async () => {
    const store = await startTestSkill({ catalog: sameShelves });
    const shopper = store.shopper();
    await shopper.launch();
    await shopper.say('add potato chips');
    await shopper.say('pretzels');
    expect(await store.cartLines()).toEqual(['1 Sea Salt Kettle Potato Chips', '1 Gluten Free Mini Pretzels']);
    await store.close();
  });

  it('"also sausage" just after bacon is the sausage beside the bacon', async () => {
    const store = await startTestSkill({ catalog: sameShelves });
    const shopper = store.shopper();
    await shopper.launch();
    await shopper.say('add original bacon');
    await shopper.say('also sausage');
    expect(await store.cartLines()).toEqual(['1 Original Bacon', '1 Smoked Pork Sausage']);
    await store.close();
  });
});

describe('a thing said again at the start of the next, no pause heard', () => {

  it('"some bananas, lots" adds the bananas and nothing for "lots"', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    const added = await shopper.say('some bananas, lots');
    expect(added.say).toBe('Added Bananas to your cart.');
  });
});

describe('a fond word after the thing', () => {
  it('when a senior says "and some lemons, my grandson just gobbles them up", the lemons go in, never a removal', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add butter');
    await shopper.say('and some lemons, my grandson just gobbles them up');
    expect(await t.cartLines()).toEqual(['1 Salted Butter', '1 Lemons']);
  });
});

describe('part of a line taken off by its container', () => {
  it('when a parent says "take off one pack of the paper towels" of two packs, one pack stays', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add two packs of paper towels');
    await shopper.say('take off one pack of the paper towels');
    expect(await t.cartLines()).toEqual(['1 Bounty Select-A-Size Paper Towels']);
  });
});

describe('how many of a thing there should be, said after "actually"', () => {
  it('when the shopper says "actually two of the lemons" after three went in, there are two, never five', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add three lemons');
    await shopper.say('add butter');
    await shopper.say('actually two of the lemons');
    expect(await t.cartLines()).toEqual(['2 Lemons', '1 Salted Butter']);
  });
});
