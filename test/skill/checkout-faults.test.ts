import { afterEach, describe, expect, it } from 'vitest';
import { startFaultProxy, type Fault, type FaultProxy } from '../backend/fault-proxy.ts';
import { startTestSkill, type TestSkill } from '../support/skill.ts';

/** Short budgets keep the suite quick; the production defaults are 2.5 s an attempt, 5.5 s in all. */
const BUDGET = { attemptTimeoutMs: 300, totalBudgetMs: 1000, backoffMs: 20 };

let t: TestSkill;
let proxy: FaultProxy;
afterEach(async () => {
  await proxy.close();
  await t.close();
});

async function start(): Promise<void> {
  t = await startTestSkill({
    client: BUDGET,
    inFront: async (url) => {
      proxy = await startFaultProxy(url);
      return proxy.url;
    },
  });
}


/** A linked shopper whose checkout has been read back, waiting for "yes". */
async function readyToConfirm(): Promise<ReturnType<TestSkill['shopper']>> {
  const shopper = t.shopper({ accessToken: t.linkAccount('customer-1') });
  await shopper.launch();
  await shopper.intent('AddItemIntent', { product: 'whole milk' });
  const readBack = await shopper.say('check out');
  expect(readBack.say).toMatch(/Should I place the order\?$/);
  return shopper;
}

/** Says "yes" with the given faults on the way to the store; returns the answer and how long it took. */
async function confirmThrough(shopper: ReturnType<TestSkill['shopper']>, faults: Fault[]): Promise<{ say: string; ms: number }> {
  proxy.script(faults);
  const started = performance.now();
  const answer = await shopper.say('yes');
  return { say: answer.say, ms: performance.now() - started };
}

describe('checkout when the store backend misbehaves', () => {
  it('a 503, then a 500, then success: one order, under the same idempotency key', async () => {
    await start();
    const shopper = await readyToConfirm();
    const { say } = await confirmThrough(shopper, [{ status: 503 }, { status: 500 }]);
    expect(say).toMatch(/^Your order is placed\./);
    expect(t.ordersPlaced()).toBe(1);
    const keys = proxy.seen.filter((r) => r.path === '/v1/orders').map((r) => r.key);
    expect(keys).toHaveLength(3);
    expect(new Set(keys).size).toBe(1);
  });

  it('the connection resets after the store placed the order: the retry gets that order back, not a second one', async () => {
    await start();
    const shopper = await readyToConfirm();
    const { say } = await confirmThrough(shopper, ['forward-then-reset']);
    expect(say).toMatch(/^Your order is placed\./);
    expect(t.ordersPlaced()).toBe(1);
  });

  it('the store hangs for good: the skill still answers in time, records the order as pending, and settles it once later', async () => {
    await start();
    const shopper = await readyToConfirm();
    const { say, ms } = await confirmThrough(shopper, ['forward-then-hang', 'hang', 'hang', 'hang', 'hang']);
    expect(ms).toBeLessThan(7000);
    expect(say).toMatch(/can't confirm your order yet/);
    expect((await t.stateOf()).pendingOrders).toHaveLength(1);
    expect(t.ordersPlaced()).toBe(1);

    // Next time the shopper opens the skill, the same key is replayed: the store answers with the order it placed.
    const back = await shopper.launch();
    expect(back.say).toMatch(/^Good news: your earlier order went through\./);
    expect((await t.stateOf()).pendingOrders).toEqual([]);
    expect(t.ordersPlaced()).toBe(1);
  });

  it('the store is down: nothing is ordered, the shopper is told, the cart is kept', async () => {
    await start();
    const shopper = await readyToConfirm();
    const { say } = await confirmThrough(shopper, ['reset', 'reset', 'reset', 'reset', 'reset']);
    expect(say).toMatch(/can't (reach|confirm)/);
    expect(t.ordersPlaced()).toBe(0);
    expect((await t.stateOf()).cart).toHaveLength(1);
  });
});
