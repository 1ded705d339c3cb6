import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAlexaApp, type AlexaAppOptions } from '../../src/server/alexa-app.ts';
import { AlexaRequestVerifier } from '../../src/server/alexa-verifier.ts';
import { createSkill } from '../../src/skill/builder.ts';
import { intentRequest, launchRequest, newSession } from '../../src/skill/envelopes.ts';
import { startTestSkill, type TestSkill } from '../support/skill.ts';
import { issue, signedHeaders, type Issued } from './test-pki.ts';

let t: TestSkill;
const servers: Server[] = [];

async function serve(verify: boolean, options: Partial<AlexaAppOptions> = {}, skill = t.skill): Promise<string> {
  const app = createAlexaApp(skill, { verify, logger: t.logger, ...options });
  const server = await new Promise<Server>((resolve) => {
    const listening = app.listen(0, '127.0.0.1', () => resolve(listening));
  });
  servers.push(server);
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('not listening');
  return `http://127.0.0.1:${address.port}/alexa`;
}

function post(url: string, body: string, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(url, { method: 'POST', body, headers: { 'content-type': 'application/json', ...headers } });
}

beforeAll(async () => {
  t = await startTestSkill();
});
afterAll(async () => {
  for (const server of servers) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
  await t.close();
});

describe('the express door, POST /alexa', () => {
  const launch = (): string => JSON.stringify(launchRequest({ userId: 'amzn1.ask.account.http' }, newSession(), new Date()));

  it('refuses a request that Alexa did not sign, and never runs the skill for it', async () => {
    const url = await serve(true);
    const response = await post(url, launch());
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ error: 'request verification failed' });
    expect((await t.stateOf('amzn1.ask.account.http')).cart).toEqual([]);
  });

  describe('with Alexa’s signature, verified against a test CA', () => {
    const SKILL = 'amzn1.ask.skill.00000000-0000-4000-8000-00000000d00r';
    const CERT_URL = 'https://s3.amazonaws.com/echo.api/echo-api-cert-door.pem';
    let url: string;
    let signing: Issued;
    let fetches = 0;

    beforeAll(async () => {
      const now = t.clock.now();
      const day = 24 * 60 * 60 * 1000;
      const window = { notBefore: new Date(now.getTime() - day), notAfter: new Date(now.getTime() + day) };
      const root = issue({ subject: 'door test root', ca: true, ...window });
      signing = issue({ subject: 'echo-api.amazon.com', issuer: root, dnsNames: ['echo-api.amazon.com'], ...window });
      const verifier = new AlexaRequestVerifier({
        skillId: SKILL,
        now: t.clock.now,
        trustedRoots: [root.pem],
        fetchCertificate: async () => {
          fetches++;
          return signing.pem;
        },
      });
      url = await serve(true, { verifier, skillId: SKILL });
    });

    const add = (applicationId: string, userId: string): string =>
      JSON.stringify(
        intentRequest({ userId, applicationId }, newSession(), 'AddItemIntent', { product: 'bananas', quantity: '2' }, t.clock.now()),
      );

    it('serves a request Alexa signed for this skill, and stores what the shopper asked for', async () => {
      const body = add(SKILL, 'amzn1.ask.account.signed');
      const response = await post(url, body, signedHeaders(body, signing.keys, CERT_URL));
      expect(response.status).toBe(200);
      expect(JSON.stringify(await response.json())).toContain('Added two Bananas to your cart.');
      expect(await t.cartLines('amzn1.ask.account.signed')).toEqual(['2 each Bananas']);
    });

    it('answers a request signed for another skill with 400, before fetching anything, and changes nothing', async () => {
      const before = fetches;
      const body = add('amzn1.ask.skill.someone-else', 'amzn1.ask.account.foreign');
      const response = await post(url, body, signedHeaders(body, signing.keys, CERT_URL));
      expect(response.status).toBe(400);
      expect(fetches).toBe(before);
      expect(await t.cartLines('amzn1.ask.account.foreign')).toEqual([]);
    });

    it('refuses a signed body that was changed on the way', async () => {
      const body = add(SKILL, 'amzn1.ask.account.tampered');
      const headers = signedHeaders(body, signing.keys, CERT_URL);
      const response = await post(url, body.replace('"2"', '"20"'), headers);
      expect(response.status).toBe(400);
      expect(await t.cartLines('amzn1.ask.account.tampered')).toEqual([]);
    });
  });

  it('answers a request for another skill with 400, not 500, even with verification off', async () => {
    const skillId = 'amzn1.ask.skill.00000000-0000-4000-8000-0000000000ff';
    // The skill refuses a foreign request too, but by throwing: the door must answer before it.
    const url = await serve(false, { skillId }, createSkill(t.services, { skillId }));
    const foreign = JSON.stringify(launchRequest({ userId: 'amzn1.ask.account.http-foreign', applicationId: 'amzn1.ask.skill.other' }, newSession(), new Date()));
    expect((await post(url, foreign)).status).toBe(400);
    const ours = JSON.stringify(launchRequest({ userId: 'amzn1.ask.account.http-ours', applicationId: skillId }, newSession(), new Date()));
    expect((await post(url, ours)).status).toBe(200);
  });

  describe('with verification switched off for local development', () => {
    let url: string;
    beforeAll(async () => {
      url = await serve(false);
    });

    it('answers a LaunchRequest with the skill’s response envelope', async () => {
      const response = await post(url, launch());
      expect(response.status).toBe(200);
      const body = (await response.json()) as { response: { outputSpeech: { ssml: string } } };
      expect(body.response.outputSpeech.ssml).toContain('Welcome to Corner Grocer');
    });

    it('answers a malformed body with 400, not 500', async () => {
      expect((await post(url, '{"version": "1.0", ')).status).toBe(400);
      expect((await post(url, '')).status).toBe(400);
      const notAlexa = await post(url, JSON.stringify({ hello: 'world' }));
      expect(notAlexa.status).toBe(400);
      expect(((await notAlexa.json()) as { error: string }).error).toMatch(/not an Alexa request envelope/);
    });

    it.each(['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'xx-YY'])(
      'answers in English when the locale is %s, rather than failing on a prototype lookup',
      async (locale) => {
        const envelope = launchRequest({ userId: 'amzn1.ask.account.http-locale', locale }, newSession(), new Date());
        const response = await post(url, JSON.stringify(envelope));
        expect(response.status).toBe(200);
        expect(JSON.stringify(await response.json())).toContain('Welcome to Corner Grocer');
      },
    );

    it('refuses a body over 256 kB', async () => {
      const response = await post(url, JSON.stringify({ padding: 'x'.repeat(300 * 1024) }));
      expect(response.status).toBe(413);
    });
  });
});
