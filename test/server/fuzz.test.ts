import type { Server } from 'node:http';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAlexaApp } from '../../src/server/alexa-app.ts';
import { AlexaRequestVerifier, normaliseCertificateUrl } from '../../src/server/alexa-verifier.ts';
import { RefusedRequest } from '../../src/server/alexa-envelope.ts';
import { createSkill } from '../../src/skill/builder.ts';
import { fuzzedBody, fuzzedSignatureHeaders } from '../../tools/load/arbitrary-envelopes.ts';
import { startTestSkill, type TestSkill } from '../support/skill.ts';

const SKILL_ID = 'amzn1.ask.skill.00000000-0000-4000-8000-00000000f022';

let t: TestSkill;
let server: Server;
let url: string;

beforeAll(async () => {
  t = await startTestSkill();
  // Verification off, so the fuzzed envelopes reach the skill; tools/load/run.ts sends 10,000.
  const app = createAlexaApp(createSkill(t.services, { skillId: SKILL_ID }), { verify: false, skillId: SKILL_ID, logger: t.logger });
  server = await new Promise<Server>((resolve) => {
    const listening = app.listen(0, '127.0.0.1', () => resolve(listening));
  });
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('not listening');
  url = `http://127.0.0.1:${address.port}/alexa`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  await t.close();
});

describe('whatever arrives at the door', () => {
  it('is answered with 2xx or 4xx, never a server error', async () => {
    await fc.assert(
      fc.asyncProperty(fuzzedBody(SKILL_ID), async (body) => {
        const response = await fetch(url, { method: 'POST', body, headers: { 'content-type': 'application/json' } });
        await response.arrayBuffer();
        expect(response.status).toBeLessThan(500);
      }),
      { numRuns: 200, seed: 1313 },
    );
  });

  it('with forged signature headers, is refused without a fetch unless its certificate URL is in Amazon’s bucket', async () => {
    const fetched: string[] = [];
    const verifier = new AlexaRequestVerifier({
      skillId: SKILL_ID,
      trustedRoots: [],
      fetchCertificate: async (certUrl) => {
        fetched.push(certUrl.href);
        throw new Error('no network in tests');
      },
    });
    await fc.assert(
      fc.asyncProperty(fuzzedBody(SKILL_ID), fuzzedSignatureHeaders, async (body, headers) => {
        fetched.length = 0;
        await expect(verifier.verify(body, headers)).rejects.toBeInstanceOf(RefusedRequest);
        for (const href of fetched) {
          expect(normaliseCertificateUrl(href).href).toBe(href);
          expect(href.startsWith('https://s3.amazonaws.com/echo.api/')).toBe(true);
        }
      }),
      { numRuns: 500, seed: 3131 },
    );
  });
});
