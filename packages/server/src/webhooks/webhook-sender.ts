import dns from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import net, { type LookupFunction } from 'node:net';
import type { WebhookConfig } from '../config/config';
import { isPublicAddress } from './webhook-url';

export type SendOutcome = {
  /** The receiver's HTTP status, or null when there was no answer (refused, timed out, DNS…). */
  statusCode: number | null;
  durationMs: number;
  /** Why the attempt failed; null on a 2xx answer. */
  error: string | null;
  /** The start of the receiver's answer (we keep no more). */
  responseExcerpt: string | null;
};

const EXCERPT_BYTES = 1024;

/**
 * POSTs one signed webhook. Redirects are not followed (a 3xx is a failure: the seller should save
 * the final URL); the answer is read up to a short excerpt and dropped. Without allowLocalUrls, every
 * address the host resolves to must be public, and the connection goes to the address checked (no
 * second DNS answer in between).
 */
export class WebhookSender {
  constructor(private readonly options: Pick<WebhookConfig, 'allowLocalUrls' | 'timeoutSeconds'>) {}

  async post(url: string, body: string, headers: Record<string, string>): Promise<SendOutcome> {
    const started = performance.now();
    const outcome = (statusCode: number | null, error: string | null, responseExcerpt: string | null): SendOutcome => ({
      statusCode,
      durationMs: Math.round(performance.now() - started),
      error: error?.slice(0, 500) ?? null,
      responseExcerpt,
    });
    try {
      const target = new URL(url);
      const literal = target.hostname.replace(/^\[|\]$/g, '');
      if (!this.options.allowLocalUrls && net.isIP(literal) && !isPublicAddress(literal)) {
        return outcome(null, `${literal} is not a public address`, null);
      }
      const { statusCode, excerpt } = await this.request(target, body, headers);
      const ok = statusCode >= 200 && statusCode < 300;
      return outcome(statusCode, ok ? null : `The endpoint answered HTTP ${statusCode}`, excerpt);
    } catch (error) {
      return outcome(null, error instanceof Error ? error.message : String(error), null);
    }
  }

  private request(
    target: URL,
    body: string,
    headers: Record<string, string>,
  ): Promise<{ statusCode: number; excerpt: string }> {
    const client = target.protocol === 'https:' ? https : http;
    const timeoutMs = this.options.timeoutSeconds * 1000;
    return new Promise((resolve, reject) => {
      const request = client.request(
        target,
        {
          method: 'POST',
          headers: { ...headers, 'Content-Length': Buffer.byteLength(body).toString() },
          lookup: this.options.allowLocalUrls ? undefined : publicOnlyLookup,
          agent: false,
        },
        (response) => {
          const chunks: Buffer[] = [];
          let length = 0;
          response.on('data', (chunk: Buffer) => {
            if (length < EXCERPT_BYTES) chunks.push(chunk);
            length += chunk.length;
            if (length >= EXCERPT_BYTES) response.destroy();
          });
          const finish = () =>
            resolve({
              statusCode: response.statusCode ?? 0,
              // PostgreSQL text cannot hold NUL.
              excerpt: Buffer.concat(chunks).subarray(0, EXCERPT_BYTES).toString('utf8').replaceAll('\0', ''),
            });
          response.on('end', finish);
          response.on('close', finish);
        },
      );
      const timer = setTimeout(
        () => request.destroy(new Error(`No answer within ${this.options.timeoutSeconds} s`)),
        timeoutMs,
      );
      request.on('close', () => clearTimeout(timer));
      request.on('error', reject);
      request.end(body);
    });
  }
}

/** dns.lookup that fails when any address of the host is not public. */
const publicOnlyLookup: LookupFunction = (hostname, options, callback) => {
  dns.lookup(hostname, { ...options, all: true }, (error, addresses) => {
    if (error) return callback(error, '', 0);
    const refused = addresses.find((entry) => !isPublicAddress(entry.address));
    if (refused || addresses.length === 0) {
      return callback(
        new Error(`${hostname} resolves to ${refused?.address ?? 'nothing'}, not a public address`),
        '',
        0,
      );
    }
    if (options.all) return callback(null, addresses);
    return callback(null, addresses[0]!.address, addresses[0]!.family);
  });
};
