import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { voicecart } from './run.ts';

/** A store of made-up names and the operator's lists for it, a few lines per format. */
function scratch(): { dir: string; catalogPath: string; asrDir: string } {
  const dir = mkdtempSync(join(tmpdir(), 'voicecart-asr-cli-'));
  const catalogPath = join(dir, 'catalog.csv');
  writeFileSync(
    catalogPath,
    'id,name,category\ng1,Grindle Jam,pantry > spreads\nv1,Vorple Jam,pantry > spreads\nm1,Morkin Tea,beverages > tea\nb1,Blemmet Tea,beverages > tea\n',
  );
  const asrDir = join(dir, 'asr');
  mkdirSync(asrDir);
  writeFileSync(join(asrDir, 'homophones.csv'), 'thwimp,vorple\n');
  writeFileSync(join(asrDir, 'similar.json'), '{"blemmet": ["scorrow"]}\n');
  writeFileSync(join(asrDir, 'confusions.csv'), 'gold_word,asr_word,type,count,count_in_shopping_or_list_utterances\nmorkin,daxter,substitution,3,1\n');
  return { dir, catalogPath, asrDir };
}

const ResolveLine = z.object({ id: z.string(), productId: z.string().nullable() });
const ChatLine = z.object({ intent: z.string(), say: z.string() });

const requests = ['{"id":"a","text":"thwimp jam"}', '{"id":"b","text":"daxter tea"}', '{"id":"c","text":"scorrow tea"}', '{"id":"d","text":"grindle jam"}'].join('\n');

describe('voicecart resolve --asr', () => {
  it('when the shopper says a word only the lists explain, then it resolves to the product the lists point to', async () => {
    const { catalogPath, asrDir } = scratch();
    const run = await voicecart(['resolve', '--catalog', catalogPath, '--asr', asrDir], `${requests}\n`);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const answers = run.stdout.trim().split('\n').map((line) => ResolveLine.parse(JSON.parse(line)));
    expect(answers.map((answer) => answer.productId)).toEqual(['v1', 'm1', 'b1', 'g1']);
  });

  it('when no lists are given, then those words are not taken for the listed products', async () => {
    const { catalogPath } = scratch();
    const run = await voicecart(['resolve', '--catalog', catalogPath], `${requests}\n`);
    expect(run.code).toBe(0);
    const answers = run.stdout.trim().split('\n').map((line) => ResolveLine.parse(JSON.parse(line)));
    expect(answers.map((answer) => answer.productId)).not.toContain('v1');
    expect(answers.map((answer) => answer.productId)).not.toContain('m1');
    expect(answers[3]?.productId).toBe('g1');
  });

  it('when a list has a bad row, then it stops and names the file and line', async () => {
    const { catalogPath, asrDir } = scratch();
    writeFileSync(join(asrDir, 'homophones.csv'), 'thwimp,vorple\nlonely\n');
    const run = await voicecart(['resolve', '--catalog', catalogPath, '--asr', asrDir], `${requests}\n`);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`${join(asrDir, 'homophones.csv')} line 2: a set needs at least two words`);
  });
});

describe('voicecart chat with sound-alike lists', () => {
  async function chat(args: string[], env: Record<string, string>, dir: string): Promise<z.infer<typeof ChatLine>[]> {
    const run = await voicecart(
      ['chat', ...args, '--state', join(dir, 'state.sqlite')],
      '/launch\nadd thwimp jam\n',
      { VOICECART_BACKEND_DB: join(dir, 'backend.sqlite'), ...env },
    );
    expect(run.code, run.stderr).toBe(0);
    return run.stdout.trim().split('\n').map((line) => ChatLine.parse(JSON.parse(line)));
  }

  it('when the shopper adds a word only the lists explain, then --asr puts the listed product in the cart', async () => {
    const { dir, catalogPath, asrDir } = scratch();
    const out = await chat(['--catalog', catalogPath, '--asr', asrDir], {}, dir);
    expect(out[1]).toMatchObject({ intent: 'AddItemIntent', say: 'Added Vorple Jam to your cart.' });
  });

  it('when the lists are configured with VOICECART_ASR_DIR, then the skill hears the same', async () => {
    const { dir, catalogPath, asrDir } = scratch();
    const out = await chat(['--catalog', catalogPath], { VOICECART_ASR_DIR: asrDir }, dir);
    expect(out[1]).toMatchObject({ intent: 'AddItemIntent', say: 'Added Vorple Jam to your cart.' });
  });
});
