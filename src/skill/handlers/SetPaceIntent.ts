import { intentHandler } from '../handler.ts';

const SLOW = /\b(slow|slower|slowly|slowdown)\b/;

/** "Speak slower" / "speak normally": a setting kept for the shopper, not just this session. */
export const SetPaceIntent = intentHandler(['SetPaceIntent'], async (turn) => {
  const pace = SLOW.test(turn.slot('pace')?.toLowerCase() ?? 'slower') ? 'slow' : 'normal';
  await turn.update((state) => ({ state: state.pace === pace ? state : { ...state, pace }, result: undefined }));
  // An aside: "say that again" next wants what was said before, at the new pace.
  return turn.answer(pace === 'slow' ? turn.say.paceSlow() : turn.say.paceNormal(), { aside: true });
});
