import { z } from 'zod';

const ApplicationSchema = z.object({ applicationId: z.string().min(1) });

/**
 * The envelope fields every Alexa request carries, and the ones the door decides on: who is asking,
 * for which skill, and when. Anything without them is not Alexa.
 */
export const AlexaEnvelopeSchema = z.object({
  version: z.string(),
  session: z.object({ application: ApplicationSchema.optional() }).optional(),
  context: z.object({
    System: z.object({
      application: ApplicationSchema.optional(),
      user: z.object({ userId: z.string().min(1) }),
    }),
  }),
  request: z.object({ type: z.string().min(1), requestId: z.string().min(1), timestamp: z.string().min(1) }),
});
export type AlexaEnvelope = z.infer<typeof AlexaEnvelopeSchema>;

/** Why a request was turned away: said to the caller as a 400 and logged, never anything more. */
export class RefusedRequest extends Error {
  constructor(readonly reason: string) {
    super(reason);
    this.name = 'RefusedRequest';
  }
}

/** The body as JSON and as an Alexa envelope; the object itself is what the skill is given. */
export function parseEnvelope(body: string): { json: unknown; envelope: AlexaEnvelope } {
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    throw new RefusedRequest('the body is not JSON');
  }
  const parsed = AlexaEnvelopeSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new RefusedRequest(`not an Alexa request envelope: ${issue?.path.join('.') ?? ''} ${issue?.message ?? ''}`.trim());
  }
  return { json, envelope: parsed.data };
}

/**
 * Requests meant for another skill are refused. Alexa names the skill in the context and, within a
 * session, in the session too; both must be ours when present, and one of them must be.
 */
export function checkSkillId(envelope: AlexaEnvelope, skillId: string): void {
  const named = [envelope.context.System.application?.applicationId, envelope.session?.application?.applicationId].filter(
    (id): id is string => id !== undefined,
  );
  if (named.length === 0 || named.some((id) => id !== skillId)) throw new RefusedRequest('the request is for another skill');
}
