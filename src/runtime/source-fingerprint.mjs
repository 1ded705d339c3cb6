// Plain JavaScript, so that bin/voicecart.mjs can use it before anything is compiled: it decides
// whether the compiled command still matches src/, and the compiled code carries the same value.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * A fingerprint of every file under `dir`: their paths and contents, in a fixed order. Two trees
 * with the same fingerprint compile to the same program, whatever their files' dates.
 *
 * @param {string} dir
 * @returns {string}
 */
export function sourceFingerprint(dir) {
  const hash = createHash('sha256');
  /** @param {string} relative */
  const visit = (relative) => {
    const entries = readdirSync(join(dir, relative), { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const path = relative === '' ? entry.name : `${relative}/${entry.name}`;
      if (entry.isDirectory()) visit(path);
      else if (entry.isFile()) hash.update(`${path}\0`).update(readFileSync(join(dir, path))).update('\0');
    }
  };
  visit('');
  return hash.digest('hex').slice(0, 16);
}
