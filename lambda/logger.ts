import type { Config } from '../src/runtime/config.ts';
import type { Logger } from '../src/skill/services.ts';

/** pino's level numbers, so the Lambda's log lines read like every other door's. */
const LEVELS = { trace: 10, debug: 20, info: 30, warn: 40, error: 50, fatal: 60, silent: Infinity } as const satisfies Record<Config['LOG_LEVEL'], number>;

/** An error logged inside an object keeps what says what went wrong, which JSON.stringify drops. */
function withErrorsSpelledOut(_key: string, value: unknown): unknown {
  return value instanceof Error ? { type: value.name, message: value.message, stack: value.stack } : value;
}

/**
 * The Lambda's logger: one JSON line per entry on stderr, in pino's shape (level, time, service,
 * the fields, msg). Lambda sends stderr to CloudWatch line by line, and Node writes it before the
 * call returns (files and pipes are written synchronously), so nothing waits in a buffer; pino,
 * which the other doors use, would cost a cold start its modules (sonic-boom, thread-stream and the
 * worker threads it loads) for no more than this.
 */
export function createLambdaLogger(level: Config['LOG_LEVEL']): Logger {
  const threshold = LEVELS[level];
  const write = (at: number, object: object, message: string | undefined): void => {
    if (at < threshold) return;
    const entry = { level: at, time: Date.now(), service: 'voicecart', ...object, ...(message === undefined ? {} : { msg: message }) };
    let line: string;
    try {
      line = JSON.stringify(entry, withErrorsSpelledOut);
    } catch (error) {
      // A field that cannot be written (a cycle, a BigInt) must not lose the message, nor fail the request.
      line = JSON.stringify({ level: at, time: entry.time, service: 'voicecart', msg: message, unloggable: String(error) });
    }
    process.stderr.write(`${line}\n`);
  };
  return {
    info: (object, message) => write(LEVELS.info, object, message),
    warn: (object, message) => write(LEVELS.warn, object, message),
    error: (object, message) => write(LEVELS.error, object, message),
  };
}
