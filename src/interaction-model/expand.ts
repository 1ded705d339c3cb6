/**
 * Expands a compact sample template into the samples it stands for, so the hand-written samples
 * stay readable: `(add|put) {product} [please]` gives "add {product}", "put {product}",
 * "add {product} please" and "put {product} please". Groups do not nest; `(a|)` means "a" or nothing.
 */
export function expandTemplate(template: string): string[] {
  const group = /\(([^()[\]]*)\)|\[([^()[\]]*)\]/;
  const match = group.exec(template);
  if (match === null) return [tidy(template)];
  const options = match[1] !== undefined ? match[1].split('|') : [match[2] ?? '', ''];
  const before = template.slice(0, match.index);
  const after = template.slice(match.index + match[0].length);
  return options.flatMap((option) => expandTemplate(`${before}${option}${after}`));
}

function tidy(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Expands every template, keeping the first occurrence of each sample. */
export function expandTemplates(templates: readonly string[]): string[] {
  return [...new Set(templates.flatMap(expandTemplate))].filter((sample) => sample !== '');
}

type Part = { readonly kind: 'text'; readonly text: string } | { readonly kind: 'group'; readonly options: readonly string[] };

function partsOf(template: string): Part[] {
  const parts: Part[] = [];
  const group = /\(([^()[\]]*)\)|\[([^()[\]]*)\]/g;
  let at = 0;
  for (const match of template.matchAll(group)) {
    parts.push({ kind: 'text', text: template.slice(at, match.index) });
    parts.push({ kind: 'group', options: match[1] !== undefined ? match[1].split('|') : [match[2] ?? '', ''] });
    at = match.index + match[0].length;
  }
  parts.push({ kind: 'text', text: template.slice(at) });
  return parts;
}

/**
 * The samples of a template that together say every choice next to every choice of the group that
 * follows it, rather than every combination: "(can|could|would) you (add|put|pop) {product} (to|on)
 * (my|the) list" is covered by a dozen samples instead of thirty-six. Every word pair a shopper
 * could say in that order is in some sample, and Alexa's model and the local classifier learn
 * the phrase from word pairs, not from every product of the choices.
 *
 * The first choice of each group is the commonest way of saying it, so the sample of all first
 * choices is kept, and so is each sample that differs from it in one group only: a sentence
 * usually strays from the commonest phrasing in one place, and then a sample says it exactly.
 * Deterministic: the same template always gives the same samples.
 */
export function coverTemplate(template: string): string[] {
  const parts = partsOf(template);
  const groups = parts.flatMap((part) => (part.kind === 'group' ? [part.options] : []));
  if (groups.length <= 1) return expandTemplate(template);
  // Pairs of choices of neighbouring groups still to be said, as "group:option:option".
  const uncovered = new Set<string>();
  groups.forEach((options, g) => {
    const next = groups[g + 1];
    if (next === undefined) return;
    options.forEach((_, a) => next.forEach((__, b) => uncovered.add(`${g}:${a}:${b}`)));
  });
  const openFrom = (g: number, a: number): number => (groups[g + 1] ?? []).filter((_, b) => uncovered.has(`${g}:${a}:${b}`)).length;
  const samples: string[] = [];
  const say = (chosen: readonly number[]): void => {
    chosen.forEach((option, g) => {
      if (g > 0) uncovered.delete(`${g - 1}:${chosen[g - 1] ?? 0}:${option}`);
    });
    let group = 0;
    samples.push(tidy(parts.map((part) => (part.kind === 'text' ? part.text : (part.options[chosen[group++] ?? 0] ?? ''))).join('')));
  };
  const commonest = groups.map(() => 0);
  say(commonest);
  groups.forEach((options, g) => {
    for (let option = 1; option < options.length; option++) say(commonest.map((first, at) => (at === g ? option : first)));
  });
  while (uncovered.size > 0) {
    const chosen: number[] = [];
    groups.forEach((options, g) => {
      let best = 0;
      let bestScore = -1;
      options.forEach((_, option) => {
        const previous = chosen[g - 1];
        const joins = previous !== undefined && uncovered.has(`${g - 1}:${previous}:${option}`) ? 1 : 0;
        // Completing a pair with the choice before counts most; then leaving pairs to complete after.
        const score = joins * 1000 + openFrom(g, option);
        if (score > bestScore) {
          best = option;
          bestScore = score;
        }
      });
      chosen.push(best);
    });
    say(chosen);
  }
  return [...new Set(samples)];
}

/** Covers every template (see coverTemplate), keeping the first occurrence of each sample. */
export function coverTemplates(templates: readonly string[]): string[] {
  return [...new Set(templates.flatMap(coverTemplate))].filter((sample) => sample !== '');
}
