import type express from 'express';

/** express.json's refusals, by their `type`. */
const UNREADABLE_BODIES: Record<string, { status: number; message: string }> = {
  'entity.parse.failed': { status: 400, message: 'The request body is not valid JSON.' },
  'entity.too.large': { status: 413, message: 'The request body is too large.' },
  'encoding.unsupported': { status: 415, message: 'The request body must be UTF-8.' },
  'charset.unsupported': { status: 415, message: 'The request body must be UTF-8.' },
};

/**
 * Last in the chain: a body that cannot be read is the client's mistake (400/413/415); anything else
 * is logged and answered without details (never a stack trace).
 */
export function errorResponder(
  error: unknown,
  req: express.Request,
  res: express.Response,
  _next: express.NextFunction,
): void {
  const unreadable = UNREADABLE_BODIES[(error as { type?: string }).type ?? ''];
  if (unreadable && !res.headersSent) {
    res
      .status(unreadable.status)
      .json({ errors: [{ message: unreadable.message, extensions: { code: 'BAD_REQUEST' } }] });
    return;
  }
  req.log.error({ err: error }, 'unexpected error');
  if (!res.headersSent) {
    res.status(500).json({ error: 'Something went wrong on our side. Please try again.', requestId: req.id });
  }
}
