import { readConfig } from '../runtime/config.ts';
import { VoiceCodeSchema } from '../backend/contract.ts';
import { cents } from '../backend/pricing.ts';
import { BackendStore } from '../backend/store.ts';
import { parseOptions } from './args.ts';
import { z } from 'zod';

const HELP = `voicecart token --customer ID [--name NAME] [--db FILE] [--voice-code 1234 [--threshold 50]] [--reset-voice-code]
Issues an access token for a customer of the reference backend and prints it (pass it to
voicecart chat --token, or as the bearer token). --voice-code sets the customer's four-digit code,
asked for on orders above --threshold (default 0: every order); setting it lifts a lock-out.
--reset-voice-code removes the code and lifts a lock-out.`;

const Options = z.object({
  customer: z.string().min(1, '--customer is required'),
  name: z.string().min(1).optional(),
  db: z.string().min(1),
  voiceCode: VoiceCodeSchema.optional(),
  threshold: z.coerce.number().finite().nonnegative().optional(),
});

/** `voicecart token`: a local stand-in for the store's OAuth server, straight into the backend's database. */
export async function run(args: string[]): Promise<number> {
  const { values, flags } = parseOptions(args, {
    values: ['customer', 'name', 'db', 'voice-code', 'threshold'],
    flags: ['reset-voice-code', 'help'],
  });
  if (flags.has('help')) {
    process.stdout.write(`${HELP}\n`);
    return 0;
  }
  const parsed = Options.safeParse({
    customer: values.get('customer') ?? '',
    name: values.get('name'),
    db: values.get('db') ?? readConfig().VOICECART_BACKEND_DB,
    voiceCode: values.get('voice-code'),
    threshold: values.get('threshold'),
  });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`${String(issue?.path[0] ?? 'options')}: ${issue?.message ?? 'invalid'}\n${HELP}`);
  }
  const options = parsed.data;
  if (options.threshold !== undefined && options.voiceCode === undefined) throw new Error('--threshold goes with --voice-code');
  if (flags.has('reset-voice-code') && options.voiceCode !== undefined) throw new Error('use either --voice-code or --reset-voice-code');
  const store = BackendStore.open(options.db);
  try {
    store.ensureCustomer(options.customer, options.name);
    if (options.voiceCode !== undefined) {
      store.setVoiceCode(options.customer, options.voiceCode, options.threshold === undefined ? undefined : cents(options.threshold));
      process.stderr.write(`voice code set for ${options.customer}\n`);
    } else if (flags.has('reset-voice-code')) {
      store.setVoiceCode(options.customer, null);
      process.stderr.write(`voice code removed and voice purchasing unlocked for ${options.customer}\n`);
    }
    process.stdout.write(`${store.issueToken(options.customer, new Date())}\n`);
    return 0;
  } finally {
    store.close();
  }
}
