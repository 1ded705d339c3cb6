import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { z } from 'zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backendOpenApi } from '../../src/backend/openapi.ts';
import { OPENAPI_FILE } from '../../tools/write-openapi.ts';
import { startTestBackend, testClock } from './fixtures.ts';
import type { TestBackend } from './fixtures.ts';

const Document = z.object({
  paths: z.record(z.string(), z.record(z.string(), z.object({ operationId: z.string(), responses: z.record(z.string(), z.unknown()) }))),
});

/** A request that exercises each documented operation's main answer. */
const samples: Record<string, { path: string; body?: unknown; headers?: Record<string, string> }> = {
  health: { path: '/v1/health' },
  catalog: { path: '/v1/catalog?ids=apl,nope' },
  product: { path: '/v1/products/apl' },
  customer: { path: '/v1/customers/me' },
  setVoiceCode: { path: '/v1/customers/me/voice-code', body: { code: null } },
  orders: { path: '/v1/customers/me/orders' },
  quote: { path: '/v1/quotes', body: { items: [{ productId: 'apl', quantity: 1 }] } },
  placeOrder: { path: '/v1/orders', body: { items: [{ productId: 'apl', quantity: 1 }] }, headers: { 'idempotency-key': 'k' } },
  orderStatus: { path: '/v1/orders/ord_unknown' },
  cancelOrder: { path: '/v1/orders/ord_unknown/cancel', body: {} },
};

describe('the OpenAPI document for store developers', () => {
  let backend: TestBackend;
  let token: string;
  beforeAll(async () => {
    backend = await startTestBackend({ now: testClock().now });
    token = backend.tokenFor('ann');
  });
  afterAll(() => backend.close());

  it('in docs/ is the one the contract generates (run `npx tsx tools/write-openapi.ts` after changing it)', () => {
    expect(parse(readFileSync(OPENAPI_FILE, 'utf8'))).toEqual(backendOpenApi());
  });

  it('describes every answer the reference backend gives to each operation', async () => {
    const { paths } = Document.parse(backendOpenApi());
    const operations = Object.values(paths).flatMap((methods) => Object.entries(methods));
    expect(operations.map(([, op]) => op.operationId).sort()).toEqual(Object.keys(samples).sort());
    for (const [method, op] of operations) {
      const sample = samples[op.operationId];
      if (sample === undefined) throw new Error(`no sample for ${op.operationId}`);
      const response = await fetch(`${backend.url}${sample.path}`, {
        method: method.toUpperCase(),
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', ...sample.headers },
        ...(sample.body === undefined ? {} : { body: JSON.stringify(sample.body) }),
      });
      expect(Object.keys(op.responses), `${op.operationId} answered ${response.status}`).toContain(String(response.status));
    }
  });
});
