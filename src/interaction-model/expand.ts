/**
 * Expands a compact sample template into every sample it stands for, so the hand-written
 * samples stay readable: `(add|put) {product} [please]` gives "add {product}", "put {product}",
 * "add {product} please" and "put {product} please". Groups do not nest; `(a|)` means "a" or nothing.
 */
export function expandTemplate(template: string): string[] {
  const group = /\(([^()[\]]*)\)|\[([^()[\]]*)\]/;
  const match = group.exec(template);
  if (match === null) return [template.replace(/\s+/g, ' ').trim()];
  const options = match[1] !== undefined ? match[1].split('|') : [match[2] ?? '', ''];
  const before = template.slice(0, match.index);
  const after = template.slice(match.index + match[0].length);
  return options.flatMap((option) => expandTemplate(`${before}${option}${after}`));
}

/** Expands every template, keeping the first occurrence of each sample. */
export function expandTemplates(templates: readonly string[]): string[] {
  return [...new Set(templates.flatMap(expandTemplate))].filter((sample) => sample !== '');
}
