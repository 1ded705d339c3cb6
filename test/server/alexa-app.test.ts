import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAlexaApp } from '../../src/server/alexa-app.ts';
import { launchRequest, newSession } from '../../src/skill/envelopes.ts';
import { startTestSkill, type TestSkill } from '../support/skill.ts';

let t: TestSkill;
const servers: Server[] = [];

async function serve(verify: boolean): Promise<string> {
  const app = createAlexaApp(t.skill, { verify, logger: t.logger });
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
    expect((await t.store.load('amzn1.ask.account.http')).version).toBe(0);
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
