import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { doorSettings, readConfig } from '../../src/runtime/config.ts';
import { startVoicecart, voicecart } from '../cli/run.ts';

const SKILL_ID = 'amzn1.ask.skill.00000000-0000-4000-8000-0000000000a1';

describe('production mode decides how the doors open', () => {
  it('refuses to start without a skill id, by NODE_ENV or by --production', () => {
    expect(() => doorSettings(readConfig({ NODE_ENV: 'production' }))).toThrow('VOICECART_SKILL_ID is required in production');
    expect(() => doorSettings(readConfig({}), { production: true })).toThrow('VOICECART_SKILL_ID is required in production');
  });

  it('refuses to start with request verification switched off', () => {
    expect(() => doorSettings(readConfig({ NODE_ENV: 'production', VOICECART_SKILL_ID: SKILL_ID, VOICECART_INSECURE_SKIP_VERIFICATION: '1' }))).toThrow(
      'cannot be set in production',
    );
  });

  it('turns the chat page off unless it is asked for by name, and listens on this machine unless HOST says otherwise', () => {
    const production = { NODE_ENV: 'production', VOICECART_SKILL_ID: SKILL_ID };
    expect(doorSettings(readConfig(production))).toEqual({ production: true, host: '127.0.0.1', verify: true, skillId: SKILL_ID, chatPage: false });
    expect(doorSettings(readConfig({ ...production, VOICECART_CHAT_PAGE: 'on', HOST: '0.0.0.0' }))).toMatchObject({ chatPage: true, host: '0.0.0.0' });
  });

  it('in development listens on this machine too, with the chat page on the embedded store only', () => {
    expect(doorSettings(readConfig({}))).toEqual({ production: false, host: '127.0.0.1', verify: true, skillId: undefined, chatPage: true });
    expect(doorSettings(readConfig({ VOICECART_STORE: 'dynamodb' }))).toMatchObject({ chatPage: false });
    expect(doorSettings(readConfig({ HOST: '::' }))).toMatchObject({ host: '::' });
  });
});

describe('voicecart serve --production', () => {
  const files = (): Record<string, string> => {
    const dir = mkdtempSync(join(tmpdir(), 'voicecart-production-'));
    return { VOICECART_SQLITE: join(dir, 'voicecart.sqlite'), VOICECART_BACKEND_DB: join(dir, 'backend.sqlite') };
  };

  it('stops with the reason before starting anything when the skill id is missing', async () => {
    const { code, stderr } = await voicecart(['serve', '--production'], '', { ...files(), PORT: '0', VOICECART_BACKEND_PORT: '0' });
    expect(code).toBe(1);
    expect(stderr).toContain('VOICECART_SKILL_ID is required in production');
  });

  it('serves /alexa on 127.0.0.1 with the chat page off', async () => {
    const { child, match } = await startVoicecart(
      ['serve'],
      { ...files(), NODE_ENV: 'production', VOICECART_SKILL_ID: SKILL_ID, PORT: '0', VOICECART_BACKEND_PORT: '0', LOG_LEVEL: 'silent' },
      /listening on (http:\/\/127\.0\.0\.1:\d+)\/alexa \(Alexa request verification on\) in production mode/,
    );
    try {
      const base = match[1] ?? '';
      expect((await fetch(`${base}/health`)).status).toBe(200);
      expect((await fetch(`${base}/chat`)).status).toBe(404);
    } finally {
      const exited = new Promise((resolve) => child.on('close', resolve));
      child.kill('SIGTERM');
      await exited;
    }
  });
});
