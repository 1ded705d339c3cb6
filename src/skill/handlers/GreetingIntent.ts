import { intentHandler } from '../handler.ts';
import { answerAside } from '../flows/asides.ts';

/** "Good morning", "hello, it's me": a greeting, answered in kind; the session and any open question go on. */
export const GreetingIntent = intentHandler(['GreetingIntent'], (turn) => answerAside(turn, turn.say.greeting()));
