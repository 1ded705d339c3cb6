import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { voicecart } from '../cli/run.ts';

const dir = mkdtempSync(join(tmpdir(), 'voicecart-resolve-'));
const catalogPath = join(dir, 'catalog.csv');
const historyPath = join(dir, 'history.csv');
writeFileSync(
  catalogPath,
  'id,name,category\n1,Whole Milk,dairy eggs > milk\n2,"Milk, Lactose Free",dairy eggs > milk\n3,Bananas,produce > fresh fruits\n4,Banana Bread,bakery > bread\n',
);
writeFileSync(historyPath, 'user_id,order_id,order_number,product_id\nu1,o1,1,2\nu1,o2,2,2\n');

const lines = (stdout: string): unknown[] => stdout.trim().split('\n').map((line): unknown => JSON.parse(line));

describe('voicecart resolve', () => {
  it('answers each JSON line, in order, with the product, amount and alternatives', async () => {
    const input = ['{"id":"a","text":"two pounds of bananas"}', '{"id":"b","text":"a wrench"}', '{"id":"c","text":"milk","user":"u1"}', '{"id":"d","text":"milk","user":"nobody"}'].join('\n');
    const { code, stdout, stderr } = await voicecart(['resolve', '--catalog', catalogPath, '--history', historyPath], input);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const [a, b, c, d] = lines(stdout);
    expect(a).toEqual({ id: 'a', productId: '3', quantity: 2, unit: 'pound', alternatives: ['4'] });
    expect(b).toMatchObject({ id: 'b', productId: null, quantity: null, unit: null });
    expect(c).toMatchObject({ id: 'c', productId: '2' });
    expect(d).toMatchObject({ id: 'd', productId: '1' });
  });

  it('stops at a bad catalog row, naming its line and field, unless told to skip such rows', async () => {
    const badPath = join(dir, 'bad-catalog.csv');
    writeFileSync(badPath, 'id,name,category\n1,Whole Milk,dairy eggs > milk\n2,,produce > fresh fruits\n');
    const strict = await voicecart(['resolve', '--catalog', badPath], '{"id":"a","text":"milk"}\n');
    expect(strict.code).toBe(1);
    expect(strict.stderr).toMatch(/line 3.*name/);
    const skipping = await voicecart(['resolve', '--catalog', badPath, '--skip-bad-rows'], '{"id":"a","text":"milk"}\n');
    expect(skipping.code).toBe(0);
    expect(skipping.stderr).toMatch(/line 3 skipped/);
    expect(lines(skipping.stdout)).toEqual([expect.objectContaining({ id: 'a', productId: '1' })]);
  });

  it('names the input line that is not a request', async () => {
    const { code, stderr } = await voicecart(['resolve', '--catalog', catalogPath], '{"id":"a","text":"milk"}\n{"id":"b"}\n');
    expect(code).toBe(1);
    expect(stderr).toMatch(/stdin line 2/);
  });
});
