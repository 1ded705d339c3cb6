import type { Catalog } from '../../catalog/product.ts';
import { optionDescribed } from '../../cart/choosing.ts';
import type { Pending } from '../session.ts';

/**
 * The option of a pending choice the shopper described instead of numbering ("the wheat one",
 * "the cheaper one"), counted from one; undefined when nothing is being chosen or the words do
 * not pick exactly one option.
 */
export function optionNumberDescribed(pending: Pending | undefined, said: string | undefined, catalog: Catalog): number | undefined {
  if (said === undefined || (pending?.kind !== 'choose' && pending?.kind !== 'chooseToRemove')) return undefined;
  const options = pending.options.map((option) => ({ name: option.name, price: catalog.byId.get(option.productId)?.price }));
  const at = optionDescribed(said, options);
  return at === undefined ? undefined : at + 1;
}
