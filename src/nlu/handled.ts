import { FALLBACK_INTENT } from '../intents/registry.ts';
import type { ScopeJudge } from '../intents/scope.ts';
import type { Understanding } from './nlu.ts';

/**
 * The intent and slots the skill acts on for what the NLU understood: the same, unless the skill
 * judges the request not to be shopping, which it then handles as the fallback. This is what
 * `voicecart parse` reports, so a parse says what the skill will do.
 */
export function handledAs(understanding: Understanding, scope: ScopeJudge): { intent: string; slots: Record<string, string> } {
  if (understanding.kind === 'launch') return { intent: 'LaunchRequest', slots: {} };
  if (scope.judge(understanding.intent, understanding.slots) === 'not-shopping') return { intent: FALLBACK_INTENT, slots: {} };
  return { intent: understanding.intent, slots: understanding.slots };
}
