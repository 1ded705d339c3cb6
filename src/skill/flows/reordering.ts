import type { Response } from 'ask-sdk-model';
import type { Turn } from '../turn.ts';

/** Reads the basket waiting for a "yes" a few items at a time; "more" continues, "yes" takes it all. */
export function readPendingReorder(turn: Turn): Response {
  const pending = turn.session.pending;
  if (pending?.kind !== 'reorder') return turn.answer(turn.say.nothingMore());
  const chunk = pending.lines.slice(pending.offset, pending.offset + turn.chunkSize);
  const remaining = Math.max(0, pending.lines.length - pending.offset - chunk.length);
  const speech = turn.say.reorderConfirm(pending.label, pending.lines.length, chunk, remaining, pending.offset === 0);
  turn.session.pending = { ...pending, offset: pending.offset + chunk.length };
  return turn.answer(speech, { reprompt: turn.say.reorderConfirmReprompt() });
}
