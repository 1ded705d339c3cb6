import { intentHandler } from '../handler.ts';
import { keepPace, paceSaid } from '../flows/pacing.ts';
import { storedSpeech } from '../ssml.ts';

/**
 * "Speak slower" / "speak normally": a setting kept for the shopper, not just this session. Slowing
 * down is asked because something went by too fast, so what was last said is said again at the new
 * pace; a question waiting for one slot is left to be answered as it was asked.
 */
export const SetPaceIntent = intentHandler(['SetPaceIntent'], async (turn) => {
  const pace = paceSaid(turn.slot('pace') ?? 'slower');
  await keepPace(turn, pace);
  const last = turn.session.lastSpeech;
  // An aside: "say that again" next wants what was said before, at the new pace.
  if (pace === 'slow' && last !== undefined && turn.session.eliciting === undefined) {
    // What was said last asked the question still waiting ("which bread?"): said again, it is that
    // question asked again, not asked once more after it.
    const [question, ...rest] = turn.heldQuestions;
    if (question !== undefined) {
      turn.session.pending = rest.length === 0 ? question : { ...question, next: rest };
      turn.heldQuestions = [];
    }
    const reprompt = last.reprompt === undefined ? {} : { reprompt: storedSpeech(last.reprompt) };
    return turn.answer(turn.say.paceSlowAgain(storedSpeech(last.speech)), { ...reprompt, aside: true });
  }
  return turn.answer(pace === 'slow' ? turn.say.paceSlow() : turn.say.paceNormal(), { aside: true });
});
