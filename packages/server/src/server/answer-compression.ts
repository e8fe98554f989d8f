import type { HttpStep } from './node-http';

/**
 * The `compression` step for /graphql, whose answers are all JSON. A request without
 * `Accept-Encoding` is never compressed (compression's default encoding is identity): its answer
 * skips compression's wrapping of the response, its header hook and its negotiation, and gets only
 * the `Vary` that compression would have added.
 */
export function compressWhenAsked(compress: HttpStep): HttpStep {
  return (req, res, next) => {
    if (req.headers['accept-encoding'] !== undefined) return compress(req, res, next);
    res.appendHeader('Vary', 'Accept-Encoding');
    next();
  };
}
