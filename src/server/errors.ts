import type { ErrorRequestHandler, NextFunction, Request, RequestHandler, Response } from 'express';
import type { Logger } from '../skill/services.ts';

/**
 * Express 4 does not wait on a handler's promise: a rejection would escape as an unhandled
 * rejection and take the process (and the embedded backend) down. Every async route goes through
 * here, so its failure reaches the error middleware instead.
 */
export function asyncRoute(handle: (req: Request, res: Response) => Promise<void>): RequestHandler {
  return (req, res, next) => {
    handle(req, res).catch(next);
  };
}

/**
 * The last middleware: a body parser's error keeps its own 4xx; anything else is logged and
 * answered as a bare 500, with nothing of the error sent to the caller.
 */
export function answerErrors(logger: Logger): ErrorRequestHandler {
  return (error: unknown, _req: Request, res: Response, next: NextFunction) => {
    if (res.headersSent) {
      next(error);
      return;
    }
    const status = statusOf(error);
    if (status >= 500) logger.error({ err: error instanceof Error ? error.message : String(error) }, 'request failed');
    res.status(status).json({ error: status >= 500 ? 'something went wrong' : messageOf(error) });
  };
}

function statusOf(error: unknown): number {
  if (typeof error !== 'object' || error === null || !('status' in error)) return 500;
  const status = error.status;
  return typeof status === 'number' && status >= 400 && status < 600 ? status : 500;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : 'bad request';
}
