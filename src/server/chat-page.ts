import { createHash, randomBytes } from 'node:crypto';
import { isIP } from 'node:net';
import type { Skill } from 'ask-sdk-core';
import express, { type NextFunction, type Request, type Response, type Router } from 'express';
import { z } from 'zod';
import type { Context, Understanding } from '../nlu/nlu.ts';
import { Conversation } from '../skill/conversation.ts';
import type { Logger } from '../skill/services.ts';
import { answerErrors, asyncRoute } from './errors.ts';

const SayRequestSchema = z.object({ text: z.string().trim().min(1).max(500) });

/** At most this many visitors' conversations are kept in memory; the least recently heard is forgotten first. */
const MAX_CONVERSATIONS = 100;

/** The browser's own shopper: a random id in a cookie only this page's requests carry. */
const VISITOR_COOKIE = 'voicecart_visitor';
const VISITOR_ID = /^[A-Za-z0-9_-]{22}$/;
const VISITOR_MAX_AGE_S = 30 * 24 * 60 * 60;

const STYLE = `
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
`;

const SCRIPT = `
  const log = document.getElementById('log');
  const input = document.getElementById('text');
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
    const response = await fetch('chat/say', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text }) });
    const body = await response.json();
    if (!response.ok) { line('alexa', body.error || 'Something went wrong'); return; }
    const slots = Object.entries(body.slots).map(([k, v]) => k + '=' + v).join(' ');
    line('alexa', body.say || '(nothing said)', body.intent + (slots ? ' ' + slots : '') + (body.ended ? ' · session ended' : ''));
  });
`;

const PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>voicecart — talk to the skill</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>${STYLE}</style>
</head>
<body>
<h1>Talk to voicecart</h1>
<p>Type what you would say to Alexa: <em>add two pounds of bananas</em>, <em>what's in my cart</em>, <em>undo</em>.
<em>ask corner grocer to …</em> is a one-shot; <em>/launch</em> opens a session, <em>/end</em> walks away.</p>
<ul id="log" aria-live="polite"></ul>
<form id="say"><input id="text" autocomplete="off" autofocus aria-label="What you say"><button>Say</button></form>
<script>${SCRIPT}</script>
</body>
</html>
`;

const sha256 = (text: string): string => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/** Only this page's own script and style run; it talks only to its own origin and is never framed. */
const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  `script-src ${sha256(SCRIPT)}`,
  `style-src ${sha256(STYLE)}`,
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

export interface ChatPageOptions {
  readonly understand: (text: string, context?: Context) => Understanding;
  readonly now: () => Date;
  readonly logger: Logger;
  /** The skill id the skill was built with: the page's requests name it, as Alexa's would. */
  readonly skillId?: string | undefined;
  /** Host names the page answers to besides localhost and IP addresses (a demo's own domain). */
  readonly allowedHosts?: readonly string[];
}

/**
 * A local web page for talking to the skill by text: the same skill, NLU and envelopes as
 * `voicecart chat`. Each browser is its own shopper, known by a cookie. The page answers only to
 * the host names it knows (a DNS-rebinding page on another name gets nothing), sends a strict
 * content security policy, and answers every failure as JSON without ever letting one escape.
 */
export function chatPage(skill: Skill, options: ChatPageOptions): Router {
  const conversations = new Map<string, Conversation>();
  const allowed = new Set(['localhost', ...(options.allowedHosts ?? []).map((host) => host.toLowerCase())]);
  const router = express.Router();

  router.use('/chat', (req: Request, res: Response, next: NextFunction) => {
    res.setHeader('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    res.setHeader('X-Frame-Options', 'DENY');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Referrer-Policy', 'no-referrer');
    res.setHeader('Cache-Control', 'no-store');
    const host = hostName(req.headers.host);
    if (host === undefined || !(allowed.has(host) || isIP(host.replace(/^\[|\]$/g, '')) !== 0)) {
      res.status(403).json({ error: 'this page answers only on the host names it was given' });
      return;
    }
    const origin = req.headers.origin;
    if (req.method !== 'GET' && origin !== undefined && !sameHost(origin, req.headers.host)) {
      res.status(403).json({ error: 'requests from another site are refused' });
      return;
    }
    next();
  });

  router.get('/chat', (req, res) => {
    visitorOf(req, res);
    res.type('html').send(PAGE);
  });

  router.post(
    '/chat/say',
    express.json({ limit: '8kb' }),
    asyncRoute(async (req, res) => {
      const parsed = SayRequestSchema.safeParse(req.body);
      if (!parsed.success) {
        res.status(400).json({ error: 'expected {"text": "..."}' });
        return;
      }
      const visitor = visitorOf(req, res);
      let conversation = conversations.get(visitor);
      if (conversation === undefined) {
        const caller = { userId: `web.${visitor}`, screen: false, ...(options.skillId === undefined ? {} : { applicationId: options.skillId }) };
        conversation = new Conversation(skill, caller, options.now, options.understand);
      }
      // Re-inserted on every use: the Map's first key is then the visitor heard from least recently.
      conversations.delete(visitor);
      conversations.set(visitor, conversation);
      const oldest = conversations.keys().next().value;
      if (conversations.size > MAX_CONVERSATIONS && oldest !== undefined) conversations.delete(oldest);
      const text = parsed.data.text;
      const exchange = text === '/launch' ? await conversation.launch() : text === '/end' ? await conversation.end() : await conversation.say(text);
      const { heard, intent, slots, say, reprompt, ended } = exchange;
      res.json({ heard, intent, slots, say, reprompt, ended });
    }),
  );
  router.use('/chat', answerErrors(options.logger));
  return router;
}

/** The visitor's id from their cookie, or a new one, set as a cookie only this page's requests send. */
function visitorOf(req: Request, res: Response): string {
  const known = cookie(req.headers.cookie, VISITOR_COOKIE);
  if (known !== undefined && VISITOR_ID.test(known)) return known;
  const visitor = randomBytes(16).toString('base64url');
  const secure = req.secure ? '; Secure' : '';
  res.setHeader('Set-Cookie', `${VISITOR_COOKIE}=${visitor}; Path=/chat; Max-Age=${VISITOR_MAX_AGE_S}; HttpOnly; SameSite=Strict${secure}`);
  return visitor;
}

function cookie(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return value.join('=');
  }
  return undefined;
}

/** The host name of a Host header, lowercased and without its port ("[::1]" keeps its brackets). */
function hostName(header: string | undefined): string | undefined {
  if (header === undefined || header === '') return undefined;
  const match = /^(\[[0-9a-f:.]+\]|[^:]+)(:\d+)?$/i.exec(header);
  return match?.[1]?.toLowerCase();
}

function sameHost(origin: string, host: string | undefined): boolean {
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}
