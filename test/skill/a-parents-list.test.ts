import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadCatalogFile } from '../../src/catalog/load.ts';
import { catalogOf } from '../../src/catalog/product.ts';
import { DEMO_CATALOG } from '../../src/runtime/config.ts';
import { startTestSkill, type TestSkill } from '../support/skill.ts';

let t: TestSkill;
beforeEach(async () => {
  // A store that sells something the voice model's own samples never name.
  const demo = loadCatalogFile(DEMO_CATALOG).catalog;
  t = await startTestSkill({ catalog: catalogOf([...demo.products, { id: 'prunes', name: 'Pitted Prunes', category: 'snacks > nuts seeds dried fruit', price: 3.49 }]) });
});
afterEach(async () => {
  await t.close();
});

describe("a caregiver keeping a parent's list", () => {
  it('when the caregiver says "take the prunes off dad\'s list", only the prunes come off, and the rest of the list stays', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say("put a box of cheerios on dad's list");
    await shopper.say("add pitted prunes to dad's list");
    expect((await t.stateOf()).lists["dad's"]?.map((line) => line.name)).toEqual(['Cheerios', 'Pitted Prunes']);
    const removed = await shopper.say("take the prunes off dad's list");
    expect(removed.say).toMatch(/^Removed Pitted Prunes from your dad's list\./);
    expect((await t.stateOf()).lists["dad's"]?.map((line) => line.name)).toEqual(['Cheerios']);
  });

  it('"remove the prunes from dad\'s list" never empties the list', async () => {
    const shopper = t.shopper();
    await shopper.launch();
    await shopper.say("put a box of cheerios on dad's list");
    await shopper.say("add pitted prunes to dad's list");
    await shopper.say("remove the prunes from dad's list");
    expect((await t.stateOf()).lists["dad's"]?.map((line) => line.name)).toEqual(['Cheerios']);
  });
});
