import { AsyncLocalStorage } from 'node:async_hooks';

/** Who made a request, as access logs name them: the seller and the user or API key acting for it. */
export type Caller = { seller: string; user?: string; apiKey?: string };

/**
 * What belongs to the request (or job) being handled, reachable from any code it runs without being
 * passed along: its id for every log line and the jobs it queues; for the access log, what the
 * GraphQL layer learns about it.
 */
export type RequestContext = { requestId?: string; operation?: string; caller?: Caller; cost?: number };

const storage = new AsyncLocalStorage<RequestContext>();

export const runInRequestContext = <T>(context: RequestContext, work: () => T): T => storage.run(context, work);

export const currentRequestContext = (): RequestContext | undefined => storage.getStore();

/**
 * pino's `mixin`: adds the current request's id to every line logged while handling it, whichever
 * logger the code holds (a line that names its own requestId keeps it).
 */
export function requestLogFields(line: object): { requestId?: string } {
  const requestId = storage.getStore()?.requestId;
  return requestId && !('requestId' in line) ? { requestId } : {};
}
