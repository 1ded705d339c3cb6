import { describe, expect, it, vi } from 'vitest';
import { createLambdaLogger } from '../../lambda/logger.ts';

function linesWritten(run: () => void): unknown[] {
  const lines: string[] = [];
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    lines.push(String(chunk));
    return true;
  });
  try {
    run();
  } finally {
    vi.restoreAllMocks();
  }
  return lines.map((line) => {
    expect(line.endsWith('\n')).toBe(true);
    return JSON.parse(line) as unknown;
  });
}

describe('the Lambda logger', () => {
  it('writes one JSON line per entry on stderr, shaped as pino writes them', () => {
    const [line] = linesWritten(() => createLambdaLogger('info').warn({ catalog: '/var/task/catalog/catalog.csv' }, 'index not used'));
    expect(line).toEqual({ level: 40, time: expect.any(Number), service: 'voicecart', catalog: '/var/task/catalog/catalog.csv', msg: 'index not used' });
  });

  it('leaves out what is below its level, and everything when silent', () => {
    const warnings = linesWritten(() => {
      const logger = createLambdaLogger('warn');
      logger.info({}, 'started');
      logger.warn({}, 'slow');
      logger.error({}, 'failed');
    });
    expect(warnings.map((line) => (line as { msg: string }).msg)).toEqual(['slow', 'failed']);
    expect(linesWritten(() => createLambdaLogger('silent').error({}, 'failed'))).toEqual([]);
  });

  it('spells out an error it is given, and still writes the message when a field cannot be written', () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    const [withError, withCycle] = linesWritten(() => {
      const logger = createLambdaLogger('info');
      logger.error({ err: new TypeError('no such product') }, 'handler failed');
      logger.info(cyclic, 'odd');
    });
    expect(withError).toMatchObject({ level: 50, err: { type: 'TypeError', message: 'no such product', stack: expect.stringContaining('TypeError') }, msg: 'handler failed' });
    expect(withCycle).toMatchObject({ level: 30, msg: 'odd', unloggable: expect.stringContaining('circular') });
  });
});
