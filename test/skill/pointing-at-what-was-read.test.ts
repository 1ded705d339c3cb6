import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestSkill, type TestSkill } from '../support/skill.ts';

let t: TestSkill;
beforeEach(async () => {
  t = await startTestSkill();
});
afterEach(async () => {
  await t.close();
});

async function shopperWith(items: readonly string[]): Promise<ReturnType<TestSkill['shopper']>> {
  const shopper = t.shopper();
  await shopper.launch();
  for (const item of items) await shopper.intent('AddItemIntent', { product: item });
  return shopper;
}

describe('an item pointed at by where it was read', () => {
  it('when the shopper hears the cart and says "take off the second one", the second item read comes off, and only it', async () => {
    const shopper = await shopperWith(['lemons', 'limes', 'garlic', 'mangoes']);
    const read = await shopper.say("what's in my cart");
    expect(read.say).toBe("You have four items in your cart: Lemons, Limes, and Garlic. There's one more; say more to hear it.");
    const removed = await shopper.intent('RemoveItemIntent', { position: '2' });
    expect(removed.say).toMatch(/Limes?/);
    expect((await t.stateOf()).cart.map((line) => line.name)).toEqual(['Lemons', 'Garlic', 'Mangoes']);
  });

  it('when the product slot holds only the position ("the last one"), it counts the items of the latest "more"', async () => {
    const shopper = await shopperWith(['lemons', 'limes', 'garlic', 'mangoes', 'bananas']);
    await shopper.say("what's in my cart");
    await shopper.say('more');
    await shopper.intent('RemoveItemIntent', { product: 'the last one' });
    expect((await t.stateOf()).cart.map((line) => line.name)).toEqual(['Lemons', 'Limes', 'Garlic', 'Mangoes']);
  });

  it('when "more" read only the last item and the shopper says "the second one", the count runs over all that was read', async () => {
    const shopper = await shopperWith(['lemons', 'limes', 'garlic', 'mangoes']);
    await shopper.say("what's in my cart");
    expect((await shopper.say('more')).say).toMatch(/^Mangoes\./);
    await shopper.intent('ChangeQuantityIntent', { position: '2', quantity: '3' });
    expect(await t.cartLines()).toEqual(['1 Lemons', '3 Limes', '1 Garlic', '1 Mangoes']);
    const fifth = await shopper.intent('RemoveItemIntent', { position: '5' });
    expect(fifth.say).toMatch(/^I only read four items just now, so there's no fifth\./);
    expect(await t.cartLines()).toEqual(['1 Lemons', '3 Limes', '1 Garlic', '1 Mangoes']);
  });

  it('when the shopper says "make the first one three", that line becomes three', async () => {
    const shopper = await shopperWith(['lemons', 'limes']);
    await shopper.say("what's in my cart");
    await shopper.intent('ChangeQuantityIntent', { position: '1', quantity: '3' });
    expect(await t.cartLines()).toEqual(['3 Lemons', '1 Limes']);
  });

  it('when nothing was read, "take off the third one" asks what to take off and changes nothing', async () => {
    const shopper = await shopperWith(['lemons']);
    const before = await t.stateOf();
    const asked = await shopper.intent('RemoveItemIntent', { position: '3' });
    expect(asked.say).toBe("I haven't read you any items to count from, so I don't know which is the third. What would you like to take off?");
    expect(asked.ended).toBe(false);
    expect(await t.stateOf()).toEqual(before);
  });

  it('when the position is past what was read, voicecart says how many it read and changes nothing', async () => {
    const shopper = await shopperWith(['lemons', 'limes']);
    await shopper.say("what's in my cart");
    const before = await t.stateOf();
    const asked = await shopper.intent('RemoveItemIntent', { position: '5' });
    expect(asked.say).toBe("I only read two items just now, so there's no fifth. Which one did you mean?");
    expect(await t.stateOf()).toEqual(before);
  });

  it('after one request added several items, "remove the second one" counts those items', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add lemons, limes and garlic');
    expect((await t.stateOf()).cart.map((line) => line.name)).toEqual(['Lemons', 'Limes', 'Garlic']);
    await shopper.intent('RemoveItemIntent', { position: '2' });
    expect((await t.stateOf()).cart.map((line) => line.name)).toEqual(['Lemons', 'Garlic']);
  });

  it('an item taken off already is said by name when the count reaches it again', async () => {
    const shopper = await shopperWith(['lemons', 'limes']);
    await shopper.say("what's in my cart");
    await shopper.intent('RemoveItemIntent', { position: '2' });
    const again = await shopper.intent('RemoveItemIntent', { position: '2' });
    expect(again.say).toMatch(/Limes/);
    expect((await t.stateOf()).cart.map((line) => line.name)).toEqual(['Lemons']);
  });

  it('a product named with a number ("two limes") is still a product, not a position', async () => {
    const shopper = await shopperWith(['lemons', 'limes']);
    await shopper.say("what's in my cart");
    await shopper.intent('RemoveItemIntent', { product: 'limes' });
    expect((await t.stateOf()).cart.map((line) => line.name)).toEqual(['Lemons']);
  });
});

