/**
 * The store backend API, as zod schemas the client and the reference server share. The same API is
 * described for store developers in docs/backend-openapi.yaml; the two are kept in step by a test.
 */
import { z } from 'zod';
import { ProductSchema } from '../catalog/product.ts';

export const API_PREFIX = '/v1';

/** Every machine-readable reason the backend gives for refusing a request. */
export const ErrorCodeSchema = z.enum([
  'unauthorized',
  'not_found',
  'invalid_request',
  'malformed_json',
  'payload_too_large',
  'unknown_product',
  'idempotency_key_missing',
  'idempotency_key_reused',
  'quote_not_found',
  'quote_expired',
  'quote_mismatch',
  'nothing_available',
  'nothing_priced',
  'order_not_cancellable',
  'voice_code_required',
  'voice_code_wrong',
  'voice_purchasing_locked',
  'rate_limited',
  'internal',
]);
export type ErrorCode = z.infer<typeof ErrorCodeSchema>;

/** The one shape of every error response. `attemptsLeft` comes only with `voice_code_wrong`. */
export const ErrorBodySchema = z.object({
  error: z.object({
    code: z.string().min(1),
    message: z.string(),
    attemptsLeft: z.number().int().nonnegative().optional(),
  }),
});
export type ErrorBody = z.infer<typeof ErrorBodySchema>;

const Money = z.number().finite().nonnegative();
const Id = z.string().min(1).max(200);
const Timestamp = z.string().datetime({ offset: true });

export const HealthSchema = z.object({ ok: z.literal(true) });

export const StoreProductSchema = ProductSchema.extend({
  available: z.boolean().describe("False when the store can't sell it now (out of stock). A product without a `price` may be available but can't be priced yet."),
});
export type StoreProduct = z.infer<typeof StoreProductSchema>;

export const CatalogPageSchema = z.object({
  products: z.array(StoreProductSchema),
  missing: z.array(z.string()).describe("Ids asked for that the store doesn't know."),
  nextOffset: z.number().int().nonnegative().optional().describe('Where the next page starts when listing without ids; absent on the last page.'),
});
export type CatalogPage = z.infer<typeof CatalogPageSchema>;

export const CustomerSchema = z.object({
  id: Id,
  name: z.string(),
  voiceCodeSet: z.boolean(),
  voiceCodeThreshold: Money.describe('Orders whose total is above this need the voice code (when one is set); 0 means every order.'),
  voicePurchasingLocked: z.boolean(),
});
export type Customer = z.infer<typeof CustomerSchema>;

export const OrderStatusValueSchema = z.enum(['placed', 'packing', 'out_for_delivery', 'delivered', 'cancelled']);
export type OrderStatusValue = z.infer<typeof OrderStatusValueSchema>;

/** What the shopper asked for: a count (unit null) or an amount of a named unit ("2 pound"). */
export const RequestedItemSchema = z.object({
  productId: Id,
  quantity: z.number().finite().positive().max(1000),
  unit: z.string().min(1).max(40).nullable().optional(),
});
export type RequestedItem = z.infer<typeof RequestedItemSchema>;

export const OrderedItemSchema = z.object({
  productId: Id,
  name: z.string().min(1).optional().describe('The product as the store names it, to say back ("what did I get last time").'),
  quantity: z.number().finite().positive(),
  unit: z.string().nullable(),
});
export type OrderedItem = z.infer<typeof OrderedItemSchema>;

export const QuoteRequestSchema = z.object({ items: z.array(RequestedItemSchema).min(1).max(200) });
export type QuoteRequest = z.infer<typeof QuoteRequestSchema>;

export const QuotedItemSchema = z.object({
  productId: Id,
  name: z.string(),
  quantity: z.number().finite().positive(),
  unit: z.string().nullable(),
  unitPrice: Money,
  lineTotal: Money,
  estimated: z
    .boolean()
    .optional()
    .describe('True when `lineTotal` is an estimate: a count of something sold by weight ("two apples" at a price per pound), weighed when picked.'),
  substitution: z.object({ forProductId: Id, forName: z.string() }).optional().describe('Present when this product stands in for one the shopper asked for that is out of stock.'),
});
export type QuotedItem = z.infer<typeof QuotedItemSchema>;

export const DeliverySchema = z.object({
  option: z.string().min(1),
  window: z.string().min(1).describe('Said to the shopper as is: "tomorrow between 9 and 11 am".'),
  startsAt: Timestamp,
  endsAt: Timestamp,
  fee: Money,
});

export const QuoteSchema = z.object({
  quoteId: Id,
  seller: z.string().min(1),
  items: z.array(QuotedItemSchema),
  unavailable: z.array(Id).describe("Products asked for that can't be sold now and have no substitute; they are left out of the total."),
  unpriced: z
    .array(Id)
    .optional()
    .describe("Products asked for that the store sells but can't price yet (no price in its catalog); they are left out of the total and of an order placed from this quote."),
  delivery: DeliverySchema,
  subtotal: Money,
  tax: Money,
  fees: Money,
  total: Money,
  currency: z.string().length(3),
  expiresAt: Timestamp,
});
export type Quote = z.infer<typeof QuoteSchema>;

export const VoiceCodeSchema = z.string().regex(/^\d{4}$/, 'a voice code is four digits').describe('Four digits. Never logged, never echoed.');

export const PlaceOrderRequestSchema = z.object({
  quoteId: Id.optional(),
  items: z.array(RequestedItemSchema).min(1).max(200),
  voiceCode: VoiceCodeSchema.optional(),
});
export type PlaceOrderRequest = z.infer<typeof PlaceOrderRequestSchema>;

export const PlacedOrderSchema = z.object({
  orderId: Id,
  status: OrderStatusValueSchema,
  total: Money,
  currency: z.string().length(3),
  placedAt: Timestamp,
  deliveryWindow: z.string().min(1),
  summary: z.string().describe('One sentence a voice skill can say back: what was ordered and for how much.'),
});
export type PlacedOrder = z.infer<typeof PlacedOrderSchema>;

export const OrderDetailSchema = z.object({
  orderId: Id,
  status: OrderStatusValueSchema,
  cancellableUntil: Timestamp.optional().describe(
    'Until when `POST /v1/orders/{orderId}/cancel` is accepted: when picking starts. Absent once the order is being picked, delivered or cancelled.',
  ),
  placedAt: Timestamp,
  deliveryWindow: z.string().min(1),
  deliveryStartsAt: Timestamp,
  deliveryEndsAt: Timestamp,
  total: Money,
  currency: z.string().length(3),
  items: z.array(OrderedItemSchema),
});
export type OrderDetail = z.infer<typeof OrderDetailSchema>;

/** The customer's orders, oldest first, each as `GET /v1/orders/{id}` describes it. */
export const OrderListSchema = z.object({ orders: z.array(OrderDetailSchema) });
export type OrderList = z.infer<typeof OrderListSchema>;

export const SetVoiceCodeRequestSchema = z.object({
  code: VoiceCodeSchema.nullable().describe('A new code, or null to remove it. Either way the lock-out and the count of wrong codes are reset.'),
  threshold: Money.optional(),
});
export type SetVoiceCodeRequest = z.infer<typeof SetVoiceCodeRequestSchema>;

export const IDEMPOTENCY_HEADER = 'Idempotency-Key';
export const IdempotencyKeySchema = z.string().min(1).max(255);
