/**
 * How people open a skill by voice ("open corner grocer", "alexa, launch corner grocer") or ask
 * it something in one breath ("ask corner grocer to add milk", "add milk using corner grocer").
 */
export type Invocation =
  | { kind: 'launch' }
  | { kind: 'one-shot'; request: string[] }
  | { kind: 'in-session'; request: string[] };

const OPENERS: readonly (readonly string[])[] = [
  ['open'], ['launch'], ['start'], ['begin'], ['load'], ['run'], ['play'], ['use'], ['resume'], ['enable'],
  ['talk', 'to'], ['speak', 'to'], ['go', 'to'], ['ask'], ['tell'], ['have'], ['open', 'up'], ['start', 'up'],
];
/** Words between the name and the request: "ask corner grocer to…", "tell corner grocer that…". */
const JOINERS: ReadonlySet<string> = new Set(['to', 'for', 'and', 'if', 'whether', 'about', 'that', 'what', 'how']);
/** Request words that belong to the request itself, kept after the name ("ask corner grocer what's in my basket"). */
const KEPT_JOINERS: ReadonlySet<string> = new Set(['what', 'how']);
const TRAILERS: readonly (readonly string[])[] = [['using'], ['with'], ['from'], ['on'], ['in'], ['at'], ['via'], ['through'], ['to']];

function startsWith(tokens: readonly string[], prefix: readonly string[], at = 0): boolean {
  return prefix.every((word, offset) => tokens[at + offset] === word);
}

export function readInvocation(tokens: readonly string[], invocationName: readonly string[]): Invocation {
  if (invocationName.length === 0) return { kind: 'in-session', request: [...tokens] };
  for (const opener of [[], ...OPENERS]) {
    if (!startsWith(tokens, opener) || !startsWith(tokens, invocationName, opener.length)) continue;
    let rest = tokens.slice(opener.length + invocationName.length);
    if (rest.length === 0) return { kind: 'launch' };
    const joiner = rest[0] ?? '';
    if (JOINERS.has(joiner) && !KEPT_JOINERS.has(joiner)) rest = rest.slice(1);
    return rest.length === 0 ? { kind: 'launch' } : { kind: 'one-shot', request: rest };
  }
  for (const trailer of TRAILERS) {
    const at = tokens.length - invocationName.length - trailer.length;
    if (at > 0 && startsWith(tokens, trailer, at) && startsWith(tokens, invocationName, at + trailer.length)) {
      return { kind: 'one-shot', request: tokens.slice(0, at) };
    }
  }
  return { kind: 'in-session', request: [...tokens] };
}
