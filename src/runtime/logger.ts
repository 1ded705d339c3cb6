import { pino } from 'pino';
import type { Logger } from '../skill/services.ts';

/** JSON logs to stderr, so a text door's stdout carries only its answers. */
export function createLogger(level: string): Logger {
  return pino({ level, base: { service: 'voicecart' } }, pino.destination(2));
}
