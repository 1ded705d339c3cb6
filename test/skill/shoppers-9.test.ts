import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestSkill, type TestSkill } from '../support/skill.ts';

/**
 * A ninth round of conversations played as shoppers: amounts said around the thing ("no, make that
 * three lemons", "about a bunch"), answers given in the words of a kind while a question waits,
 * items said without "and" between, and questions that point at one line before a change. Each once
 * went wrong: a thing added that nobody asked for, an item lost, or the wrong line changed.
 */

let t: TestSkill;
beforeEach(async () => {
  t = await startTestSkill();
});
afterEach(async () => {
  await t.close();
});

describe('an amount said with a correction or a hedge', () => {
  it('"no, make that three lemons" just after two went in makes them three, and adds nothing', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add a carton of orange juice and two lemons');
    const changed = await shopper.say('no, make that three lemons');
    expect(changed.intent).toBe('ChangeQuantityIntent');
    expect(await t.cartLines()).toEqual(['1 carton Pulp Free Orange Juice', '3 Lemons']);
  });

  it('"bananas, about a bunch" is a bunch of bananas: the hedge names nothing', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    const added = await shopper.say('bananas, about a bunch');
    expect(added.say).toBe('Added a bunch of Bananas to your cart.');
  });

  it('"about a pound" while "which steak?" waits is the amount of the steak chosen next, never a thing named for the pound', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add steak');
    const noted = await shopper.intent('AddItemIntent', { product: 'about a pound' });
    expect(noted.say).toMatch(/^Okay, one pound\. Which steak did you mean/);
    expect(await t.cartLines()).toEqual([]);
    await shopper.say('the first one');
    expect(await t.cartLines()).toEqual([expect.stringMatching(/^1 pound .*Steak$/)]);
  });

  it('"a pound" with nothing chosen and nothing just added asks what it is of', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    const asked = await shopper.intent('AddItemIntent', { product: 'a pound' });
    expect(asked.say).toBe('What would you like to add?');
    expect(await t.cartLines()).toEqual([]);
  });
});

describe('an amount taken off, and a kind said as a change', () => {
  it('"take off one can" just after the soup went to four cans leaves three', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('put in three cans of tomato soup');
    await shopper.say('make the soup four cans');
    const taken = await shopper.intent('RemoveItemIntent', { product: 'one can' });
    expect(taken.say).toMatch(/three cans of Tomato Soup/);
    expect(await t.cartLines()).toEqual(['3 can Tomato Soup']);
  });

  it('"take one off" of the one thing just added asks before the whole line goes', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add a jar of honey');
    const asked = await shopper.intent('RemoveItemIntent', { product: 'one' });
    expect(asked.say).toMatch(/^Should I take .*Honey.* off your cart\?$/);
    expect(await t.cartLines()).toHaveLength(1);
  });

  it('"actually, make it skim" just after milk went in makes it the skim milk', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add milk');
    await shopper.intent('ChangeQuantityIntent', { product: 'skim' });
    expect(await t.cartLines()).toEqual(['1 Fat Free Skim Milk']);
  });
});

describe('a list named after talk about who it is for', () => {
  it('"for my aunt, start a list called aunt may" makes the aunt may list', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    const made = await shopper.intent('CreateListIntent', { list: 'for my aunt start a list called aunt may' });
    expect(made.say).toMatch(/^I made your aunt may list/);
  });
});

describe('a question about one line, then a change with nothing named', () => {
  it('"how many bagels did I put in?" then "make it two" changes the bagels, not the cream cheese added after them', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add plain bagels');
    await shopper.say('add cream cheese');
    await shopper.intent('ReadCartIntent', { product: 'bagels' });
    await shopper.intent('ChangeQuantityIntent', { quantity: '2' });
    expect(await t.cartLines()).toEqual(['2 Plain Bagels', '1 Original Cream Cheese']);
  });
});

describe('a line named by the two words its name writes as one', () => {
  it('"remove the oat milk" beside almond milk takes off the Oatmilk without asking which', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add almond milk');
    await shopper.say('add oat milk');
    const removed = await shopper.intent('RemoveItemIntent', { product: 'oat milk' });
    expect(removed.say).toBe('Removed Original Oatmilk from your cart.');
    expect(await t.cartLines()).toEqual(['1 Unsweetened Almond Milk']);
  });
});