describe('a change while the order waits for "yes"', () => {
  it('when the shopper adds an item during the read-back, the order is read again with it, and "yes" buys what was read', async () => {
    const shopper = await t.linkedShopperWith(['lemons'], 'customer-7');
    const first = await shopper.say('check out');
    expect(first.say).toMatch(/^Your order from Corner Grocer has one item: /);
    const changed = await shopper.intent('AddItemIntent', { product: 'limes' });
    expect(changed.say).toMatch(/^Added .*Limes.*\. Your order from Corner Grocer has two items: .*Lemons.* and .*Limes.*Should I place the order\?$/);
    expect(changed.ended).toBe(false);
    expect(t.ordersPlaced()).toBe(0);
    const placed = await shopper.say('yes');
    expect(placed.say).toMatch(/^Your order is placed\./);
    expect(t.ordersPlaced()).toBe(1);
    expect((await t.stateOf()).cart).toEqual([]);
  });

  it('when the shopper takes an item off during the read-back, the order is read again without it', async () => {
    const shopper = await t.linkedShopperWith(['lemons', 'limes'], 'customer-7');
    await shopper.say('check out');
    const changed = await shopper.intent('RemoveItemIntent', { product: 'limes' });
    expect(changed.say).toMatch(/Your order from Corner Grocer has one item: .*Lemons/);
    expect(changed.say).not.toMatch(/Limes.*Limes/);
    await shopper.say('yes');
    expect(t.ordersPlaced()).toBe(1);
  });

  it('when the item added during the read-back needs a choice first, the order is read again once it is chosen, and a "yes" before that buys nothing', async () => {
    const shopper = await t.linkedShopperWith(['lemons'], 'customer-7');
    await shopper.say('check out');
    const asked = await shopper.intent('AddItemIntent', { product: 'bread' });
    expect(asked.say).toMatch(/^Which bread did you mean/);
    const chosen = await shopper.say('the wheat one');
    expect(chosen.say).toMatch(/^Added Honey Wheat Bread to your cart\. Your order from Corner Grocer has two items: .*Lemons.* and Honey Wheat Bread\..*Should I place the order\?$/);
    expect(t.ordersPlaced()).toBe(0);
    await shopper.say('yes');
    expect(t.ordersPlaced()).toBe(1);
  });

  it('a choice during the read-back that is cancelled reads the order again as it was', async () => {
    const shopper = await t.linkedShopperWith(['lemons'], 'customer-7');
    await shopper.say('check out');
    await shopper.intent('AddItemIntent', { product: 'bread' });
    const cancelled = await shopper.say('never mind');
    expect(cancelled.say).toMatch(/Your order from Corner Grocer has one item: .*Lemons.*Should I place the order\?$/);
    expect(t.ordersPlaced()).toBe(0);
  });

  it('a question during the read-back that changes nothing does not read the order again', async () => {
    const shopper = await t.linkedShopperWith(['lemons'], 'customer-7');
    await shopper.say('check out');
    const asked = await shopper.say('how much are the lemons');
    expect(asked.say).not.toMatch(/Your order from/);
    expect(asked.say).toMatch(/Should I place the order\?$/);
  });
});

describe('said in words, through the local NLU', () => {
  it('"take off the second one" after a read-back, "swap the limes for lemons", and "make the first one four"', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add garlic, limes and mangoes');
    await shopper.say("what's in my cart");
    await shopper.say('take off the second one');
    expect((await t.stateOf()).cart.map((line) => line.name)).toEqual(['Garlic', 'Mangoes']);
    await shopper.say("what's in my cart");
    await shopper.say('make the second one four');
    expect(await t.cartLines()).toEqual(['1 Garlic', '4 Mangoes']);
  });
});

describe('swapping one product for another', () => {
  it('when the shopper says "swap the mangoes for limes", the limes take the mangoes\' place and amount, and undo puts the mangoes back', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add garlic');
    await shopper.say('add three mangoes');
    await shopper.say('add lemons');
    const swapped = await shopper.say('swap the mangoes for limes');
    expect(swapped.say).toBe("Okay, I swapped Mangoes for three Limes in your cart. If that's wrong, say undo.");
    expect(await t.cartLines()).toEqual(['1 Garlic', '3 Limes', '1 Lemons']);
    await shopper.say('undo');
    expect(await t.cartLines()).toEqual(['1 Garlic', '3 Mangoes', '1 Lemons']);
  });

  it('a replacement said only by what tells it apart is read with the kind of the line it replaces', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add skim milk');
    const line = (await t.stateOf()).cart[0];
    expect(line?.name).toMatch(/Skim Milk/);
    await shopper.say('trade the skim milk for whole');
    const [now] = (await t.stateOf()).cart;
    expect(now?.name).toMatch(/Whole Milk/);
    expect(now?.productId).not.toBe(line?.productId);
  });

  it('a product not in the cart is said so, and nothing is added', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add lemons');
    const before = await t.stateOf();
    const answer = await shopper.say('swap the mangoes for limes');
    expect(answer.say).toBe("I don't see mangoes in your cart.");
    expect(await t.stateOf()).toEqual(before);
  });

  it('a replacement the store does not have leaves the line where it was', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add lemons');
    const before = await t.stateOf();
    const answer = await shopper.intent('SwapItemIntent', { product: 'lemons', replacement: 'zzyzx widgets' });
    expect(answer.say).toMatch(/^I couldn't find zzyzx widgets at Corner Grocer, so Lemons stays in your cart\.$/);
    expect(await t.stateOf()).toEqual(before);
  });
});

