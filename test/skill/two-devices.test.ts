import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSkill } from '../../src/skill/builder.ts';
import { Conversation } from '../../src/skill/conversation.ts';
import { SqliteShopperStore } from '../../src/storage/sqlite.ts';
import { demoCatalog, startTestSkill, type TestSkill } from '../support/skill.ts';

let t: TestSkill;
let secondStore: SqliteShopperStore;

beforeAll(async () => {
  const file = join(mkdtempSync(join(tmpdir(), 'voicecart-devices-')), 'shoppers.sqlite');
  t = await startTestSkill({ store: new SqliteShopperStore(file) });
  secondStore = new SqliteShopperStore(file);
});
afterAll(async () => {
  await t.close();
  await t.store.close();
  await secondStore.close();
});

describe('one household, two devices, adding at the same moment', () => {
  it('keeps all fifty adds made in parallel through the skill, none lost', async () => {
    // The kitchen Echo and the living-room Echo are two skill instances on one SQLite file.
    const kitchen = t.skill;
    const livingRoom = createSkill({ ...t.services, store: secondStore });
    const { catalog, resolver } = demoCatalog();
    const products = catalog.products
      .filter((product) => {
        const resolution = resolver.resolve(product.name);
        return resolution.product?.id === product.id && !resolution.ambiguous;
      })
      .slice(0, 50);
    expect(products).toHaveLength(50);

    const answers = await Promise.all(
      products.map((product, i) =>
        new Conversation(i % 2 === 0 ? kitchen : livingRoom, { userId: 'family' }, t.clock.now).intent('AddItemIntent', {
          product: product.name,
        }),
      ),
    );
    expect(answers.every((answer) => answer.say.startsWith('Added '))).toBe(true);
    const { cart } = await t.stateOf('family');
    expect(new Set(cart.map((line) => line.productId))).toEqual(new Set(products.map((product) => product.id)));
  });
});
