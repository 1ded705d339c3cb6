/**
 * The `voicecart` command. Each subcommand lives in its own module, loaded only when asked for,
 * so `voicecart parse` never pays for opening SQLite and `voicecart resolve` never loads the skill.
 */
type Command = { summary: string; load: () => Promise<{ run: (args: string[]) => Promise<number> }> };

const commands: Record<string, Command> = {
  serve: { summary: 'run the skill over HTTP (POST /alexa) with the reference store backend', load: () => import('./serve.ts') },
  chat: { summary: 'talk to the skill by text, one line at a time', load: () => import('./chat.ts') },
  parse: { summary: 'JSON lines {id,text} -> {id,intent,slots} with the local NLU', load: () => import('./parse.ts') },
  resolve: { summary: 'JSON lines {id,text,user?} -> the product each request means', load: () => import('./resolve.ts') },
  evaluate: { summary: 'how well requests for a catalog are understood, by kind, on requests generated from it', load: () => import('./evaluate.ts') },
  tune: { summary: "fit the resolver's decision to answer or say nothing is sold, on requests generated from a catalog", load: () => import('./tune.ts') },
  usual: { summary: 'JSON lines {user} -> the predicted usual basket', load: () => import('./usual.ts') },
  package: { summary: 'write skill/skill.json and skill/accountLinking.json from the store profile', load: () => import('./package.ts') },
  index: { summary: 'write a catalog and its ready index to one file, read at start instead of rebuilding', load: () => import('./build-index.ts') },
  model: { summary: 'generate the interaction model from a catalog', load: () => import('./model.ts') },
  backend: { summary: 'run the reference store backend on its own', load: () => import('./backend.ts') },
  token: { summary: 'issue an access token for a customer of the reference backend', load: () => import('./token.ts') },
  bench: { summary: 'measure resolution (against plain fuse.js), the usual basket and whole turns', load: () => import('./bench.ts') },
};

function usage(): string {
  const width = Math.max(...Object.keys(commands).map((c) => c.length));
  const lines = Object.entries(commands).map(([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`);
  return ['usage: voicecart <command> [options]', '', ...lines].join('\n');
}

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  const command = name === undefined ? undefined : commands[name];
  if (command === undefined) {
    process.stderr.write(`${usage()}\n`);
    return name === undefined || name === 'help' || name === '--help' ? 0 : 2;
  }
  try {
    const module = await command.load();
    return await module.run(rest);
  } catch (error) {
    process.stderr.write(`voicecart ${name}: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
}
