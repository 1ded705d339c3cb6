import type { OrderHistory } from '../catalog/history.ts';
import type { Catalog } from '../catalog/product.ts';
import type { ResolutionConfig } from '../catalog/decision.ts';
import { Resolver } from '../catalog/resolver.ts';
import { REQUEST_KINDS, type GeneratedRequest, type GeneratedSet, type RequestKind } from './requests.ts';

export interface Miss {
  readonly text: string;
  /** The product's name, or null when nothing was found. */
  readonly got: string | null;
  readonly quantity: number | null;
  /** Names of the first products that would have been right; empty when none was. */
  readonly wanted: readonly string[];
}

export interface KindFigures {
  readonly kind: RequestKind;
  readonly requests: number;
  readonly right: number;
  readonly misses: readonly Miss[];
}

export interface Evaluation {
  readonly kinds: readonly KindFigures[];
  readonly requests: number;
  readonly right: number;
}

/**
 * Resolves every generated request over the catalog it was made for and counts it right when the
 * product is one of those accepted (nothing, for a thing not sold) and the amount is the one said.
 * `resolution` decides between answering and saying nothing is sold; voicecart's own by default.
 */
export function evaluate(set: GeneratedSet, history: OrderHistory = new Map(), resolution?: ResolutionConfig): Evaluation {
  const resolver = Resolver.build(set.catalog, { resolution });
  const byKind = new Map<RequestKind, { requests: number; right: number; misses: Miss[] }>();
  for (const request of set.requests) {
    const figures = byKind.get(request.kind) ?? { requests: 0, right: 0, misses: [] };
    byKind.set(request.kind, figures);
    figures.requests++;
    const orders = request.user === undefined ? undefined : history.get(request.user);
    const resolution = resolver.resolve(request.text, orders === undefined ? {} : { history: orders });
    const got = resolution.product;
    if (answered(request, got?.id ?? null, resolution.quantity, resolution.unit)) figures.right++;
    else figures.misses.push({ text: request.text, got: got?.name ?? null, quantity: resolution.quantity, wanted: namesOf(set.catalog, request.accept.slice(0, 3)) });
  }
  const kinds = REQUEST_KINDS.flatMap((kind) => {
    const figures = byKind.get(kind);
    return figures === undefined ? [] : [{ kind, ...figures }];
  });
  return { kinds, requests: set.requests.length, right: kinds.reduce((sum, kind) => sum + kind.right, 0) };
}

function answered(request: GeneratedRequest, productId: string | null, quantity: number | null, unit: string | null): boolean {
  const product = request.accept.length === 0 ? productId === null : productId !== null && request.accept.includes(productId);
  return product && (request.quantity === null || request.quantity === quantity) && (request.unit === null || request.unit === unit);
}

function namesOf(catalog: Catalog, ids: readonly string[]): string[] {
  return ids.flatMap((id) => {
    const product = catalog.byId.get(id);
    return product === undefined ? [] : [product.name];
  });
}
