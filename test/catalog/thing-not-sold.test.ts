import { describe, expect, it } from 'vitest';
import { catalogOf, type Product } from '../../src/catalog/product.ts';
import { Resolver } from '../../src/catalog/resolver.ts';

const rows: [string, string, string][] = [
  ['z1', 'Four Cheese Frozen Pizza', 'frozen > frozen pizza'],
  ['z2', 'Frozen Mozzarella Sticks', 'frozen > frozen appetizers sides'],
  ['c1', 'Sharp Cheddar Cheese', 'dairy eggs > packaged cheese'],
  ['k1', 'Chocolate Layer Cake', 'bakery > cakes'],
  ['e1', 'Large White Eggs', 'dairy eggs > eggs'],
  ['r1', 'Long Grain White Rice', 'dry goods pasta > grains rice dried goods'],
  ['b1', 'Black Beans', 'canned goods > canned meals beans'],
  ['m1', 'Whole Milk', 'dairy eggs > milk'],
  ['s1', 'Sour Cream', 'dairy eggs > cream'],
];
const products: Product[] = rows.map(([id, name, category]) => ({ id, name, category }));
const resolver = Resolver.build(catalogOf(products));

describe('when the thing asked for is not sold but the words describing it are', () => {
  it('"a frozen cheese cake" is offered, never added as the frozen cheese pizza its other words find', () => {
    const [found, ...more] = resolver.resolveAll('a frozen cheese cake');
    expect(more).toEqual([]);
    expect(found?.product).toBeNull();
    expect(found?.alternatives.map((product) => product.name)).toContain('Four Cheese Frozen Pizza');
  });

  it('a noun heard as nothing the catalog knows leaves the describing words to find it: "large white egs" is the eggs', () => {
    expect(resolver.resolve('large white egs').product?.name).toBe('Large White Eggs');
  });
});
