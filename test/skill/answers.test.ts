import type { Directive, ResponseEnvelope } from 'ask-sdk-model';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Exchange } from '../../src/skill/conversation.ts';
import { startTestSkill, type TestSkill } from '../support/skill.ts';

/**
 * Seniors answer a question with just the thing asked for: "What would you like to take off?" —
 * "the paper towels". The skill asks such questions with Dialog.ElicitSlot, so Alexa (and the
 * local NLU, as Alexa would) hears the bare answer as the slot it asked for.
 */

let t: TestSkill;
beforeEach(async () => {
  t = await startTestSkill();
});
afterEach(async () => {
  await t.close();
});

/**
 * A shopper back with things in the cart from an earlier session. Within the session that added
 * something, a bare "remove" or "change the quantity" means what was just added; now nothing was.
 */
async function returningShopper(...adds: string[]): Promise<ReturnType<TestSkill['shopper']>> {
  const shopper = t.shopper();
  await shopper.launch();
  for (const add of adds) await shopper.say(add);
  await shopper.end();
  await shopper.launch();
  return shopper;
}

function directivesOf(response: ResponseEnvelope): Directive[] {
  return response.response.directives ?? [];
}

/** The Dialog.ElicitSlot directive of an answer, with what Alexa needs of it checked. */
function elicited(exchange: Exchange): { intent: string; slot: string; slots: Record<string, string | undefined> } {
  const directives = directivesOf(exchange.response).filter((directive) => directive.type === 'Dialog.ElicitSlot');
  expect(directives).toHaveLength(1);
  const directive = directives[0];
  if (directive?.type !== 'Dialog.ElicitSlot') throw new Error('no Dialog.ElicitSlot');
  // Alexa refuses ElicitSlot in a response that ends the session, or one with nothing to say.
  expect(exchange.response.response.shouldEndSession).toBe(false);
  expect(exchange.response.response.outputSpeech).toBeDefined();
  expect(exchange.ended).toBe(false);
  const intent = directive.updatedIntent;
  expect(intent).toBeDefined();
  expect(Object.keys(intent?.slots ?? {})).toContain(directive.slotToElicit);
  expect(intent?.slots?.[directive.slotToElicit]?.value).toBeUndefined();
  const slots = Object.fromEntries(Object.entries(intent?.slots ?? {}).map(([name, slot]) => [name, slot.value]));
  return { intent: intent?.name ?? '', slot: directive.slotToElicit, slots };
}

function elicitsNothing(exchange: Exchange): void {
  expect(directivesOf(exchange.response).some((directive) => directive.type.startsWith('Dialog.'))).toBe(false);
}

describe('answering the question with just the thing asked for', () => {
  it('"remove" — "the paper towels" takes the paper towels off', async () => {
    const shopper = await returningShopper('add paper towels', 'add two pounds of bananas');
    const asked = await shopper.say('remove');
    expect(asked.say).toBe('What would you like to take off?');
    expect(asked.reprompt).toBe('Say the name of the product, for example, remove bananas.');
    expect(elicited(asked)).toMatchObject({ intent: 'RemoveItemIntent', slot: 'product' });

    const answered = await shopper.say('the paper towels');
    expect(answered.intent).toBe('RemoveItemIntent');
    expect(answered.slots).toEqual({ product: 'paper towels' });
    expect(answered.say).toBe('Removed Bounty Select-A-Size Paper Towels from your cart.');
    elicitsNothing(answered);
    expect(await t.cartLines()).toEqual(['2 pound Bananas']);
  });

  it('"add" — "milk" adds milk', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    const asked = await shopper.say('add');
    expect(asked.say).toBe('What would you like to add?');
    expect(elicited(asked)).toMatchObject({ intent: 'AddItemIntent', slot: 'product' });

    const answered = await shopper.say('milk');
    expect(answered.intent).toBe('AddItemIntent');
    expect(answered.say).toMatch(/^Added .*Milk to your cart\.$/);
    expect(await t.cartLines()).toHaveLength(1);
    expect((await t.cartLines())[0]).toMatch(/Milk$/);
  });

  it('the answer keeps what was said with the question: "add to my picnic list" — "salsa" goes on the picnic list', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('create a picnic list');
    const asked = await shopper.say('add to my picnic list');
    expect(asked.say).toBe('What would you like to add?');
    expect(elicited(asked)).toEqual({ intent: 'AddItemIntent', slot: 'product', slots: { list: 'picnic', product: undefined } });
    expect((await shopper.say('salsa')).say).toBe('Added Medium Chunky Salsa to your picnic list.');
    expect((await t.stateOf()).lists.picnic?.map((line) => line.name)).toEqual(['Medium Chunky Salsa']);
    expect(await t.cartLines()).toEqual([]);
  });

  it('"change the quantity" — "the eggs" asks how many — "three" changes the eggs', async () => {
    const shopper = await returningShopper('add a dozen eggs', 'add paper towels');
    const which = await shopper.say('change the quantity');
    expect(which.say).toBe('Which item should I change?');
    expect(elicited(which)).toMatchObject({ intent: 'ChangeQuantityIntent', slot: 'product' });

    const howMany = await shopper.say('the eggs');
    expect(howMany.intent).toBe('ChangeQuantityIntent');
    expect(howMany.say).toBe('You have a dozen Large White Eggs. How many would you like?');
    expect(elicited(howMany)).toEqual({ intent: 'ChangeQuantityIntent', slot: 'quantity', slots: { product: 'eggs', quantity: undefined } });

    const changed = await shopper.say('three');
    expect(changed.intent).toBe('ChangeQuantityIntent');
    expect(changed.slots).toEqual({ product: 'eggs', quantity: '3' });
    expect(changed.say).toBe('Okay, three dozen Large White Eggs.');
    expect(await t.cartLines()).toEqual(['3 dozen Large White Eggs', '1 Bounty Select-A-Size Paper Towels']);
  });

  it('"change the quantity" — "the eggs to two" changes them at once', async () => {
    const shopper = await returningShopper('add eggs', 'add paper towels');
    await shopper.say('change the quantity');
    expect((await shopper.say('the eggs to two')).say).toBe('Okay, two dozen Large White Eggs.');
  });

  it('"make it" after an add asks how many of what was just added', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add bananas');
    const asked = await shopper.intent('ChangeQuantityIntent', {});
    expect(asked.say).toBe('You have Bananas. How many would you like?');
    expect(elicited(asked)).toMatchObject({ intent: 'ChangeQuantityIntent', slot: 'quantity' });
    expect((await shopper.say('four')).say).toBe('Okay, four Bananas.');
  });

  it('"create a list" — "picnic" makes the picnic list', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    const asked = await shopper.say('create a list');
    expect(asked.say).toBe('What should I call the new list? You can say a name, like party.');
    expect(elicited(asked)).toMatchObject({ intent: 'CreateListIntent', slot: 'list' });

    const answered = await shopper.say('picnic');
    expect(answered.intent).toBe('CreateListIntent');
    expect(answered.say).toBe('I made your picnic list, and what you add now goes on it. What would you like on it?');
    expect(Object.keys((await t.stateOf()).lists)).toEqual(['picnic']);
  });

  it('a one-shot that asks ("ask corner grocer to remove something") elicits the answer and keeps listening', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add paper towels');
    await shopper.end();
    const asked = await shopper.say('ask corner grocer to remove something');
    expect(asked.say).toBe('What would you like to take off?');
    expect(elicited(asked)).toMatchObject({ intent: 'RemoveItemIntent', slot: 'product' });
    expect((await shopper.say('paper towels')).say).toBe('Removed Bounty Select-A-Size Paper Towels from your cart.');
  });
});

