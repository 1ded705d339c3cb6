import { writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { accountLinking, skillManifest, StoreProfileSchema } from '../skill-package/manifest.ts';
import { parseOptions } from './args.ts';

/** `voicecart package [--dir skill]`: writes skill.json and accountLinking.json from the environment. */
export async function run(args: string[]): Promise<number> {
  const { values } = parseOptions(args, { values: ['dir'] });
  const dir = values.get('dir') ?? 'skill';
  const profile = StoreProfileSchema.parse(process.env);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'skill.json'), `${JSON.stringify(skillManifest(profile), null, 2)}\n`);
  writeFileSync(join(dir, 'accountLinking.json'), `${JSON.stringify(accountLinking(profile), null, 2)}\n`);
  process.stderr.write(`wrote ${join(dir, 'skill.json')} and ${join(dir, 'accountLinking.json')} for "${profile.VOICECART_INVOCATION}"\n`);
  return 0;
}
