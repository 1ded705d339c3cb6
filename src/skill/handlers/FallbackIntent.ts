import { intentHandler } from '../handler.ts';

/** Anything voicecart doesn't understand: say what it can do, keep listening. */
export const FallbackIntent = intentHandler(['AMAZON.FallbackIntent'], (turn) => turn.answer(turn.say.fallback()));
