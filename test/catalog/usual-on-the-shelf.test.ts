import { describe, expect, it } from 'vitest';
import type { PastOrder } from '../../src/catalog/history.ts';
import { catalogOf, type Product } from '../../src/catalog/product.ts';
import { Resolver } from '../../src/catalog/resolver.ts';
import { planItems } from '../../src/cart/requests.ts';

/** A store whose beers are mostly named for their style, one for the word, and a shelf of popcorn and jerky. */
const rows: [string, string, string][] = [
  ['b1', 'Lager', 'alcohol > beers coolers'],
  ['b2', 'Amber Ale', 'alcohol > beers coolers'],
  ['b3', 'Beer', 'alcohol > beers coolers'],
  ['b4', 'Light Beer', 'alcohol > beers coolers'],
  ['b5', 'Hazy IPA', 'alcohol > beers coolers'],
  ['p1', 'White Cheddar Popcorn', 'snacks > popcorn jerky'],
  ['p2', 'Teriyaki Beef Jerky', 'snacks > popcorn jerky'],
  ['w1', 'Sparkling Water', 'beverages > water seltzer'],
];
const products: Product[] = rows.map(([id, name, category]) => ({ id, name, category }));
const resolver = Resolver.build(catalogOf(products));

/** Orders numbered from one, each with the products given. */
const ordersOf = (...orders: string[][]): PastOrder[] => orders.map((productIds, at) => ({ orderId: `o${at + 1}`, orderNumber: at + 1, productIds }));

describe('the usual of a household on the shelf a word names', () => {
  it('"beer" of a household that buys its amber ale every week and bought a Beer once, long ago, offers the amber ale first, beside the Beer, and adds nothing unasked', () => {
    const history = ordersOf(['b2', 'b3'], ['b2'], ['b2', 'w1'], ['b2'], ['b2'], ['b2'], ['b2'], ['b2']);
    const [beer, ...more] = resolver.resolveAll('beer', { history });
    expect(more).toEqual([]);
    expect(beer).toMatchObject({ product: { name: 'Amber Ale' }, ambiguous: true });
    const [planned] = planItems(resolver, { product: 'beer' }, { history });
    expect(planned?.kind).toBe('ambiguous');
    expect(planned?.kind === 'ambiguous' ? planned.options.map((product) => product.name).slice(0, 2) : []).toEqual(['Amber Ale', 'Beer']);
  });

  it('a household that buys the Beer as often as the amber ale gets the Beer, named for the word', () => {
    const history = ordersOf(['b2', 'b3'], ['b2', 'b3'], ['b3']);
    expect(resolver.resolveAll('beer', { history })).toMatchObject([{ product: { name: 'Beer' }, ambiguous: false }]);
  });

  it('jerky on a shelf of popcorn and jerky is no popcorn: "popcorn" of a household that buys the jerky most is its popcorn', () => {
    const history = ordersOf(['p2'], ['p2', 'p1'], ['p2'], ['p2'], ['p2']);
    expect(resolver.resolveAll('popcorn', { history })).toMatchObject([{ product: { name: 'White Cheddar Popcorn' }, ambiguous: false }]);
  });
});
