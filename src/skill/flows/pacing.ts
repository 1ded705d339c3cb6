import type { Turn } from '../turn.ts';

const SLOW = /\b(slow|slower|slowly|slowdown|few at a time|bit by bit|little at a time)\b/;

/** The pace a spoken pace names: "slower", "slowly", "slow down", "a few at a time" slow; anything else ("normal", "faster") the usual. */
export function paceSaid(spoken: string): 'slow' | 'normal' {
  return SLOW.test(spoken.toLowerCase()) ? 'slow' : 'normal';
}

/** Keeps a pace for the shopper, not just this session: every answer from now on is spoken at it. */
export async function keepPace(turn: Turn, pace: 'slow' | 'normal'): Promise<void> {
  await turn.update((state) => ({ state: state.pace === pace ? state : { ...state, pace }, result: undefined }));
}
