import { isOnePack, priceOf } from '../catalog/packs.ts';
import type { Line } from '../shopper/state.ts';
import { EACH } from './requests.ts';

/** No unit is one of the thing, as "each" is: "add pears" then "two more pears" are three pears, never two lines. */
export function sameUnit(a: string | null | undefined, b: string | null | undefined): boolean {
  return (a ?? EACH) === (b ?? EACH);
}

/**
 * The same product in the same unit is one line: adding more raises its quantity. A gallon of a
 * gallon jug is one jug, as a twelve pack of a 12-count pack is one pack, so "a gallon of milk" and
 * "one more milk" are one line too.
 */
function sameLine(a: Line, b: Pick<Line, 'productId' | 'unit'>): boolean {
  return a.productId === b.productId && (sameUnit(a.unit, b.unit) || (isOnePack(a, a.unit) && isOnePack(a, b.unit)));
}

/** The line a product in this unit is kept on, if any. */
export function lineIn(lines: readonly Line[], wanted: Pick<Line, 'productId' | 'unit'>): Line | undefined {
  return lines.find((line) => sameLine(line, wanted));
}

export function addLine(lines: readonly Line[], added: Line): Line[] {
  const index = lines.findIndex((line) => sameLine(line, added));
  if (index === -1) return [...lines, added];
  return lines.map((line, i) => (i === index ? { ...line, quantity: line.quantity + added.quantity } : line));
}

export function removeProduct(lines: readonly Line[], productId: string): Line[] {
  return lines.filter((line) => line.productId !== productId);
}

/** Takes off the one line of a product kept in this unit ("the two pounds of pears"), leaving its others. */
export function removeLineIn(lines: readonly Line[], removed: Pick<Line, 'productId' | 'unit'>): Line[] {
  return lines.filter((line) => !sameLine(line, removed));
}

/** Takes `quantity` of a product off its line; the line goes when nothing of it is left. */
export function takeOff(lines: readonly Line[], productId: string, quantity: number): Line[] {
  return lines.flatMap((line) => {
    if (line.productId !== productId) return [line];
    const left = line.quantity - quantity;
    return left > 0 ? [{ ...line, quantity: left }] : [];
  });
}

export function setQuantity(lines: readonly Line[], productId: string, quantity: number, unit: string | null): Line[] {
  const index = lines.findIndex((line) => line.productId === productId);
  if (index === -1) return [...lines];
  const merged = lines.map((line, i) => (i === index ? { ...line, quantity, unit } : line));
  // Changing to a unit another line of the product already has folds the two together.
  return merged.filter((line, i) => i === index || !sameLine(line, { productId, unit }));
}

/**
 * The price of the lines at shelf prices, counting only products with a known price: an estimate
 * where a count of something sold by weight is weighed when picked ("two apples").
 */
export function totalOf(lines: readonly Line[]): { total: number; unpriced: number; estimated: boolean } {
  let total = 0;
  let unpriced = 0;
  let estimated = false;
  for (const line of lines) {
    const price = priceOf(line, line.quantity, line.unit);
    if (price === null) unpriced++;
    else {
      total += price.amount;
      estimated ||= price.estimated;
    }
  }
  return { total: Math.round(total * 100) / 100, unpriced, estimated };
}

/**
 * One product traded for another where it stood ("swap the skim milk for whole"): the read-back
 * order stays, and a product already on the lines in the same unit takes the amount instead.
 */
export function swapProduct(lines: readonly Line[], productId: string, replacement: Line): Line[] {
  const index = lines.findIndex((line) => line.productId === productId);
  if (index === -1) return [...lines];
  const already = lines.findIndex((line, i) => i !== index && sameLine(line, replacement));
  if (already !== -1) return addLine(removeProduct(lines, productId), replacement);
  return lines.map((line, i) => (i === index ? replacement : line)).filter((line, i) => i === index || line.productId !== productId);
}
