import { describe, expect, it } from 'vitest';
import { REQUEST_KINDS } from '../../src/evaluation/requests.ts';
import { voicecart } from '../cli/run.ts';

describe('voicecart evaluate', () => {
  it('prints, for the demo catalog, how many requests of each kind were understood, and overall', async () => {
    const { code, stdout, stderr } = await voicecart(['evaluate', '--catalog', 'src/catalog/demo-catalog.csv', '--count', '240', '--seed', '5', '--misses', '1'], '');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toMatch(/requests generated with seed 5/);
    for (const kind of REQUEST_KINDS.filter((k) => k !== 'household')) expect(stdout).toMatch(new RegExp(`^${kind} +[01]\\.\\d{3}  \\(\\d+/\\d+\\)$`, 'm'));
    expect(stdout).not.toMatch(/^household/m);
    expect(stdout).toMatch(/^overall +0\.9\d{2}/m);
  });

  it('refuses a count that is not a number', async () => {
    const { code, stderr } = await voicecart(['evaluate', '--catalog', 'src/catalog/demo-catalog.csv', '--count', 'many'], '');
    expect(code).toBe(2);
    expect(stderr).toMatch(/usage: voicecart evaluate/);
  });
});
