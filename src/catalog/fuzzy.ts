/**
 * Finds words within a small edit distance of a misspelt or misheard word without scanning the
 * vocabulary: every word is indexed under the forms left after deleting one character, so two
 * words within one edit (and, with deletions on both sides, most within two) share a form.
 */
export class DeletionIndex {
  private readonly forms = new Map<string, number[]>();

  add(word: string, id: number): void {
    for (const form of new Set([word, ...deletions(word)])) {
      const ids = this.forms.get(form);
      if (ids === undefined) this.forms.set(form, [id]);
      else if (ids[ids.length - 1] !== id) ids.push(id);
    }
  }

  /** Ids of indexed words that may lie within `maxDistance` (1 or 2) edits; callers verify. */
  candidates(word: string, maxDistance: 1 | 2): Set<number> {
    const probes = new Set([word, ...deletions(word)]);
    if (maxDistance === 2) for (const form of [...probes]) for (const shorter of deletions(form)) probes.add(shorter);
    const found = new Set<number>();
    for (const probe of probes) for (const id of this.forms.get(probe) ?? []) found.add(id);
    return found;
  }
}

function deletions(word: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < word.length; i++) out.push(word.slice(0, i) + word.slice(i + 1));
  return out;
}

/** Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours. */
export function editDistance(a: string, b: string, limit = Number.POSITIVE_INFINITY): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous2: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, (previous2[j - 2] ?? 0) + 1);
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > limit) return limit + 1;
    previous2 = previous;
    previous = current;
  }
  return previous[b.length] ?? 0;
}
