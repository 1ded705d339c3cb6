import { mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';

/** How many files of one kind the cache keeps: a few catalogs, each with the code that last ran. */
const KEEP = 4;

/**
 * A folder of files derived from a catalog (its index, its interaction model), each named by what
 * it was made from, so a changed catalog or changed code never finds an old one: it makes its own.
 */
export class DerivedFileCache {
  constructor(private readonly dir: string) {}

  /** Where the file of `kind` made from `catalogSha256` by `code` is, or would be, kept. */
  pathOf(kind: 'index' | 'model', catalogSha256: string, code: string, extension: string): string {
    return join(this.dir, `${kind}-${catalogSha256.slice(0, 16)}-${code}${extension}`);
  }

  /**
   * Keeps a file, written whole under another name first so a reader never sees half of one, and
   * forgets the oldest files of the kind. A cache that cannot be written costs only the next start:
   * the error is returned for the caller to mention, not thrown.
   */
  keep(path: string, write: (partialPath: string) => void): Error | undefined {
    const partial = `${path}.${process.pid}.partial`;
    try {
      mkdirSync(this.dir, { recursive: true });
      write(partial);
      renameSync(partial, path);
      this.prune(path);
      return undefined;
    } catch (error) {
      return error instanceof Error ? error : new Error(String(error));
    } finally {
      rmSync(partial, { force: true });
    }
  }

  private prune(kept: string): void {
    const kind = basename(kept).split('-')[0] ?? '';
    const files = readdirSync(this.dir)
      .filter((name) => name.startsWith(`${kind}-`) && !name.endsWith('.partial'))
      .map((name) => ({ path: join(this.dir, name), used: statSync(join(this.dir, name)).mtimeMs }))
      .sort((a, b) => b.used - a.used);
    for (const old of files.slice(KEEP)) if (old.path !== kept) rmSync(old.path, { force: true });
  }
}
