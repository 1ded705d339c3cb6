import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { BackendSecretsEnvSchema } from '../backend/secrets.ts';

/** The demo catalog that ships with voicecart, used when a store has not loaded its own. */
export const DEMO_CATALOG = fileURLToPath(new URL('../catalog/demo-catalog.csv', import.meta.url));

const flag = z
  .enum(['1', '0', 'true', 'false', 'yes', 'no', ''])
  .default('')
  .transform((value) => ['1', 'true', 'yes'].includes(value));

/** Every setting voicecart reads from the environment, checked once at start-up. */
export const ConfigSchema = z.object({
  VOICECART_SELLER: z.string().min(1).default('Corner Grocer'),
  VOICECART_INVOCATION: z.string().regex(/^[a-z][a-z .']*$/, 'lowercase words').default('corner grocer'),
  VOICECART_CATALOG: z.string().min(1).default(DEMO_CATALOG),
  /** A prebuilt index of the catalog (`voicecart index`); by default the catalog's path with `.idx` added, when there. */
  VOICECART_INDEX: z.string().min(1).optional(),
  /** Where indexes and interaction models built from a catalog are kept for the next start; "off" keeps none. */
  VOICECART_CACHE_DIR: z.string().min(1).default('.voicecart/cache'),
  VOICECART_HISTORY: z.string().min(1).optional(),
  /** A directory of the operator's sound-alike lists (homophones, recogniser confusions) for resolution. */
  VOICECART_ASR_DIR: z.string().min(1).optional(),
  /** The store's own decision to answer or say nothing is sold (`voicecart tune --out FILE`), in place of voicecart's. */
  VOICECART_RESOLUTION: z.string().min(1).optional(),
  VOICECART_STORE: z.enum(['sqlite', 'dynamodb']).default('sqlite'),
  VOICECART_SQLITE: z.string().min(1).default('.voicecart/voicecart.sqlite'),
  VOICECART_DYNAMODB_TABLE: z.string().min(1).default('voicecart-shoppers'),
  VOICECART_DYNAMODB_ENDPOINT: z.string().url().optional(),
  AWS_REGION: z.string().min(1).default('us-east-1'),
  /** The store backend; when unset, `npm start` and `voicecart chat` run the reference backend beside the skill. */
  VOICECART_BACKEND_URL: z.string().url().optional(),
  VOICECART_BACKEND_DB: z.string().min(1).default('.voicecart/backend.sqlite'),
  VOICECART_BACKEND_PORT: z.coerce.number().int().min(0).max(65535).default(8787),
  ...BackendSecretsEnvSchema.shape,
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  /**
   * The address `voicecart serve` listens on: this machine only unless set. Alexa reaches a server
   * through an HTTPS proxy or tunnel; set HOST=0.0.0.0 only when that proxy is on another machine.
   */
  HOST: z.string().min(1).optional(),
  /** "production" (or `voicecart serve --production`) holds the server to the production checklist. */
  NODE_ENV: z.string().optional(),
  /** The skill id from the Alexa developer console: requests for any other skill are refused. Required in production. */
  VOICECART_SKILL_ID: z.string().min(1).optional(),
  /**
   * Local development only: turns off Alexa's request signature and timestamp checks so curl and
   * local tools can talk to the server. Never set in production; the server says so loudly.
   */
  VOICECART_INSECURE_SKIP_VERIFICATION: flag,
  /**
   * The chat page at /chat: "auto" shows it in development on the embedded default (SQLite), never on
   * DynamoDB and never in production; "on" shows it anyway, "off" never.
   */
  VOICECART_CHAT_PAGE: z.enum(['on', 'off', 'auto']).default('auto'),
  /** Host names the chat page answers to besides localhost and IP addresses, comma-separated. */
  VOICECART_CHAT_HOSTS: z
    .string()
    .default('')
    .transform((value) => value.split(',').map((host) => host.trim().toLowerCase()).filter((host) => host !== '')),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});
export type Config = z.infer<typeof ConfigSchema>;

export function readConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = ConfigSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`configuration is invalid:\n  ${problems.join('\n  ')}`);
  }
  return parsed.data;
}

/** How `voicecart serve` opens its doors, decided once from the configuration. */
export interface DoorSettings {
  readonly production: boolean;
  readonly host: string;
  readonly verify: boolean;
  readonly skillId: string | undefined;
  readonly chatPage: boolean;
}

/**
 * Development is forgiving where it is safe to be; production refuses to start rather than run
 * open: without a skill id any skill's requests would be served, and without verification anyone's.
 * Both listen on this machine only unless HOST says otherwise.
 */
export function doorSettings(config: Config, options: { production?: boolean } = {}): DoorSettings {
  const production = options.production === true || config.NODE_ENV === 'production';
  if (production && config.VOICECART_SKILL_ID === undefined) {
    throw new Error('VOICECART_SKILL_ID is required in production: set it to the skill id from the Alexa developer console, so requests for any other skill are refused');
  }
  if (production && config.VOICECART_INSECURE_SKIP_VERIFICATION) {
    throw new Error('VOICECART_INSECURE_SKIP_VERIFICATION cannot be set in production: every request must be checked for Alexa\'s signature');
  }
  const chatPage = config.VOICECART_CHAT_PAGE === 'on' || (!production && config.VOICECART_CHAT_PAGE === 'auto' && config.VOICECART_STORE === 'sqlite');
  return {
    production,
    host: config.HOST ?? '127.0.0.1',
    verify: !config.VOICECART_INSECURE_SKIP_VERIFICATION,
    skillId: config.VOICECART_SKILL_ID,
    chatPage,
  };
}