describe('the cart named while a list waits to go into it', () => {
  it('"what\'s in my cart" while "should I put them in your cart?" waits reads the cart, not the list', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('start a list called game night');
    await shopper.say('add tortilla chips');
    await shopper.intent('ReorderIntent', { list: 'game night' });
    const read = await shopper.intent('ReadCartIntent', { list: 'cart' });
    expect(read.say).toBe('Your cart is empty.');
  });
});

describe('an answer in the words of a kind while "which one?" waits', () => {
  it('"the espresso" among three coffees, none of them espresso, asks again among the store\'s espresso coffees, and one answer adds one coffee', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add coffee');
    const narrowed = await shopper.intent('AddItemIntent', { product: 'the espresso' });
    expect(narrowed.say).toMatch(/^Which coffee did you mean: one, Espresso .* and two, Espresso .*\? Say one or two\.$/);
    const chosen = await shopper.say('the whole bean one');
    expect(chosen.say).toBe('Added Espresso Roast Whole Bean Coffee to your cart.');
    expect(await t.cartLines()).toEqual(['1 Espresso Roast Whole Bean Coffee']);
  });

  it('"ranch" while "which salad?" waits is a dressing of its own: the salad is still asked about', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add salad');
    const added = await shopper.intent('AddItemIntent', { product: 'ranch' });
    expect(added.say).toMatch(/^Added Original Ranch Dressing to your cart\. And which salad did you mean/);
    expect(await t.cartLines()).toEqual(['1 Original Ranch Dressing']);
  });

  it('"the big ones" of trash bags, "big" in no name, asks which of the trash bags and takes nothing off', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add trash bags');
    const described = await shopper.intent('ChooseOptionIntent', { product: 'big' });
    expect(described.say).toMatch(/^Which big trash bags did you mean: .*Strong Large Trash Bags/);
    expect(await t.cartLines()).toHaveLength(1);
  });

  it('"the dry kind" of a cat food named dry says it is the one added', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add cat food');
    const described = await shopper.intent('ChooseOptionIntent', { product: 'dry' });
    expect(described.say).toMatch(/^That's the one I added: .*Dry Cat Food\./);
  });

  it('"remove the treats" while "which treats for him?" waits lets that item go', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add some treats for him');
    const letGo = await shopper.intent('RemoveItemIntent', { product: 'treats' });
    expect(letGo.say).not.toMatch(/which treats/i);
    expect(await t.cartLines()).toEqual([]);
  });
});

describe('a word of a kind said as a request, just after an add', () => {
  it('"crunchy" just after peanut butter went in makes it the crunchy one, not a second jar', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add peanut butter');
    await shopper.intent('AddItemIntent', { product: 'crunchy' });
    expect(await t.cartLines()).toEqual(['1 Crunchy Peanut Butter']);
  });

  it('"bananas" just after white bread went in are bananas, never the bread swapped for banana bread', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add a loaf of white bread');
    await shopper.intent('AddItemIntent', { product: 'bananas' });
    expect(await t.cartLines()).toEqual([expect.stringMatching(/^1 loaf .*White Bread$/), '1 Bananas']);
  });

  it('a thing named on its own just after an add is added beside it', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add peanut butter');
    await shopper.intent('AddItemIntent', { product: 'bananas' });
    expect(await t.cartLines()).toEqual(['1 Creamy Peanut Butter', '1 Bananas']);
  });
});

describe('an item let go while its question waits', () => {
  it('"remove the beans" while "which beans?" waits lets the beans go, though other canned goods are there', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add diced tomatoes');
    await shopper.say('add beans');
    const letGo = await shopper.intent('RemoveItemIntent', { product: 'beans' });
    expect(letGo.say).toMatch(/won't add beans/);
    expect(await t.cartLines()).toEqual(['1 Diced Tomatoes']);
  });
});

