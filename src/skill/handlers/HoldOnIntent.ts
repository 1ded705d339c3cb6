import { intentHandler } from '../handler.ts';
import { answerAside } from '../flows/asides.ts';

/**
 * "Hold on", "wait", "not yet": the shopper needs a moment. Nothing is done and nothing declined:
 * a question still open (place the order?) stays open and is asked again, so "yes" still answers it.
 */
export const HoldOnIntent = intentHandler(['HoldOnIntent'], (turn) => answerAside(turn, turn.say.takeYourTime()));
