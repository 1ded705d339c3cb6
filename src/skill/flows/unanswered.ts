import type { ItemQuestion } from '../../shopper/questions.ts';
import type { Turn } from '../turn.ts';

/** Most questions kept for the next visit: a few things left unsettled, never a backlog. */
const MOST_KEPT = 5;
/** After this long a question left open is stale: the shopper has likely shopped for it since. */
const KEPT_FOR_MS = 7 * 24 * 60 * 60 * 1000;

/**
 * Questions about things the shopper asked for, still open as the visit ends ("which bread?"),
 * kept with the shopper so the next visit asks them first and the bread is not lost. The nearest
 * products offered for something not sold are not kept: that thing was already said not found.
 */
export async function keepForNextVisit(turn: Turn, open: readonly ItemQuestion[]): Promise<void> {
  const kept = open.filter((question) => !('offer' in question && question.offer === true));
  if (kept.length === 0) return;
  const at = turn.now.toISOString();
  await turn.update((state) => {
    const questions = [...(state.unanswered?.questions ?? []), ...kept].slice(-MOST_KEPT);
    return { state: { ...state, unanswered: { at, questions } }, result: undefined };
  });
}

/** The questions kept at the end of the last visit, taken from what is stored: the recent ones, to ask now. */
export async function takeKeptQuestions(turn: Turn): Promise<ItemQuestion[]> {
  const kept = turn.state.unanswered;
  if (kept === undefined) return [];
  await turn.update((state) => {
    const { unanswered: _taken, ...rest } = state;
    return { state: rest, result: undefined };
  });
  return turn.now.getTime() - Date.parse(kept.at) <= KEPT_FOR_MS ? kept.questions : [];
}