describe('what was just added, said again in other words', () => {
  it('"about two pounds of chicken" just after chicken breasts went in is how much of the breasts, not another chicken', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add chicken breasts and broccoli');
    const changed = await shopper.intent('AddItemIntent', { product: 'chicken', quantity: '2', unit: 'pounds' });
    expect(changed.say).toBe('Okay, two pounds of Boneless Skinless Chicken Breasts.');
    expect(await t.cartLines()).toEqual(['2 pound Boneless Skinless Chicken Breasts', '1 Broccoli Crowns']);
  });

  it('"the grape jelly" just after jelly went in as the grape jelly says which it is, and no second jar goes in', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add bananas and jelly');
    const said = await shopper.intent('AddItemIntent', { product: 'the grape jelly' });
    expect(said.say).toMatch(/^That's the one I added: Concord Grape Jelly\./);
    expect(await t.cartLines()).toEqual(['1 Bananas', '1 Concord Grape Jelly']);
  });

  it('"honey" just after white bread went in is a jar of honey, never the bread swapped for a honey wheat loaf', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add a loaf of white bread');
    await shopper.intent('AddItemIntent', { product: 'honey' });
    expect(await t.cartLines()).toEqual([expect.stringMatching(/White Bread$/), expect.stringMatching(/Honey$/)]);
  });
});

describe('a kind of what was just added, while another question waits', () => {
  it('"skim" just after milk went in, while "which cookies?" waits, makes the milk skim and still asks about the cookies', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add cookies');
    await shopper.say('add milk');
    const swapped = await shopper.intent('AddItemIntent', { product: 'skim' });
    expect(swapped.say).toMatch(/^Okay, I swapped Whole Milk for Fat Free Skim Milk in your cart\. If that's wrong, say undo\. And which cookies did you mean/);
    expect(await t.cartLines()).toEqual(['1 Fat Free Skim Milk']);
  });
});

describe('a kind said in a correction or after a pack word', () => {
  it('"no, the decaf" while "which coffee?" waits is the decaf coffee, and the question is not asked again', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add coffee');
    const answered = await shopper.intent('CorrectionIntent', { product: 'the decaf' });
    expect(answered.say).toBe('Added Decaf House Blend Ground Coffee to your cart.');
    expect(await t.cartLines()).toEqual(['1 Decaf House Blend Ground Coffee']);
  });

  it('"earl grey" just after tea bags went in makes them the earl grey tea: the bags are how tea comes, not what it is', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add some tea bags');
    await shopper.intent('AddItemIntent', { product: 'earl grey' });
    expect(await t.cartLines()).toEqual(['1 Earl Grey Tea']);
  });
});

describe('a size said in everyday words, and a kind said after the thing', () => {
  it('"the big one" among cereals picks the family size', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add cereal');
    const chosen = await shopper.intent('ChooseOptionIntent', { product: 'big' });
    expect(chosen.say).toBe('Added Honey Almond Cheerios Family Size to your cart.');
  });

  it('"bread, the whole wheat", its "one" not heard, is the one whole wheat loaf, and nothing else is asked about', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    const added = await shopper.intent('AddItemIntent', { product: 'bread the whole wheat' });
    expect(added.say).toBe('Added 100% Whole Wheat Bread to your cart.');
  });
});

describe('things said one after another with no "and"', () => {
  it('"ketchup mustard and relish", with no relish sold, adds the ketchup and the mustard and says so of the relish', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    const added = await shopper.intent('AddItemIntent', { product: 'ketchup mustard and relish' });
    expect(added.say).toBe("Added Tomato Ketchup and Yellow Mustard to your cart. Sorry, I couldn't find relish at Corner Grocer.");
  });

  it('"spaghetti sauce spaghetti and parmesan" is three things, the spaghetti not lost in the sauce', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.intent('AddItemIntent', { product: 'spaghetti sauce spaghetti and parmesan' });
    expect(await t.cartLines()).toEqual(['1 Traditional Pasta Sauce', '1 Spaghetti', '1 Grated Parmesan Cheese']);
  });

  it('"salad dressing" is the dressing from the salad dressing shelf, not a salad and a dressing', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    const added = await shopper.intent('AddItemIntent', { product: 'salad dressing' });
    expect(added.say).toBe('Added Original Ranch Dressing to your cart.');
  });
});
