import { createHmac, randomBytes, scryptSync, timingSafeEqual } from 'node:crypto';
import { chmodSync, linkSync, mkdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import { z } from 'zod';

const HEX_KEY = /^[0-9a-f]{64,}$/i;

/** The backend's secrets as the environment gives them; both optional (a key file is made beside the database). */
export const BackendSecretsEnvSchema = z.object({
  /** The voice-code pepper, 32 bytes or more as hex (`openssl rand -hex 32`), from a secrets manager. */
  VOICECART_BACKEND_PEPPER: z.string().regex(HEX_KEY, 'at least 64 hex digits').optional(),
  /** Where the pepper is kept when the environment does not give it; beside the database by default. */
  VOICECART_BACKEND_KEY_FILE: z.string().min(1).optional(),
});

export interface BackendKeys {
  readonly pepper?: Buffer | undefined;
  readonly keyFile?: string | undefined;
}

export function backendKeysFrom(env: Record<string, string | undefined>): BackendKeys {
  const parsed = BackendSecretsEnvSchema.parse(env);
  return {
    pepper: parsed.VOICECART_BACKEND_PEPPER === undefined ? undefined : Buffer.from(parsed.VOICECART_BACKEND_PEPPER, 'hex'),
    keyFile: parsed.VOICECART_BACKEND_KEY_FILE,
  };
}

/** `.voicecart/backend.sqlite` keeps its pepper in `.voicecart/backend.key`. */
export function defaultKeyFile(dbPath: string): string {
  return join(dirname(dbPath), `${basename(dbPath, extname(dbPath))}.key`);
}

/**
 * The pepper from the key file, made (0600, never overwritten) when there is none yet, holding
 * `initial`: a pepper carried over from an older database, or a fresh random one.
 */
export function pepperFromKeyFile(path: string, initial: () => Buffer): Buffer {
  mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
  // Written aside and linked into place: a second process starting at the same moment reads a
  // whole key or makes none, never half of one.
  const aside = `${path}.${process.pid}.tmp`;
  writeFileSync(aside, `${initial().toString('hex')}\n`, { mode: 0o600 });
  try {
    linkSync(aside, path);
  } catch (error) {
    if (!(error instanceof Error && 'code' in error && error.code === 'EEXIST')) throw error;
  } finally {
    unlinkSync(aside);
  }
  chmodSync(path, 0o600);
  const text = readFileSync(path, 'utf8').trim();
  if (!HEX_KEY.test(text)) throw new Error(`${path} does not hold a voice-code key (at least 64 hex digits)`);
  return Buffer.from(text, 'hex');
}

/**
 * A voice code is four digits, so any hash of it alone falls to 10,000 guesses. It is first keyed
 * with the pepper, which lives outside the database (a stolen database file alone gives nothing),
 * then stretched with scrypt and a salt, so even database and key together cost minutes, not
 * milliseconds, to search.
 */
export function keyedCode(pepper: Buffer, customerId: string, code: string): Buffer {
  return createHmac('sha256', pepper).update(`${customerId}\u0000${code}`).digest();
}

/**
 * About 10 ms a check on one core: a code is checked inside the order's write transaction, so the
 * cost is kept to what an order can wait; all 10,000 codes of one customer still take minutes.
 */
const SCRYPT = { N: 2 ** 12, r: 8, p: 1 } as const;
const STORED_HASH = /^scrypt\$(\d+)\$(\d+)\$(\d+)\$([A-Za-z0-9+/=]+)\$([A-Za-z0-9+/=]+)$/;

/** `scrypt$N$r$p$salt$hash` of a keyed code (or, migrating, of a keyed hash stored before scrypt). */
export function stretch(keyed: Buffer, salt: Buffer = randomBytes(16)): string {
  const hash = scryptSync(keyed, salt, 32, SCRYPT);
  return `scrypt$${SCRYPT.N}$${SCRYPT.r}$${SCRYPT.p}$${salt.toString('base64')}$${hash.toString('base64')}`;
}

export function isStretched(stored: string): boolean {
  return STORED_HASH.test(stored);
}

export function matchesStretched(keyed: Buffer, stored: string): boolean {
  const match = STORED_HASH.exec(stored);
  if (match === null) return false;
  const [, n, r, p, salt = '', hash = ''] = match;
  const expected = Buffer.from(hash, 'base64');
  const given = scryptSync(keyed, Buffer.from(salt, 'base64'), expected.length, { N: Number(n), r: Number(r), p: Number(p) });
  return given.length === expected.length && timingSafeEqual(given, expected);
}
