import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Socket } from 'node:net';

/**
 * What the proxy does with one request:
 * - pass: forward it and relay the answer;
 * - status N: answer N itself without forwarding (the backend never sees it);
 * - reset / hang: drop the connection / never answer, without forwarding;
 * - forward-then-*: forward it (so the backend acts) and then lose the answer that way.
 */
export type Fault =
  | 'pass'
  | { status: number; retryAfter?: string }
  | 'reset'
  | 'hang'
  | 'forward-then-500'
  | 'forward-then-reset'
  | 'forward-then-hang'
  | 'garbage';

export interface FaultProxy {
  readonly url: string;
  /** Faults for the coming requests, in order; once used up, requests pass. */
  script(faults: readonly Fault[]): void;
  /** Every request seen: method, path and idempotency key. */
  readonly seen: { method: string; path: string; key: string | undefined }[];
  close(): Promise<void>;
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
  return Buffer.concat(chunks);
}

export async function startFaultProxy(target: string): Promise<FaultProxy> {
  let queue: Fault[] = [];
  const seen: FaultProxy['seen'] = [];
  const sockets = new Set<Socket>();

  async function forward(req: IncomingMessage, body: Buffer): Promise<{ status: number; text: string }> {
    const headers = new Headers();
    for (const [name, value] of Object.entries(req.headers)) {
      if (typeof value === 'string' && !['host', 'connection', 'content-length'].includes(name)) headers.set(name, value);
    }
    const response = await fetch(`${target}${req.url ?? '/'}`, {
      method: req.method ?? 'GET',
      headers,
      ...(body.length > 0 ? { body: body.toString('utf8') } : {}),
    });
    return { status: response.status, text: await response.text() };
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const key = req.headers['idempotency-key'];
    seen.push({ method: req.method ?? '', path: req.url ?? '', key: typeof key === 'string' ? key : undefined });
    const fault = queue.shift() ?? 'pass';
    const body = await readBody(req);
    if (fault === 'hang') return;
    if (fault === 'reset') {
      req.socket.destroy();
      return;
    }
    if (typeof fault === 'object') {
      res.writeHead(fault.status, { 'content-type': 'application/json', ...(fault.retryAfter === undefined ? {} : { 'retry-after': fault.retryAfter }) });
      res.end(JSON.stringify({ error: { code: 'proxy', message: `injected ${fault.status}` } }));
      return;
    }
    if (fault === 'garbage') {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{"surprise": true}');
      return;
    }
    const answer = await forward(req, body);
    if (fault === 'forward-then-hang') return;
    if (fault === 'forward-then-reset') {
      req.socket.destroy();
      return;
    }
    if (fault === 'forward-then-500') {
      res.writeHead(500, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ error: { code: 'internal', message: 'injected after the backend acted' } }));
      return;
    }
    res.writeHead(answer.status, { 'content-type': 'application/json' });
    res.end(answer.text);
  }

  const server = createServer((req, res) => {
    handle(req, res).catch(() => req.socket.destroy());
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('the fault proxy is not listening on a port');
  const port = address.port;
  return {
    url: `http://127.0.0.1:${port}`,
    seen,
    script: (faults) => {
      queue = [...faults];
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
