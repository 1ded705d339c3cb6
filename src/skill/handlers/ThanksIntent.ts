import { intentHandler } from '../handler.ts';
import { answerAside } from '../flows/asides.ts';

/** "Thank you": a polite word, not a goodbye; the session and any open question go on. */
export const ThanksIntent = intentHandler(['ThanksIntent'], (turn) => answerAside(turn, turn.say.thanks()));
