import { words } from '../catalog/normalise.ts';
import type { Product } from '../catalog/product.ts';
import type { Resolver, ShopperContext } from '../catalog/resolver.ts';
import type { Line } from '../shopper/state.ts';
import { lineFor, settleAmount } from './requests.ts';

export type Replacement =
  | { readonly kind: 'found'; readonly line: Line }
  | { readonly kind: 'ambiguous'; readonly options: readonly Product[] }
  | { readonly kind: 'same' }
  | { readonly kind: 'none' };

/** A name's last word, singular or plural alike: what an English product name is a kind of. */
function headOf(name: string): string | undefined {
  return words(name).at(-1)?.replace(/s$/, '');
}

function saysHead(phrase: string, head: string): boolean {
  return words(phrase).some((word) => word.replace(/s$/, '') === head);
}

/**
 * What "swap the skim milk for whole" puts in place of a line. The replacement is often said by
 * what tells it apart ("whole", "the big one"), leaving the kind unsaid: it is read as said first
 * and kept when it is the same kind of thing as the line, else read again with the line's kind
 * added ("whole milk"), and only then taken as said. The amount carries over, settled by how the
 * new product is sold; a replacement that can't be settled without a question keeps the count.
 */
export function replacementFor(resolver: Resolver, spoken: string, line: Line, product: Product | undefined, context: ShopperContext): Replacement {
  const head = headOf(line.name);
  const alone = resolver.resolve(spoken, context);
  const sure = (r: typeof alone): Product | null => (r.product !== null && !r.ambiguous ? r.product : null);
  // Words that only describe ("green") keep the line's own kind: green grapes, never a green apple
  // for being on the same shelf. Words that name a kind ("apples") may name another on that shelf.
  const describes = alone.product === null || !saysHead(spoken, headOf(alone.product.name) ?? '');
  const sameKind = (p: Product): boolean =>
    (head !== undefined && saysHead(p.name, head)) || (!describes && product?.category !== undefined && p.category === product.category);
  let chosen = sure(alone);
  if (chosen === null || !sameKind(chosen)) {
    const withKind = head === undefined || saysHead(spoken, head) ? null : sure(resolver.resolve(`${spoken} ${head}`, context));
    if (withKind !== null && sameKind(withKind)) chosen = withKind;
    else if (describes) chosen = null;
  }
  if (chosen === null) {
    const options = alone.product === null ? [] : [alone.product, ...alone.alternatives.filter((p) => p.id !== alone.product?.id)].slice(0, 3);
    return options.length > 1 ? { kind: 'ambiguous', options } : { kind: 'none' };
  }
  if (chosen.id === line.productId) return { kind: 'same' };
  const settled = settleAmount(chosen, spoken, line.quantity, line.unit);
  return { kind: 'found', line: settled.kind === 'found' ? lineFor(settled.product, settled.quantity, settled.unit) : lineFor(chosen, line.quantity, null) };
}
