import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateInteractionModel } from '../../src/interaction-model/generate.ts';
import { loadClassifier } from '../../src/nlu/classifier.ts';
import { createNlu, type Understanding } from '../../src/nlu/nlu.ts';
import { smallStore } from '../interaction-model/fixtures.ts';

let understand: (text: string) => Understanding;

beforeAll(() => {
  understand = createNlu(generateInteractionModel(smallStore()), { classifier: loadClassifier() }).understand;
});

const products = ['whole milk', 'gala apples', 'coffee', 'bananas', 'bartlett pears', 'eggs', 'paper towels'];
const amount = fc.record({
  number: fc.constantFrom(['two', '2'], ['three', '3'], ['five', '5'], ['eight', '8'], ['twelve', '12']),
  unit: fc.constantFrom('bags', 'boxes', 'pounds', 'cans', 'jars', 'packs'),
});
const carrier = fc.constantFrom(
  (items: string) => `add ${items}`,
  (items: string) => `please add ${items} to my list`,
  (items: string) => `i need ${items}`,
  (items: string) => `put ${items} on my list`,
);

describe('amounts of one item and of several, for any items and amounts', () => {
  it('one item with its amount: the amount goes to quantity and unit, the product alone to the product slot', () => {
    fc.assert(
      fc.property(fc.constantFrom(...products), amount, carrier, (product, { number, unit }, say) => {
        const heard = understand(say(`${number[0]} ${unit} of ${product}`));
        expect(heard).toMatchObject({ intent: 'AddItemIntent', slots: { product, quantity: number[1], unit } });
      }),
      { numRuns: 60 },
    );
  });

  it('several items, each with or without an amount: the whole list goes to the product slot, with no quantity or unit', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.constantFrom(...products), { minLength: 2, maxLength: 3 }),
        fc.array(fc.option(amount), { minLength: 3, maxLength: 3 }),
        carrier,
        (items, amounts, say) => {
          fc.pre(amounts.slice(0, items.length).some((each) => each !== null));
          const said = items.map((item, at) => {
            const each = amounts[at];
            return each === null || each === undefined ? item : `${each.number[0]} ${each.unit} of ${item}`;
          });
          const list = `${said.slice(0, -1).join(' ')} and ${said.at(-1) ?? ''}`;
          const heard = understand(say(list));
          expect(heard).toMatchObject({ intent: 'AddItemIntent', slots: { product: list } });
          expect(heard.kind === 'intent' ? Object.keys(heard.slots) : []).not.toContain('quantity');
          expect(heard.kind === 'intent' ? Object.keys(heard.slots) : []).not.toContain('unit');
        },
      ),
      { numRuns: 80 },
    );
  });
});
