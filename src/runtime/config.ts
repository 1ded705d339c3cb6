import { fileURLToPath } from 'node:url';
import { z } from 'zod';

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
  VOICECART_STORE: z.enum(['sqlite', 'dynamodb']).default('sqlite'),
  VOICECART_SQLITE: z.string().min(1).default('.voicecart/voicecart.sqlite'),
  VOICECART_DYNAMODB_TABLE: z.string().min(1).default('voicecart-shoppers'),
  VOICECART_DYNAMODB_ENDPOINT: z.string().url().optional(),
  AWS_REGION: z.string().min(1).default('us-east-1'),
  /** The store backend; when unset, `npm start` and `voicecart chat` run the reference backend beside the skill. */
  VOICECART_BACKEND_URL: z.string().url().optional(),
  VOICECART_BACKEND_DB: z.string().min(1).default('.voicecart/backend.sqlite'),
  VOICECART_BACKEND_PORT: z.coerce.number().int().min(0).max(65535).default(8787),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  /** The skill id from the Alexa developer console: requests for any other skill are refused. */
  VOICECART_SKILL_ID: z.string().min(1).optional(),
  /**
   * Local development only: turns off Alexa's request signature and timestamp checks so curl and
   * local tools can talk to the server. Never set in production; the server says so loudly.
   */
  VOICECART_INSECURE_SKIP_VERIFICATION: flag,
  /** The local chat page at /chat: "auto" shows it on the embedded default (SQLite), never on DynamoDB. */
  VOICECART_CHAT_PAGE: z.enum(['on', 'off', 'auto']).default('auto'),
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
