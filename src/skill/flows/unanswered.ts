import type { ItemQuestion } from '../../shopper/questions.ts';
import type { Turn } from '../turn.ts';

/** Most questions kept for the next visit: a few things left unsettled, never a backlog. */
const MOST_KEPT = 5;

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
