import type { Response } from 'ask-sdk-model';
import { linesOf } from '../../cart/changes.ts';
import { targetFor, type Target, targetKey } from '../../lists/names.ts';
import { showLines } from '../display.ts';
import type { Turn } from '../turn.ts';

/** Reads the cart or a list a few items at a time, so a listener can keep up; "more" continues. */
export function readFrom(turn: Turn, target: Target, offset: number): Response {
  const lines = linesOf(turn.state, target);
  const key = targetKey(target);
  if (lines.length === 0) {
    delete turn.session.reading;
    return turn.answer(turn.say.empty(key));
  }
  if (offset >= lines.length) return turn.answer(turn.say.nothingMore());
  const chunk = lines.slice(offset, offset + turn.chunkSize);
  const remaining = Math.max(0, lines.length - offset - chunk.length);
  // Kept after the last chunk too, so "start over" can read the same list again.
  turn.session.reading = { target: key, offset: offset + chunk.length, heard: chunk.map((line) => line.productId) };
  if (offset === 0) showLines(turn, key, lines);
  const speech = turn.say.readChunk(key, lines.length, chunk, remaining, offset === 0);
  return turn.answer(speech, remaining > 0 ? { end: false } : {});
}

export function readingTarget(key: string): Target {
  return key === 'cart' ? { kind: 'cart' } : targetFor(key);
}
