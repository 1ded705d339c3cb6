import type { Server } from 'node:http';
import { createSkill } from '../skill/builder.ts';
import { readConfig } from '../runtime/config.ts';
import { assembleServices } from '../runtime/services.ts';
import { createAlexaApp } from '../server/alexa-app.ts';
import { chatPage } from '../server/chat-page.ts';
import { loadNlu } from '../runtime/nlu.ts';
import { parseOptions } from './args.ts';

/**
 * `voicecart serve` (npm start): the skill on POST /alexa, with the demo catalog, a SQLite file for
 * shoppers and the reference store backend beside it, unless the environment names others.
 */
export async function run(args: string[]): Promise<number> {
  parseOptions(args, {});
  const config = readConfig();
  const runtime = await assembleServices(config);
  const { logger } = runtime.services;
  const verify = !config.VOICECART_INSECURE_SKIP_VERIFICATION;
  if (!verify) {
    logger.warn({}, 'VOICECART_INSECURE_SKIP_VERIFICATION is on: requests are NOT checked for Alexa signatures. Local development only.');
  }
  const skill = createSkill(runtime.services, { skillId: config.VOICECART_SKILL_ID });
  const app = createAlexaApp(skill, { verify, skillId: config.VOICECART_SKILL_ID, logger });
  const chatPageOn = config.VOICECART_CHAT_PAGE === 'on' || (config.VOICECART_CHAT_PAGE === 'auto' && config.VOICECART_STORE === 'sqlite');
  if (chatPageOn) {
    const nlu = loadNlu();
    app.use(chatPage(skill, (text, context) => nlu.understand(text, context), runtime.services.now));
  }
  const server = await new Promise<Server>((resolve, reject) => {
    const listening = app.listen(config.PORT, () => resolve(listening));
    listening.once('error', reject);
  });
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? address.port : config.PORT;
  process.stderr.write(
    [
      `voicecart is listening on http://localhost:${port}/alexa (Alexa request verification ${verify ? 'on' : 'OFF'})`,
      `store backend: ${runtime.backendUrl}${runtime.embeddedBackend ? ' (the reference backend, started here)' : ''}`,
      `shoppers are stored in ${config.VOICECART_STORE === 'sqlite' ? config.VOICECART_SQLITE : `DynamoDB table ${config.VOICECART_DYNAMODB_TABLE}`}`,
      `talk to it by text:   npx voicecart chat${chatPageOn ? `   or open http://localhost:${port}/chat` : ''}`,
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
