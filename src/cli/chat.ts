import { createInterface } from 'node:readline';
import { Conversation, type Exchange } from '../skill/conversation.ts';
import { createSkill } from '../skill/builder.ts';
import { readConfig } from '../runtime/config.ts';
import { assembleServices } from '../runtime/services.ts';
import { createLogger } from '../runtime/logger.ts';
import { loadNlu, loadNluFor } from '../runtime/nlu.ts';
import { parseOptions } from './args.ts';

const HELP = `voicecart chat [--catalog FILE] [--index FILE] [--history FILE] [--asr DIR] [--user ID] [--state FILE] [--token TOKEN]
Type what you would say to Alexa ("add two pounds of bananas", "what's in my cart").
"ask corner grocer to ..." is a one-shot in a new session. Controls: /launch opens a session,
/end ends it as if you walked away, /quit leaves.`;

/** One JSON line per input line, exactly the shape the harness reads. */
function jsonLine(exchange: Exchange): string {
  const { heard, intent, slots, say, reprompt, ended, then } = exchange;
  return JSON.stringify({ heard, intent, slots, say, reprompt, ended, ...(then === undefined ? {} : { then }) });
}

function transcript(exchange: Exchange): string {
  const slots = Object.entries(exchange.slots).map(([k, v]) => `${k}=${v}`).join(' ');
  const said = exchange.say === '' ? '(nothing said)' : exchange.say;
  const then = exchange.then === undefined ? '' : ` then ${exchange.then.intent}`;
  return `  [${exchange.intent}${slots === '' ? '' : ` ${slots}`}${then}]\nalexa> ${said}${exchange.ended ? '\n  (session ended)' : ''}`;
}

/**
 * `voicecart chat`: the real skill, through real request envelopes, with the same storage and the
 * same store backend as the server — only the words are typed instead of spoken.
 */
export async function run(args: string[]): Promise<number> {
  const { values, flags } = parseOptions(args, { values: ['catalog', 'index', 'history', 'asr', 'user', 'state', 'token'], flags: ['help'] });
  if (flags.has('help')) {
    process.stdout.write(`${HELP}\n`);
    return 0;
  }
  const config = readConfig();
  const runtime = await assembleServices(config, {
    catalogPath: values.get('catalog'),
    indexPath: values.get('index'),
    historyPath: values.get('history'),
    soundAlikesDir: values.get('asr'),
    sqlitePath: values.get('state'),
    // A private reference backend on a free port, so a chat never collides with a running server,
    // started at the first turn that needs it (checkout, order history): most first lines do not.
    backendPort: 0,
    backendWhenNeeded: true,
    logger: createLogger('warn'),
  });
  try {
    const nlu = values.has('catalog') ? await loadNluFor(runtime.services.catalog, runtime) : loadNlu();
    const skill = createSkill(runtime.services);
    const caller = { userId: values.get('user') ?? 'local-shopper', accessToken: values.get('token') };
    const conversation = new Conversation(skill, caller, runtime.services.now, (text, context) => nlu.understand(text, context));
    const interactive = process.stdin.isTTY === true && process.stdout.isTTY === true;
    const show = interactive ? transcript : jsonLine;
    if (interactive) process.stdout.write(`${HELP}\n\nyou> `);

    const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
    for await (const raw of lines) {
      const line = raw.trim();
      if (line === '/quit' || line === '/exit') break;
      if (line !== '') {
        const exchange = line === '/launch' ? await conversation.launch() : line === '/end' ? await conversation.end() : await conversation.say(line);
        process.stdout.write(`${show(exchange)}\n`);
      }
      if (interactive) process.stdout.write('you> ');
    }
    return 0;
  } finally {
    await runtime.close();
  }
}
