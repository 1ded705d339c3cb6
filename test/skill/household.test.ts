import { afterEach, describe, expect, it } from 'vitest';
import { parseHistoryCsv } from '../../src/catalog/history.ts';
import { startTestSkill, type TestSkill } from '../support/skill.ts';

/** The Okafor household's orders at the store: Viva paper towels and oat milk, every week. */
const storeHistory = parseHistoryCsv(
  [
    'user_id,order_id,order_number,product_id',
    'okafor,o1,1,p0312',
    'okafor,o1,1,p0043',
    'okafor,o2,2,p0312',
    'okafor,o2,2,p0043',
    'okafor,o2,2,p0001',
    'okafor,o3,3,p0043',
    'okafor,o3,3,p0312',
  ].join('\n'),
);

let t: TestSkill;
afterEach(async () => {
  await t.close();
});

describe('a household the store backend knows', () => {
  it('on launch, tunes Alexa to the products this household buys (dynamic entities)', async () => {
    t = await startTestSkill({ backendHistory: storeHistory });
    const shopper = t.shopper({ accessToken: t.linkAccount('okafor') });
    const opened = await shopper.launch();
    const directive = opened.response.response.directives?.find((d) => d.type === 'Dialog.UpdateDynamicEntities');
    expect(directive).toMatchObject({ updateBehavior: 'REPLACE', types: [{ name: 'ProductName' }] });
    const ids = JSON.stringify(directive).match(/"id":"p\d+"/g);
    expect(ids?.slice(0, 2).sort()).toEqual(['"id":"p0043"', '"id":"p0312"']);
  });

  it('sends no dynamic entities for a shopper with no orders', async () => {
    t = await startTestSkill();
    const opened = await t.shopper().launch();
    expect(opened.response.response.directives ?? []).toEqual([]);
  });

  it('hears "add paper towels" and "milk" as the exact products this household buys, from the backend’s history', async () => {
    t = await startTestSkill({ backendHistory: storeHistory });
    const shopper = t.shopper({ accessToken: t.linkAccount('okafor') });
    await shopper.launch();
    expect((await shopper.say('add paper towels')).say).toBe('Added Viva Multi-Surface Cloth Paper Towels to your cart.');
    expect((await shopper.say('add milk')).say).toBe('Added Original Oatmilk to your cart.');
    expect((await t.stateOf()).cart.map((line) => line.productId)).toEqual(['p0312', 'p0043']);
  });

  it('still hears "eggs" as eggs, though the oat milk it buys is shelved under dairy and eggs', async () => {
    t = await startTestSkill({ backendHistory: storeHistory });
    const shopper = t.shopper({ accessToken: t.linkAccount('okafor') });
    await shopper.launch();
    expect((await shopper.say('add eggs')).say).toBe('Added a dozen Large White Eggs to your cart.');
  });

  it('asks once between the nut butter it buys and the store\'s butter when the shopper says "butter", and keeps the answer', async () => {
    const nutButterEveryWeek = parseHistoryCsv(['user_id,order_id,order_number,product_id', 'okafor,o1,1,p0188', 'okafor,o2,2,p0188', 'okafor,o3,3,p0188'].join('\n'));
    t = await startTestSkill({ backendHistory: nutButterEveryWeek });
    const shopper = t.shopper({ accessToken: t.linkAccount('okafor') });
    await shopper.launch();
    expect((await shopper.say('add butter')).say).toMatch(/^Which butter did you mean: one, Creamy Peanut Butter, two, (Salted|Unsalted) Butter/);
    expect(await t.cartLines()).toEqual([]);
    const added = /^Added (.+) to your cart\.$/.exec((await shopper.say('number two')).say)?.[1];
    expect(added).toMatch(/^(Salted|Unsalted) Butter$/);
    expect((await shopper.say('add butter')).say).toBe(`Added ${added} to your cart. That makes two ${added}.`);
    expect(await t.cartLines()).toEqual([`2 ${added}`]);
  });
});