describe('changing an amount by some, not to some', () => {
  it('when the shopper says "cut the bananas by a pound", three pounds become two', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add three pounds of bananas');
    await shopper.say('cut the bananas by a pound');
    expect(await t.cartLines()).toEqual(['2 pound Bananas']);
  });

  it('"two fewer limes" takes two off, "bump the limes up by one" puts one back, and down to nothing the line comes off', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add five limes');
    await shopper.say('two fewer limes');
    expect(await t.cartLines()).toEqual(['3 Limes']);
    await shopper.say('bump the limes up by one');
    expect(await t.cartLines()).toEqual(['4 Limes']);
    await shopper.intent('ChangeQuantityIntent', { product: 'limes', change: 'reduce', quantity: '4' });
    expect(await t.cartLines()).toEqual([]);
  });

  it('"I only need one mango" sets the mangoes to one', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add four mangoes');
    await shopper.say('I only need one mango');
    expect(await t.cartLines()).toEqual(['1 Mangoes']);
  });

  it('"I just need two lemons" with no lemons yet offers to add them, and adds only on "yes"', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add garlic');
    const asked = await shopper.say('I just need two lemons');
    expect(asked.say).toBe("I don't see lemons in your cart. Should I add two Lemons?");
    expect(await t.cartLines()).toEqual(['1 Garlic']);
    await shopper.say('yes');
    expect(await t.cartLines()).toEqual(['1 Garlic', '2 Lemons']);
  });
});

describe('going back while reading', () => {
  it('"go back" after "more" reads the few items before those just heard', async () => {
    const shopper = await shopperWith(['lemons', 'limes', 'garlic', 'mangoes', 'bananas']);
    await shopper.say("what's in my cart");
    await shopper.say('more');
    const back = await shopper.say('go back');
    expect(back.say).toBe('You have five items in your cart: Lemons, Limes, and Garlic. There are two more; say more to hear them.');
    expect((await shopper.say('more')).say).toMatch(/Mangoes/);
  });
});

describe('a correction that names what was wrong', () => {
  it('"no, I said pears, not bananas" after other adds trades the bananas line, in its own amount, and keeps what was added since', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add two pounds of bananas');
    await shopper.say('add a gallon of milk');
    const corrected = await shopper.intent('CorrectionIntent', { product: 'pears', rejected: 'bananas' });
    expect(corrected.say).toMatch(/Bananas/);
    expect(corrected.say).toMatch(/Bartlett Pears/);
    expect(await t.cartLines()).toEqual(['2 pound Bartlett Pears', '1 gallon Whole Milk']);
    await shopper.say('undo');
    expect(await t.cartLines()).toEqual(['2 pound Bananas', '1 gallon Whole Milk']);
  });

  it('"what did I add last" after that add was taken off says so, and changes nothing', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add two cans of tomato soup');
    await shopper.say('remove the soup');
    const asked = await shopper.say('what did I add last');
    expect(asked.intent).toBe('LastAddedIntent');
    expect(asked.say).toMatch(/^The last addition was adding two cans of Tomato Soup to your cart, and it has been taken off since\./);
    expect(await t.cartLines()).toEqual([]);
  });
});

describe('a correction to what was heard right', () => {
  it('"no, I said pears" when pears were added changes nothing and asks whether to take them off; "no" keeps them', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add pears');
    const before = await t.stateOf();
    const lines = await t.cartLines();
    const corrected = await shopper.intent('CorrectionIntent', { product: 'pears' });
    expect(corrected.say).toMatch(/^\w+ Pears is what I added\. Should I take it off\?$/);
    expect(await t.stateOf()).toEqual(before);
    await shopper.say('no');
    expect(await t.cartLines()).toEqual(lines);
  });

  it('"actually, no lettuce" just after lettuce went in takes it off, and "undo" puts it back', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add a head of lettuce');
    expect((await shopper.say('actually no lettuce')).say).toBe('Removed Iceberg Lettuce from your cart.');
    expect(await t.cartLines()).toEqual([]);
    await shopper.say('undo');
    expect(await t.cartLines()).toEqual(['1 head Iceberg Lettuce']);
  });

  it('when the shopper says "actually make that two" right after a swap, the product swapped in becomes two', async () => {
    const shopper = await shopperWith(['whole milk', 'a dozen eggs']);
    await shopper.say('swap the whole milk for skim');
    expect((await shopper.say('actually make that two')).say).toMatch(/^Okay, two .*Fat Free Skim Milk\.$/);
    expect((await t.stateOf()).cart.map((line) => `${line.quantity} ${line.name}`)).toEqual(['2 Fat Free Skim Milk', '1 Large White Eggs']);
  });
});