describe('an answer that is something else is heard as itself', () => {
  it('"stop" ends the session, taking nothing off', async () => {
    const shopper = await returningShopper('add paper towels');
    await shopper.say('remove');
    const stop = await shopper.say('stop');
    expect(stop.intent).toBe('AMAZON.StopIntent');
    expect(stop.ended).toBe(true);
    expect(await t.cartLines()).toEqual(['1 Bounty Select-A-Size Paper Towels']);
  });

  it('"add eggs" adds eggs, and the question lapses', async () => {
    const shopper = await returningShopper('add paper towels');
    await shopper.say('remove');
    const add = await shopper.say('add eggs');
    expect(add.intent).toBe('AddItemIntent');
    expect(add.say).toBe('Added a dozen Large White Eggs to your cart.');
    elicitsNothing(add);
    // Nothing is being asked any more: a bare product is not taken off; it is the next thing to add.
    expect((await shopper.say('paper towels')).intent).toBe('AddItemIntent');
    expect(await t.cartLines()).toEqual(['2 Bounty Select-A-Size Paper Towels', '1 Large White Eggs']);
  });

  it('"yes" is a yes, with nothing to agree to', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('create a list');
    const yes = await shopper.say('yes');
    expect(yes.intent).toBe('AMAZON.YesIntent');
    expect(yes.say).toMatch(/^I wasn't asking anything just then\./);
    expect((await t.stateOf()).lists).toEqual({});
  });

  it('"help", "repeat" and a mumble ask the same question again, and the bare answer still answers it', async () => {
    const shopper = await returningShopper('add paper towels');
    await shopper.say('remove');

    const help = await shopper.say('help');
    expect(help.intent).toBe('AMAZON.HelpIntent');
    expect(help.say).toBe("I asked you a question, and I'm waiting for your answer. What would you like to take off?");
    expect(elicited(help)).toMatchObject({ intent: 'RemoveItemIntent', slot: 'product' });

    const repeat = await shopper.say('repeat that');
    expect(repeat.say).toBe('What would you like to take off?');
    expect(elicited(repeat)).toMatchObject({ intent: 'RemoveItemIntent', slot: 'product' });

    const mumble = await shopper.intent('AMAZON.FallbackIntent');
    expect(mumble.say).toBe("Sorry, I didn't catch that. What would you like to take off?");
    expect(elicited(mumble)).toMatchObject({ intent: 'RemoveItemIntent', slot: 'product' });

    expect((await shopper.say('the paper towels')).say).toBe('Removed Bounty Select-A-Size Paper Towels from your cart.');
    expect(await t.cartLines()).toEqual([]);
  });

  it('a product named with the request is no question: "remove the paper towels" elicits nothing', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add paper towels');
    elicitsNothing(await shopper.say('remove the paper towels'));
  });
});
