import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseHistoryCsv } from '../../src/catalog/history.ts';
import { startTestSkill, type TestSkill } from '../support/skill.ts';

/**
 * A third round of conversations played as real shoppers: a first session, Dash-style one-shots
 * and the cart on an Echo Show. Each one once went wrong.
 */

/** Three orders of bananas, whole milk and eggs, by demo catalog id. */
const HISTORY_CSV = [
  'user_id,order_id,order_number,product_id',
  ...[1, 2, 3].flatMap((n) => ['p0001', 'p0034', 'p0044'].map((id) => `shopper-1,order-${n},${n},${id}`)),
].join('\n');

let t: TestSkill;
beforeEach(async () => {
  t = await startTestSkill({ history: parseHistoryCsv(HISTORY_CSV) });
});
afterEach(async () => {
  await t.close();
});

describe('a one-shot that asked a question', () => {
  it('"ask corner grocer to reorder my usual", then "yes": the usual goes in and the session ends', async () => {
    const shopper = t.shopper();
    const offer = await shopper.say('ask corner grocer to reorder my usual');
    expect(offer.ended).toBe(false);
    const yes = await shopper.say('yes');
    expect(yes.say).toBe('Done. I put your usual, three items, in your cart. Nothing is ordered until you say check out.');
    expect(yes.ended).toBe(true);
    expect(yes.reprompt).toBeNull();
  });

  it('"no" to the one-shot\'s question ends the session too', async () => {
    const shopper = t.shopper();
    await shopper.say('ask corner grocer to reorder my usual');
    const no = await shopper.say('no');
    expect(no.say).toBe("Okay, I didn't add anything.");
    expect(no.ended).toBe(true);
  });

  it('"ask corner grocer to add cheese" asks which, and the choice ends the session', async () => {
    const shopper = t.shopper();
    const which = await shopper.say('ask corner grocer to add cheese');
    expect(which.ended).toBe(false);
    const chosen = await shopper.say('one');
    expect(chosen.say).toMatch(/^Added .+ to your cart\.$/);
    expect(chosen.ended).toBe(true);
  });

  it('help in the middle of the question keeps it open; the answer then ends the session', async () => {
    const shopper = t.shopper();
    await shopper.say('ask corner grocer to reorder my usual');
    expect((await shopper.say('help')).ended).toBe(false);
    expect((await shopper.say('yes')).ended).toBe(true);
  });

  it('a session opened with "open corner grocer" stays open after a question is answered', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('reorder my usual');
    expect((await shopper.say('yes')).ended).toBe(false);
  });
});

describe('a one-shot that asked for a missing word', () => {
  it('"ask corner grocer to remove", then "the bananas": taken off, and the session ends', async () => {
    const shopper = t.shopper();
    await shopper.say('ask corner grocer to add two pounds of bananas');
    const what = await shopper.say('ask corner grocer to remove');
    expect(what.ended).toBe(false);
    const removed = await shopper.say('the bananas');
    expect(removed.say).toBe('Removed Bananas from your cart.');
    expect(removed.ended).toBe(true);
  });
});

describe("a brand-new shopper's first session", () => {
  it('silence after the welcome asks again what to add, never "what else" before anything was asked for', async () => {
    const shopper = t.shopper({ userId: 'new-shopper' });
    const welcome = await shopper.launch();
    expect(welcome.say).toBe('Welcome to Corner Grocer. What would you like to add? You can say, for example, add two pounds of bananas.');
    expect(welcome.reprompt).toBe('What would you like to add? For example, say add milk.');
  });

  it('silence after help asks what to do, and offers the same example', async () => {
    const shopper = t.shopper({ userId: 'new-shopper' });
    await shopper.launch();
    for (const words of ['what can I say', 'how does this work']) {
      const help = await shopper.say(words);
      expect(help.intent).toBe('AMAZON.HelpIntent');
      expect(help.reprompt).toBe('What would you like to do? For example, say add milk.');
    }
  });

  it('a returning shopper who goes silent is asked what to do, not what else', async () => {
    const shopper = t.shopper();
    await shopper.say('ask corner grocer to add two pounds of bananas');
    const welcome = await shopper.launch();
    expect(welcome.say).toBe('Welcome back to Corner Grocer. You have one item in your cart. What would you like to do?');
    expect(welcome.reprompt).toBe('What would you like to do? For example, say add milk.');
  });
});

