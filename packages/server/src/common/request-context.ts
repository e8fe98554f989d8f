import { AsyncLocalStorage } from 'node:async_hooks';
import type { Logger } from 'pino';

/** Who made a request, as access logs name them: the seller and the user or API key acting for it. */
export type Caller = { seller: string; user?: string; apiKey?: string };

/**
 * A request (or a job) being handled: its id, and for the access log what the GraphQL layer learns
 * about it.
 */
export type RequestContext = { requestId: string | undefined; operation?: string; caller?: Caller; cost?: number };

/**
 * The context of work that can queue jobs, reachable from any code it runs without being passed
 * along: the jobs it queues carry its id (jobs/job-queue.ts), and every line logged meanwhile names
 * it, whichever logger the code holds.
 *
 * AsyncLocalStorage carries it through every await, and on Node 20 (and 22 without
 * `--experimental-async-context-frame`) its promise hooks cost CPU on every promise the whole process
 * creates while the storage is on (measured with the bench: a fifth more for the details of a
 * 200-line order, a tenth more for an accept). So only work that can queue jobs opens a context
 * (GraphQL mutations, Stripe's webhooks, job runs), and the storage is switched off again whenever no
 * context is open: reads pay nothing, and name their request through their own logger (`req.log`).
 * The images run Node 22 with context frames (Dockerfile), where a context costs no hooks; there
 * disable() only drops the store from the frame current when the last context closes.
 */
const storage = new AsyncLocalStorage<RequestContext>();
let open = 0;

/** Counts a context open; the returned function closes it (once), switching the storage off after the last. */
function hold(): () => void {
  open++;
  let held = true;
  return () => {
    if (!held) return;
    held = false;
    // disable() stops AsyncLocalStorage's hooks until the next run() (Node: since 13.10).
    if (--open === 0) storage.disable();
  };
}

/** Runs `work` (a job) in `context`, open until its promise settles. */
export async function runInRequestContext<T>(context: RequestContext, work: () => Promise<T>): Promise<T> {
  const release = hold();
  try {
    return await storage.run(context, work);
  } finally {
    release();
  }
}

/** Runs `next` (the rest of a request's handling) in `context`, open until the returned function is called. */
export function enterRequestContext(context: RequestContext, next: () => void): () => void {
  const release = hold();
  storage.run(context, next);
  return release;
}

export const currentRequestContext = (): RequestContext | undefined => storage.getStore();

/**
 * pino's `mixin`: the open context's request id on every line logged in it, unless the line or its
 * logger (a request's own, server/access-log.ts) names it already.
 */
export function requestLogFields(line: object, _level: number, logger: Logger): { requestId?: string } {
  const requestId = storage.getStore()?.requestId;
  if (!requestId || 'requestId' in line || 'requestId' in logger.bindings()) return {};
  return { requestId };
}
