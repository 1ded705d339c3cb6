import { randomUUID } from 'node:crypto';
import type { Skill } from 'ask-sdk-core';
import express, { type Router } from 'express';
import { z } from 'zod';
import type { Context, Understanding } from '../nlu/nlu.ts';
import { Conversation } from '../skill/conversation.ts';

const SayRequestSchema = z.object({ conversation: z.string().uuid().optional(), text: z.string().trim().min(1).max(500) });

/** At most this many page conversations are kept; the oldest is forgotten first. */
const MAX_CONVERSATIONS = 100;

const PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>voicecart — talk to the skill</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>
  body { font: 16px/1.5 system-ui, sans-serif; max-width: 46rem; margin: 2rem auto; padding: 0 1rem; color: #1d1d1f; }
  h1 { font-size: 1.3rem; }
  #log { list-style: none; padding: 0; }
  #log li { margin: .4rem 0; padding: .5rem .75rem; border-radius: .6rem; }
  #log li.you { background: #e8f0fe; margin-left: 4rem; }
  #log li.alexa { background: #f1f1f1; margin-right: 4rem; }
  #log small { display: block; color: #666; }
  form { display: flex; gap: .5rem; }
  input { flex: 1; font: inherit; padding: .5rem; }
  button { font: inherit; padding: .5rem 1rem; }
</style>
</head>
<body>
<h1>Talk to voicecart</h1>
<p>Type what you would say to Alexa: <em>add two pounds of bananas</em>, <em>what's in my cart</em>, <em>undo</em>.
<em>ask corner grocer to …</em> is a one-shot; <em>/launch</em> opens a session, <em>/end</em> walks away.</p>
<ul id="log" aria-live="polite"></ul>
<form id="say"><input id="text" autocomplete="off" autofocus aria-label="What you say"><button>Say</button></form>
<script>
  const log = document.getElementById('log');
  const input = document.getElementById('text');
  let conversation;
  function line(cls, text, note) {
    const li = document.createElement('li');
    li.className = cls;
    li.textContent = text;
    if (note) { const small = document.createElement('small'); small.textContent = note; li.appendChild(small); }
    log.appendChild(li);
  }
  document.getElementById('say').addEventListener('submit', async (event) => {
    event.preventDefault();
    const text = input.value.trim();
    if (!text) return;
    input.value = '';
    line('you', text);
    const response = await fetch('chat/say', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ conversation, text }) });
    const body = await response.json();
    if (!response.ok) { line('alexa', body.error || 'Something went wrong'); return; }
    conversation = body.conversation;
    const slots = Object.entries(body.slots).map(([k, v]) => k + '=' + v).join(' ');
    line('alexa', body.say || '(nothing said)', body.intent + (slots ? ' ' + slots : '') + (body.ended ? ' · session ended' : ''));
  });
</script>
</body>
</html>
`;

/**
 * A local web page for talking to the skill by text: the same skill, NLU and envelopes as
 * `voicecart chat`, as one shopper ("web-shopper"). For local development: VOICECART_CHAT_PAGE turns it
 * on, and by default it is on only with the embedded SQLite store.
 */
export function chatPage(skill: Skill, understand: (text: string, context?: Context) => Understanding, now: () => Date): Router {
  const conversations = new Map<string, Conversation>();
  const router = express.Router();
  router.get('/chat', (_req, res) => {
    res.type('html').send(PAGE);
  });
  router.post('/chat/say', express.json({ limit: '8kb' }), async (req, res) => {
    const parsed = SayRequestSchema.safeParse(req.body);
    if (!parsed.success) {
      res.status(400).json({ error: 'expected {"text": "..."}' });
      return;
    }
    const id = parsed.data.conversation ?? randomUUID();
    let conversation = conversations.get(id);
    if (conversation === undefined) {
      conversation = new Conversation(skill, { userId: 'web-shopper', screen: false }, now, understand);
      conversations.set(id, conversation);
      const oldest = conversations.keys().next().value;
      if (conversations.size > MAX_CONVERSATIONS && oldest !== undefined) conversations.delete(oldest);
    }
    const text = parsed.data.text;
    const exchange = text === '/launch' ? await conversation.launch() : text === '/end' ? await conversation.end() : await conversation.say(text);
    const { heard, intent, slots, say, reprompt, ended } = exchange;
    res.json({ conversation: id, heard, intent, slots, say, reprompt, ended });
  });
  return router;
}
