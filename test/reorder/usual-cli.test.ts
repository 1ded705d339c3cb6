import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';

const Answer = z.object({ user: z.string(), productIds: z.array(z.string()) });

describe('voicecart usual', () => {
  it('answers each {"user"} line with their usual, leaving out what the store no longer sells', () => {
    const dir = mkdtempSync(join(tmpdir(), 'voicecart-usual-'));
    const catalog = join(dir, 'catalog.csv');
    const history = join(dir, 'history.csv');
    writeFileSync(catalog, 'id,name,category\nm1,Whole Milk,dairy\nb1,"Bread, Sliced",bakery\n');
    const rows = ['user_id,order_id,order_number,product_id'];
    for (let n = 1; n <= 4; n++) rows.push(`ann,a${n},${n},m1`, `ann,a${n},${n},b1`, `ann,a${n},${n},gone`);
    writeFileSync(history, `${rows.join('\n')}\n`);
    const run = spawnSync('node', ['bin/voicecart.mjs', 'usual', '--catalog', catalog, '--history', history], {
      input: '{"user":"ann"}\n{"user":"nobody"}\n',
      encoding: 'utf8',
    });
    expect(run.status).toBe(0);
    const lines = run.stdout.trim().split('\n').map((line) => Answer.parse(JSON.parse(line)));
    expect(lines[0]?.user).toBe('ann');
    expect([...(lines[0]?.productIds ?? [])].sort()).toEqual(['b1', 'm1']);
    expect(lines[1]).toEqual({ user: 'nobody', productIds: [] });
  });
});