describe('the cart on an Echo Show', () => {
  function shown(exchange: { response: { response: { directives?: unknown[] } } }): string | undefined {
    const directive = exchange.response.response.directives?.find(
      (d) => typeof d === 'object' && d !== null && 'type' in d && d.type === 'Alexa.Presentation.APL.RenderDocument',
    );
    return directive === undefined ? undefined : JSON.stringify(directive);
  }

  it('once the cart is on screen, removing, adding, undoing and clearing show the cart as it now is, not as it was read', async () => {
    const shopper = t.shopper({ screen: true });
    await shopper.launch();
    expect(shown(await shopper.say('add two pounds of bananas'))).toBeUndefined();
    await shopper.say('add maple and brown sugar oatmeal');
    expect(shown(await shopper.say("what's in my cart"))).toContain('"name":"Bananas"');

    const removed = shown(await shopper.say('remove the bananas'));
    expect(removed).toContain('"name":"Maple & Brown Sugar Instant Oatmeal"');
    expect(removed).not.toContain('"name":"Bananas"');
    expect(removed).toContain('Estimated total $4.29');

    expect(shown(await shopper.say('add whole milk'))).toContain('"name":"Whole Milk"');
    expect(shown(await shopper.say('undo'))).not.toContain('"name":"Whole Milk"');

    expect(shown(await shopper.say('clear my cart'))).toBeUndefined();
    const cleared = shown(await shopper.say('yes'));
    expect(cleared).toContain('"items":[]');
    expect(cleared).toContain('Estimated total $0.00');

    // Nothing changed: the screen already shows this.
    expect(shown(await shopper.say('help'))).toBeUndefined();
  });
});

describe('one-shots that end say no question', () => {
  it('"ask corner grocer to start over", "to repeat that", "yes" or "one" with nothing asked end without asking what to do', async () => {
    const cases: [string, string][] = [
      ['ask corner grocer to start over', "Okay, let's start over. Your cart is still saved."],
      ['ask corner grocer to repeat that', "I haven't said anything yet."],
      ['ask corner grocer yes', "I wasn't asking anything just then."],
      ['ask corner grocer number one', "I wasn't asking you to choose anything."],
    ];
    for (const [words, answer] of cases) {
      const shopper = t.shopper();
      const said = await shopper.say(words);
      expect(said.say).toBe(answer);
      expect(said.ended).toBe(true);
    }
  });

  it('in an open session the same answers still ask what to do next', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    expect((await shopper.say('start over')).say).toBe("Okay, let's start over. Your cart is still saved. What would you like to do?");
    expect((await shopper.say('no')).say).toBe('Okay. What would you like to do?');
  });

  it('"ask corner grocer what is my order status" without a linked account is about orders, not checking out', async () => {
    const shopper = t.shopper();
    const said = await shopper.say('ask corner grocer what is my order status');
    expect(said.say).toBe("To hear about your orders, link your Corner Grocer account in the Alexa app. I've sent a card there to help.");
    expect(said.ended).toBe(true);
  });

  it('"where\'s my order" while shopping without a linked account keeps the session and the question waiting', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add bread');
    const said = await shopper.intent('OrderStatusIntent');
    expect(said.say).toMatch(/^To hear about your orders, link your Corner Grocer account in the Alexa app\. I've sent a card there to help\. And which bread did you mean/);
    expect(said.ended).toBe(false);
    await shopper.say('the first one');
    expect(await t.cartLines()).toEqual(['1 Classic White Bread']);
  });
});

describe('the usual, said with one product', () => {
  it('"add the usual coffee" adds coffee to the cart, and makes no list called usual', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.intent('AddItemIntent', { product: 'coffee', list: 'usual' });
    expect((await shopper.say('two')).say).toBe('Added Original Roast Ground Coffee to your cart.');
    expect((await t.stateOf()).lists).toEqual({});
    expect(await t.cartLines()).toEqual(['1 Original Roast Ground Coffee']);
  });
});

describe('taken off, then wanted back', () => {
  it('"put the bananas back" right after taking them off puts them back; later, it is a question for the store', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say('add two pounds of bananas');
    await shopper.say('remove the bananas');
    const back = await shopper.intent('ReturnItemIntent', { product: 'bananas' });
    expect(back.say).toBe('Okay, I took back removing Bananas from your cart.');
    expect(await t.cartLines()).toEqual(['2 pound Bananas']);
    expect((await shopper.intent('ReturnItemIntent', { product: 'bananas' })).say).toMatch(/handles returns/);
    expect(await t.cartLines()).toEqual(['2 pound Bananas']);
  });
});
