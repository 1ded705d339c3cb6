import type { Skill } from 'ask-sdk-core';
import { SkillRequestSignatureVerifier, TimestampVerifier, type Verifier } from 'ask-sdk-express-adapter';
import express, { type Express } from 'express';
import { z } from 'zod';
import type { Logger } from '../skill/services.ts';

/** The envelope fields every Alexa request carries; anything without them is not Alexa. */
const EnvelopeSchema = z.object({
  version: z.string(),
  context: z.object({ System: z.object({ user: z.object({ userId: z.string().min(1) }) }) }),
  request: z.object({ type: z.string().min(1), requestId: z.string().min(1), timestamp: z.string().min(1) }),
});

export interface AlexaAppOptions {
  /**
   * Checks Alexa's request signature and timestamp. On by default and in production; only the
   * named local-development switch turns it off.
   */
  verify: boolean;
  logger: Logger;
  /** Extra checks, for tests (a verifier that accepts a test signer, say). */
  verifiers?: Verifier[];
}

/**
 * POST /alexa, with the verifiers of ask-sdk-express-adapter. Unlike the adapter's own handler,
 * a malformed body is the caller's error (400), never a server error.
 */
export function createAlexaApp(skill: Skill, options: AlexaAppOptions): Express {
  const verifiers: Verifier[] = options.verify ? [new SkillRequestSignatureVerifier(), new TimestampVerifier()] : [];
  verifiers.push(...(options.verifiers ?? []));
  const app = express();
  app.disable('x-powered-by');
  app.get('/health', (_req, res) => {
    res.json({ ok: true });
  });
  app.post('/alexa', express.text({ type: '*/*', limit: '256kb' }), async (req, res) => {
    const body: unknown = req.body;
    if (typeof body !== 'string' || body === '') {
      res.status(400).json({ error: 'expected an Alexa request envelope as the body' });
      return;
    }
    try {
      await Promise.all(verifiers.map((verifier) => verifier.verify(body, req.headers)));
    } catch (error) {
      options.logger.warn({ err: error instanceof Error ? error.message : String(error) }, 'refused an unverified request');
      res.status(400).json({ error: 'request verification failed' });
      return;
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(body);
    } catch {
      res.status(400).json({ error: 'the body is not JSON' });
      return;
    }
    const envelope = EnvelopeSchema.safeParse(parsed);
    if (!envelope.success) {
      res.status(400).json({ error: `not an Alexa request envelope: ${envelope.error.issues[0]?.path.join('.') ?? ''} ${envelope.error.issues[0]?.message ?? ''}` });
      return;
    }
    try {
      res.json(await skill.invoke(JSON.parse(body)));
    } catch (error) {
      options.logger.error({ err: error instanceof Error ? error.message : String(error) }, 'skill failed');
      res.status(500).json({ error: 'the skill could not answer' });
    }
  });
  // Errors raised before the route (an over-long body, say) answer as JSON with their own status.
  app.use((error: { status?: number; message?: string }, _req: express.Request, res: express.Response, _next: express.NextFunction) => {
    res.status(error.status ?? 500).json({ error: error.message ?? 'error' });
  });
  return app;
}
