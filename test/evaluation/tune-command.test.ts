import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseResolutionConfig } from '../../src/catalog/decision.ts';
import { voicecart } from '../cli/run.ts';

const dir = mkdtempSync(join(tmpdir(), 'voicecart-tune-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/**
 * A small catalog made up from a few brands, flavours and kinds of snack, so that every kind has a
 * family of products to hold out and brands lead several names.
 */
function madeUpCatalog(): string {
  const brands = ['Brightwood', 'Tallgrass', 'Quillon'];
  const flavours = ['honey', 'garlic', 'lemon', 'cheddar', 'maple', 'pepper'];
  const kinds: [string, string][] = [
    ['crackers', 'snacks > crackers'],
    ['pretzels', 'snacks > chips pretzels'],
    ['granola', 'breakfast > granola'],
    ['yogurt', 'dairy eggs > yogurt'],
    ['noodles', 'pantry > pasta'],
    ['muffins', 'bakery > breakfast bakery'],
    ['salsa', 'deli > dips'],
    ['popcorn', 'snacks > popcorn'],
  ];
  const rows = ['id,name,category'];
  for (const [kind, category] of kinds) {
    for (const flavour of flavours) {
      rows.push(`${rows.length},${cap(flavour)} ${cap(kind)},${category}`);
      for (const brand of brands) rows.push(`${rows.length},${brand} ${cap(flavour)} ${cap(kind)},${category}`);
    }
  }
  return `${rows.join('\n')}\n`;
}

function cap(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

describe('voicecart tune', () => {
  it('fits a configuration on a small catalog that evaluate then scores', async () => {
    const catalog = join(dir, 'catalog.csv');
    const out = join(dir, 'resolution.json');
    writeFileSync(catalog, madeUpCatalog());
    const tuned = await voicecart(['tune', '--catalog', catalog, '--seed', '3', '--sets', '1', '--count', '240', '--out', out], '');
    expect(tuned.stderr).toMatch(/^fitted on [\d,]+ requests \(seeds 3\): right [01]\.\d{3} with the fitted decision, [01]\.\d{3} with the hand-set one; wrote /);
    expect(tuned.code).toBe(0);
    const config = parseResolutionConfig(JSON.parse(readFileSync(out, 'utf8')), out);
    expect(config.decision).toBe('fitted');
    expect(config.fitted?.seeds).toEqual([3]);
    expect(config.fitted?.accuracy).toBeGreaterThanOrEqual(config.fitted?.handSetAccuracy ?? 1);

    const scored = await voicecart(['evaluate', '--catalog', catalog, '--resolution', out, '--seed', '2', '--count', '240', '--misses', '0'], '');
    expect(scored.stderr).toBe('');
    expect(scored.code).toBe(0);
    expect(scored.stdout).toMatch(/^not-sold +[01]\.\d{3}  \(\d+\/\d+\)$/m);
    expect(scored.stdout).toMatch(/^overall +[01]\.\d{3}/m);
  });

  it('keeps the seeds evaluate is read with out of the fit', async () => {
    const { code, stderr } = await voicecart(['tune', '--catalog', 'src/catalog/demo-catalog.csv', '--seed', '1'], '');
    expect(code).toBe(2);
    expect(stderr).toMatch(/seeds 1 and 2 are kept for voicecart evaluate/);
  });
});
