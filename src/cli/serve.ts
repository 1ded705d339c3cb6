import type { Server } from 'node:http';
import { createSkill } from '../skill/builder.ts';
import { doorSettings, readConfig } from '../runtime/config.ts';
import { assembleServices } from '../runtime/services.ts';
import { createAlexaApp } from '../server/alexa-app.ts';
import { chatPage } from '../server/chat-page.ts';
import { loadNlu } from '../runtime/nlu.ts';
import { parseOptions } from './args.ts';

const HELP = `voicecart serve [--production]
Serves the skill on POST /alexa (PORT, default 3000) on this machine only (HOST, default 127.0.0.1),
with the reference store backend beside it unless VOICECART_BACKEND_URL names the store's own.
--production (or NODE_ENV=production) requires VOICECART_SKILL_ID and request verification, and
turns the chat page off unless VOICECART_CHAT_PAGE=on.`;

/** How a listening address is written in a URL someone can open. */
function urlHost(host: string): string {
  if (host === '0.0.0.0' || host === '::') return 'localhost';
  return host.includes(':') ? `[${host}]` : host;
}

/**
 * `voicecart serve` (npm start): the skill on POST /alexa, with the demo catalog, a SQLite file for
 * shoppers and the reference store backend beside it, unless the environment names others.
 */
export async function run(args: string[]): Promise<number> {
  const { flags } = parseOptions(args, { flags: ['production', 'help'] });
  if (flags.has('help')) {
    process.stdout.write(`${HELP}\n`);
    return 0;
  }
  const config = readConfig();
  // Checked before anything starts: a refused production start leaves nothing running.
  const doors = doorSettings(config, { production: flags.has('production') });
  const runtime = await assembleServices(config);
  const { logger } = runtime.services;
  if (!doors.verify) {
    logger.warn({}, 'VOICECART_INSECURE_SKIP_VERIFICATION is on: requests are NOT checked for Alexa signatures. Local development only.');
  }
  const skill = createSkill(runtime.services, { skillId: doors.skillId });
  const app = createAlexaApp(skill, { verify: doors.verify, skillId: doors.skillId, logger });
  if (doors.chatPage) {
    const nlu = loadNlu();
    app.use(
      chatPage(skill, {
        understand: (text, context) => nlu.understand(text, context),
        now: runtime.services.now,
        logger,
        skillId: doors.skillId,
        allowedHosts: config.VOICECART_CHAT_HOSTS,
      }),
    );
  }
  let server: Server;
  try {
    server = await new Promise<Server>((resolve, reject) => {
      const listening = app.listen(config.PORT, doors.host, () => resolve(listening));
      listening.once('error', reject);
    });
  } catch (error) {
    await runtime.close();
    throw error;
  }
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? address.port : config.PORT;
  const base = `http://${urlHost(doors.host)}:${port}`;
  const reach =
    config.HOST === undefined
      ? 'this machine only: put an HTTPS proxy or tunnel in front for Alexa, or set HOST to listen elsewhere'
      : `the network on ${doors.host} (HOST)`;
  process.stderr.write(
    [
      `voicecart is listening on ${base}/alexa (Alexa request verification ${doors.verify ? 'on' : 'OFF'})${doors.production ? ' in production mode' : ''}`,
      `reachable from ${reach}`,
      `skill id: ${doors.skillId ?? 'not set, so requests for any skill are served (set VOICECART_SKILL_ID)'}`,
      `store backend: ${runtime.backendUrl}${runtime.embeddedBackend ? ' (the reference backend, started here)' : ''}`,
      `shoppers are stored in ${config.VOICECART_STORE === 'sqlite' ? config.VOICECART_SQLITE : `DynamoDB table ${config.VOICECART_DYNAMODB_TABLE}`}`,
      `talk to it by text:   npx voicecart chat${doors.chatPage ? `   or open ${base}/chat` : ''}`,
      'link a test account:  npx voicecart token --customer me   (then: npx voicecart chat --token TOKEN)',
      '',
    ].join('\n'),
  );
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  await new Promise<void>((resolve) => server.close(() => resolve()));
  server.closeAllConnections();
  await runtime.close();
  return 0;
}
