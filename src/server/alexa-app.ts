import type { Skill } from 'ask-sdk-core';
import type { RequestEnvelope } from 'ask-sdk-model';
import express, { type Express } from 'express';
import type { Logger } from '../skill/services.ts';
import { checkSkillId, parseEnvelope, RefusedRequest } from './alexa-envelope.ts';
import { AlexaRequestVerifier } from './alexa-verifier.ts';
import { answerErrors, asyncRoute } from './errors.ts';

export interface AlexaAppOptions {
  /**
   * Checks that each request is Alexa's: signature, certificate and timestamp. On by default and in
   * production; only the named local-development switch turns it off.
   */
  verify: boolean;
  /** The skill id from the developer console: requests for any other skill get a 400. */
  skillId?: string | undefined;
  logger: Logger;
  /** The verifier to use when `verify` is on: tests give one that trusts a test CA. */
  verifier?: AlexaRequestVerifier;
}

/**
 * POST /alexa. A request that is not Alexa's for this skill (unsigned, stale, foreign, malformed) is
 * the caller's error, a 400, and never reaches the skill; only the skill failing is a 500.
 */
export function createAlexaApp(skill: Skill, options: AlexaAppOptions): Express {
  const verifier = options.verify ? (options.verifier ?? new AlexaRequestVerifier({ skillId: options.skillId })) : null;
  const app = express();
  app.disable('x-powered-by');
  app.get('/health', (_req, res) => {
    res.json({ ok: true });
  });
  app.post(
    '/alexa',
    express.text({ type: '*/*', limit: '256kb' }),
    asyncRoute(async (req, res) => {
      const body: unknown = req.body;
      if (typeof body !== 'string' || body === '') {
        res.status(400).json({ error: 'expected an Alexa request envelope as the body' });
        return;
      }
      let json: unknown;
      try {
        if (verifier !== null) {
          json = (await verifier.verify(body, req.headers)).json;
        } else {
          const parsed = parseEnvelope(body);
          if (options.skillId !== undefined) checkSkillId(parsed.envelope, options.skillId);
          json = parsed.json;
        }
      } catch (error) {
        if (!(error instanceof RefusedRequest)) throw error;
        options.logger.warn({ reason: error.reason }, 'refused a request');
        res.status(400).json({ error: verifier === null ? error.reason : 'request verification failed' });
        return;
      }
      try {
        // The envelope's shape was checked above; the skill reads the rest as Alexa defines it.
        res.json(await skill.invoke(json as RequestEnvelope));
      } catch (error) {
        options.logger.error({ err: error instanceof Error ? error.message : String(error) }, 'skill failed');
        res.status(500).json({ error: 'the skill could not answer' });
      }
    }),
  );
  app.use(answerErrors(options.logger));
  return app;
}
