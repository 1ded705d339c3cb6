import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { launchRequest, newSession } from '../../src/skill/envelopes.ts';
import { startVoicecart } from './run.ts';

describe('npm start (voicecart serve)', () => {
  it('serves the skill on POST /alexa with the reference backend beside it, verifying requests by default', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'voicecart-serve-'));
    const { child, match } = await startVoicecart(
      ['serve'],
      {
        PORT: '0',
        VOICECART_BACKEND_PORT: '0',
        VOICECART_SQLITE: join(dir, 'voicecart.sqlite'),
        VOICECART_BACKEND_DB: join(dir, 'backend.sqlite'),
        LOG_LEVEL: 'silent',
      },
      /listening on (http:\/\/127\.0\.0\.1:\d+\/alexa) \(Alexa request verification on\)[\s\S]*store backend: (http:\/\/\S+)/,
    );
    try {
      const [, alexa = '', backend = ''] = match;
      const health = await fetch(`${backend}/v1/health`);
      expect(health.status).toBe(200);
      const unsigned = await fetch(alexa, {
        method: 'POST',
        body: JSON.stringify(launchRequest({ userId: 'amzn1.ask.account.someone' }, newSession(), new Date())),
      });
      expect(unsigned.status).toBe(400);
    } finally {
      const exited = new Promise((resolve) => child.on('close', resolve));
      child.kill('SIGTERM');
      await exited;
    }
  });
});
