import type { Response } from 'ask-sdk-model';
import { joinSsml, type Ssml } from '../ssml.ts';
import type { Turn } from '../turn.ts';
import { questionAgain } from './confirming.ts';

/**
 * A word said aside ("hello", "thank you", "hold on") answered with `aside`: nothing is done and
 * nothing declined. A question still open is asked again after it, so the answer that follows
 * still answers it; with none, the shopper is asked what to do, and "repeat" keeps what came before.
 */
export function answerAside(turn: Turn, aside: Ssml): Response {
  const eliciting = turn.session.eliciting;
  if (eliciting !== undefined) return turn.elicitAgain(eliciting, aside);
  const pending = turn.session.pending;
  if (pending === undefined) return turn.answer(aside, { invite: true, aside: true });
  const question = questionAgain(turn, pending);
  return turn.ask(joinSsml([aside, question]), question);
}
