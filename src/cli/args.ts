/** Reads `--name value` and `--flag` options; anything else is an error the user should see. */
export function parseOptions(
  args: readonly string[],
  spec: { values?: readonly string[]; flags?: readonly string[] },
): { values: Map<string, string>; flags: Set<string> } {
  const values = new Map<string, string>();
  const flags = new Set<string>();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    const name = arg.replace(/^--/, '');
    if (arg.startsWith('--') && spec.values?.includes(name)) {
      const value = args[i + 1];
      if (value === undefined) throw new Error(`${arg} needs a value`);
      values.set(name, value);
      i++;
    } else if (arg.startsWith('--') && spec.flags?.includes(name)) {
      flags.add(name);
    } else {
      throw new Error(`unknown option ${arg}`);
    }
  }
  return { values, flags };
}

/** Calls `onLine` for every non-empty stdin line, in order, awaiting each. */
export async function forEachStdinLine(onLine: (line: string) => Promise<void> | void): Promise<void> {
  const { createInterface } = await import('node:readline');
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of lines) {
    if (line.trim() !== '') await onLine(line);
  }
}
