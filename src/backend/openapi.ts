/**
 * The OpenAPI 3.1 description of the store backend, built from the very zod schemas the client and
 * the reference server use, so the document can't drift from the code. docs/backend-openapi.yaml is
 * this document written out (`npx tsx tools/write-openapi.ts`); a test checks it is current.
 */
import { z } from 'zod';
import {
  CatalogPageSchema,
  CustomerSchema,
  ErrorBodySchema,
  ErrorCodeSchema,
  HealthSchema,
  IDEMPOTENCY_HEADER,
  OrderDetailSchema,
  OrderListSchema,
  PlacedOrderSchema,
  PlaceOrderRequestSchema,
  QuoteRequestSchema,
  QuoteSchema,
  SetVoiceCodeRequestSchema,
  StoreProductSchema,
} from './contract.ts';

const schemas = {
  Error: ErrorBodySchema,
  ErrorCode: ErrorCodeSchema,
  Health: HealthSchema,
  Product: StoreProductSchema,
  CatalogPage: CatalogPageSchema,
  Customer: CustomerSchema,
  SetVoiceCodeRequest: SetVoiceCodeRequestSchema,
  OrderList: OrderListSchema,
  OrderDetail: OrderDetailSchema,
  QuoteRequest: QuoteRequestSchema,
  Quote: QuoteSchema,
  PlaceOrderRequest: PlaceOrderRequestSchema,
  PlacedOrder: PlacedOrderSchema,
} as const;
type SchemaName = keyof typeof schemas;

function jsonSchema(schema: z.ZodType, io: 'input' | 'output'): Record<string, unknown> {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: 'any' });
  return rest;
}

const ref = (name: SchemaName) => ({ $ref: `#/components/schemas/${name}` });
const json = (name: SchemaName) => ({ 'application/json': { schema: ref(name) } });
const answer = (description: string, name: SchemaName) => ({ description, content: json(name) });
const failure = (description: string) => answer(description, 'Error');

const authFailures = { '401': failure('No valid bearer access token (`unauthorized`).') };

function operation(spec: {
  summary: string;
  description?: string;
  operationId: string;
  parameters?: unknown[];
  body?: SchemaName;
  responses: Record<string, unknown>;
  anonymous?: boolean;
}): Record<string, unknown> {
  return {
    summary: spec.summary,
    ...(spec.description === undefined ? {} : { description: spec.description }),
    operationId: spec.operationId,
    ...(spec.anonymous === true ? { security: [] } : {}),
    ...(spec.parameters === undefined ? {} : { parameters: spec.parameters }),
    ...(spec.body === undefined ? {} : { requestBody: { required: true, content: json(spec.body) } }),
    responses: {
      ...spec.responses,
      ...(spec.anonymous === true ? {} : authFailures),
      default: failure('Any other error, always in this shape.'),
    },
  };
}

const pathId = (name: string, description: string) => ({ name, in: 'path', required: true, description, schema: { type: 'string' } });

