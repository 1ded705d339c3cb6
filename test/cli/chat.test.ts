import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { voicecart } from './run.ts';

const LineSchema = z.object({
  heard: z.string(),
  intent: z.string(),
  slots: z.record(z.string(), z.string()),
  say: z.string(),
  reprompt: z.string().nullable(),
  ended: z.boolean(),
});

function scratch(): { dir: string; env: Record<string, string> } {
  const dir = mkdtempSync(join(tmpdir(), 'voicecart-chat-'));
  return { dir, env: { VOICECART_BACKEND_DB: join(dir, 'backend.sqlite') } };
}

async function chat(lines: string[], args: string[], env: Record<string, string>): Promise<z.infer<typeof LineSchema>[]> {
  const run = await voicecart(['chat', ...args], `${lines.join('\n')}\n`, env);
  expect(run.code, run.stderr).toBe(0);
  return run.stdout.trim().split('\n').map((line) => LineSchema.parse(JSON.parse(line)));
}

describe('voicecart chat, as the harness and store engineers use it', () => {
  it('holds a conversation, one JSON line per input line, and the cart outlives the session', async () => {
    const { dir, env } = scratch();
    const state = join(dir, 'state.sqlite');
    const out = await chat(
      ['/launch', 'add two pounds of bananas', 'add a dozen eggs', "what's in my cart", 'remove the eggs', 'help', '/end', '/launch', 'stop'],
      ['--state', state, '--user', 'kim'],
      env,
    );
    expect(out.map((line) => line.intent)).toEqual([
      'LaunchRequest',
      'AddItemIntent',
      'AddItemIntent',
      'ReadCartIntent',
      'RemoveItemIntent',
      'AMAZON.HelpIntent',
      'SessionEndedRequest',
      'LaunchRequest',
      'AMAZON.StopIntent',
    ]);
    expect(out[1]?.say).toBe('Added two pounds of Bananas to your cart.');
    expect(out[3]?.say).toMatch(/^You have two items in your cart: two pounds of Bananas and a dozen Large White Eggs/);
    expect(out[6]?.ended).toBe(true);
    expect(out[7]?.say).toMatch(/^Welcome back to Corner Grocer. You have one item in your cart/);
    expect(out[8]).toMatchObject({ say: 'Goodbye. Your cart is saved.', ended: true, reprompt: null });
  });

  it('hears a bare answer as the answer to the question just asked', async () => {
    const { dir, env } = scratch();
    const out = await chat(['/launch', 'create a list', 'party'], ['--state', join(dir, 's.sqlite')], env);
    expect(out[1]?.say).toMatch(/^What should I call the new list\?/);
    expect(out[2]).toMatchObject({ intent: 'CreateListIntent', slots: { list: 'party' } });
  });

  it('takes "ask corner grocer to …" as a one-shot in a new session', async () => {
    const { dir, env } = scratch();
    const out = await chat(['ask corner grocer to add baby spinach'], ['--state', join(dir, 's.sqlite')], env);
    expect(out[0]).toMatchObject({ intent: 'AddItemIntent', ended: true });
    expect(out[0]?.say).toBe('Added Baby Spinach, 5 ounce, to your cart. To take it back, say: ask corner grocer to undo.');
  });

  it('creates a missing state file, and refuses a corrupt one without touching it', async () => {
    const { dir, env } = scratch();
    const fresh = join(dir, 'new', 'state.sqlite');
    await chat(['/launch'], ['--state', fresh], env);
    expect(existsSync(fresh)).toBe(true);

    const corrupt = join(dir, 'corrupt.sqlite');
    writeFileSync(corrupt, 'these are my notes, not a database');
    const run = await voicecart(['chat', '--state', corrupt], '/launch\n', env);
    expect(run.code).not.toBe(0);
    expect(run.stderr).toMatch(/is not a voicecart state file/);
    expect(readFileSync(corrupt, 'utf8')).toBe('these are my notes, not a database');
  });

  it('stops with the error, and leaves nothing running, when the history file is missing', async () => {
    const { dir, env } = scratch();
    const run = await voicecart(['chat', '--state', join(dir, 's.sqlite'), '--history', join(dir, 'no-such-history.csv')], '/launch\n', env);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/no-such-history\.csv/);
  });

  it('checks out against the embedded reference backend as a linked account (--token from voicecart token)', async () => {
    const { dir, env } = scratch();
    const issued = await voicecart(['token', '--customer', 'kim', '--db', env.VOICECART_BACKEND_DB ?? ''], '', env);
    expect(issued.code, issued.stderr).toBe(0);
    const token = issued.stdout.trim();
    const out = await chat(
      ['/launch', 'add two pounds of bananas', 'check out', 'yes', "where's my order"],
      ['--state', join(dir, 's.sqlite'), '--user', 'kim', '--token', token],
      env,
    );
    expect(out[2]?.say).toMatch(/^Your order from Corner Grocer has one item: two pounds of Bananas\. Delivery is .* The total is .* Should I place the order\?$/);
    expect(out[3]).toMatchObject({ intent: 'AMAZON.YesIntent', ended: true });
    expect(out[3]?.say).toMatch(/^Your order is placed\./);
    expect(out[4]?.say).toMatch(/^Your order of one item has been placed\./);
  });

  it('without --token, checking out asks the shopper to link their account', async () => {
    const { dir, env } = scratch();
    const out = await chat(['/launch', 'add bananas', 'check out'], ['--state', join(dir, 's.sqlite')], env);
    expect(out[2]?.say).toMatch(/^To check out, link your Corner Grocer account in the Alexa app/);
  });
});
