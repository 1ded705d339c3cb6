import { chmodSync, closeSync, mkdirSync, openSync, statSync } from 'node:fs';
import { dirname } from 'node:path';

/** Only the owner may read or write: shoppers' lists, orders and tokens are nobody else's business. */
const FILE_MODE = 0o600;
const FOLDER_MODE = 0o700;

function isMissing(error: unknown): boolean {
  return error instanceof Error && 'code' in error && error.code === 'ENOENT';
}

/** Takes group and other permissions off a file that exists; a missing one is left missing. */
function tighten(path: string): void {
  try {
    const mode = statSync(path).mode & 0o777;
    if ((mode & 0o077) !== 0) chmodSync(path, mode & 0o700);
  } catch (error) {
    if (!isMissing(error)) throw error;
  }
}

/**
 * Makes `path` ready for a state file only its owner can read: missing folders are created 0700,
 * the file itself 0600 before SQLite opens it (SQLite then gives its -wal and -shm files the same
 * mode), and an existing file, or its journal, open to others is closed to them.
 */
export function preparePrivateFile(path: string): void {
  mkdirSync(dirname(path), { recursive: true, mode: FOLDER_MODE });
  try {
    closeSync(openSync(path, 'wx', FILE_MODE));
  } catch (error) {
    if (!(error instanceof Error && 'code' in error && error.code === 'EEXIST')) throw error;
  }
  for (const file of [path, `${path}-wal`, `${path}-shm`]) tighten(file);
}