export function backendOpenApi(): Record<string, unknown> {
  return {
    openapi: '3.1.0',
    info: {
      title: 'voicecart store backend',
      version: '1.0.0',
      description: [
        'What a grocery store implements so the voicecart Alexa skill can price carts, place orders and say where they are.',
        'Alexa account linking gives the skill the access token your OAuth server issued to the shopper; the skill sends it',
        'as `Authorization: Bearer <token>`. Every error has the shape `{ "error": { "code", "message" } }` with a code from',
        '`ErrorCode`. Bodies over 100 kB are refused with 413.',
      ].join(' '),
    },
    servers: [{ url: 'http://127.0.0.1:8787', description: 'the reference backend (`npx voicecart backend`)' }],
    security: [{ bearer: [] }],
    paths: {
      '/v1/health': {
        get: operation({ summary: 'Liveness', operationId: 'health', anonymous: true, responses: { '200': answer('Up.', 'Health') } }),
      },
      '/v1/catalog': {
        get: operation({
          summary: 'Products and prices',
          description: 'With `ids`, those products (unknown ids listed in `missing`); without, the catalog a page of 100 at a time.',
          operationId: 'catalog',
          parameters: [
            { name: 'ids', in: 'query', required: false, description: 'Comma-separated product ids, at most 100.', schema: { type: 'string' } },
            { name: 'offset', in: 'query', required: false, schema: { type: 'integer', minimum: 0 } },
          ],
          responses: { '200': answer('The products.', 'CatalogPage'), '400': failure('Too many ids (`invalid_request`).') },
        }),
      },
      '/v1/products/{id}': {
        get: operation({
          summary: 'One product',
          operationId: 'product',
          parameters: [pathId('id', 'The product id.')],
          responses: { '200': answer('The product.', 'Product'), '404': failure('No such product (`not_found`).') },
        }),
      },
      '/v1/customers/me': {
        get: operation({ summary: 'The signed-in customer', operationId: 'customer', responses: { '200': answer('The customer.', 'Customer') } }),
      },
      '/v1/customers/me/voice-code': {
        post: operation({
          summary: 'Set, change or remove the voice code',
          description: "For the store's own app. Setting or removing the code resets the count of wrong codes and lifts a lock-out.",
          operationId: 'setVoiceCode',
          body: 'SetVoiceCodeRequest',
          responses: { '200': answer('The customer, updated.', 'Customer'), '400': failure('Not four digits (`invalid_request`).') },
        }),
      },
      '/v1/customers/me/orders': {
        get: operation({
          summary: "The customer's orders, oldest first",
          operationId: 'orders',
          responses: { '200': answer('Every order, for reorders and "where is my order".', 'OrderList') },
        }),
      },
      '/v1/quotes': {
        post: operation({
          summary: 'Price a basket',
          description:
            'Prices each product by how it is sold (a count of something priced by weight is an `estimated` line), substitutes out-of-stock ones where the store has a substitute, lists the rest in `unavailable` and products without a price in `unpriced`, and adds tax and delivery. The quote is kept until `expiresAt`.',
          operationId: 'quote',
          body: 'QuoteRequest',
          responses: {
            '201': answer('The quote.', 'Quote'),
            '400': failure('Malformed JSON (`malformed_json`), invalid items (`invalid_request`) or unknown products (`unknown_product`).'),
            '413': failure('Body over 100 kB (`payload_too_large`).'),
          },
        }),
      },
      '/v1/orders': {
        post: operation({
          summary: 'Place an order',
          description: [
            `Requires an \`${IDEMPOTENCY_HEADER}\` header. The first result for a (customer, key) is kept for 24 hours and`,
            'replayed, with `Idempotent-Replayed: true`, for any request with the same key and the same items (the voice code',
            'aside): so a confirmation sent twice places one order. The same key with other items is refused (422',
            '`idempotency_key_reused`). With `quoteId` the quoted prices are charged and `items` must be the quoted ones.',
            'When the customer has a voice code and the total is above their threshold, the right `voiceCode` is required;',
            'three wrong codes lock voice purchasing (403 `voice_purchasing_locked`) until the code is set again. The code is',
            'never echoed or logged.',
          ].join(' '),
          operationId: 'placeOrder',
          parameters: [{ name: IDEMPOTENCY_HEADER, in: 'header', required: true, schema: { type: 'string', minLength: 1, maxLength: 255 } }],
          body: 'PlaceOrderRequest',
          responses: {
            '201': answer('Placed (or the replay of the order placed under this key).', 'PlacedOrder'),
            '400': failure('`idempotency_key_missing`, `malformed_json`, `invalid_request` or `unknown_product`.'),
            '403': failure('`voice_code_required`, `voice_code_wrong` (with `attemptsLeft`) or `voice_purchasing_locked`.'),
            '404': failure('`quote_not_found`.'),
            '409': failure('`quote_expired`, `quote_mismatch`, `nothing_available` or `nothing_priced` (no product of the order has a price yet).'),
            '413': failure('Body over 100 kB (`payload_too_large`).'),
            '422': failure('`idempotency_key_reused`: this key was used for other items.'),
          },
        }),
      },
      '/v1/orders/{orderId}': {
        get: operation({
          summary: 'Where an order is',
          operationId: 'orderStatus',
          parameters: [pathId('orderId', 'The order id.')],
          responses: { '200': answer('The order, its items and its status.', 'OrderDetail'), '404': failure('No such order for this customer (`not_found`).') },
        }),
      },
      '/v1/orders/{orderId}/cancel': {
        post: operation({
          summary: 'Cancel an order not yet picked',
          description: [
            'Cancels the order while it is still `placed` (until `cancellableUntil`, when picking starts). Idempotent:',
            'cancelling a cancelled order answers 200 with it again, so a retry is safe. Once the order is being picked,',
            'on its way or delivered, the store refuses with 409 `order_not_cancellable` and a message saying why.',
          ].join(' '),
          operationId: 'cancelOrder',
          parameters: [pathId('orderId', 'The order id.')],
          responses: {
            '200': answer('The order, now (or already) cancelled.', 'OrderDetail'),
            '404': failure('No such order for this customer (`not_found`).'),
            '409': failure('Already picked, on its way or delivered (`order_not_cancellable`).'),
          },
        }),
      },
    },
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: "An access token issued by the store's OAuth server." } },
      schemas: Object.fromEntries(
        Object.entries(schemas).map(([name, schema]) => [name, jsonSchema(schema, name.endsWith('Request') ? 'input' : 'output')]),
      ),
    },
  };
}
