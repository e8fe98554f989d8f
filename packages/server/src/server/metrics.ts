import crypto from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ApolloServerPlugin } from '@apollo/server';
import type express from 'express';
import type { GraphQLError } from 'graphql';
import type { Pool } from 'pg';
import type PgBoss from 'pg-boss';
import type { DataSource } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
import {
  graphqlErrors,
  graphqlOperationDuration,
  graphqlQueryCost,
  httpRequestDuration,
  metricsRegistry,
  operationLabel,
  watchDatabasePool,
  watchJobQueue,
  type QueueCount,
} from '../common/metrics';
import type { Context } from '../graphql/context';
import { requestContextOf } from './request-id';

const seconds = (since: bigint) => Number(process.hrtime.bigint() - since) / 1e9;

/** Times the request until its response finishes, under the route label `route` answers then. */
export function timeHttpRequest(req: IncomingMessage, res: ServerResponse, route: () => string): void {
  const started = process.hrtime.bigint();
  res.once('finish', () => {
    httpRequestDuration.observe(
      { method: req.method ?? 'GET', route: route(), status: String(res.statusCode) },
      seconds(started),
    );
  });
}

/**
 * Times every HTTP request Express routes. The route label is the matched route or mount path
 * (`/invoices/:id/pdf`), `static` for files and the dashboard, `unmatched` for a 404: never the raw
 * path, whose ids would make a series per request. (/graphql is timed by its own route.)
 */
export const httpMetrics: express.RequestHandler = (req, res, next) => {
  timeHttpRequest(req, res, () => {
    const route = req.route?.path ? `${req.baseUrl}${String(req.route.path)}` : req.baseUrl;
    return route || (res.statusCode === 404 ? 'unmatched' : 'static');
  });
  next();
};

export const codeOf = (error: GraphQLError) =>
  typeof error.extensions?.code === 'string' ? error.extensions.code : 'INTERNAL_SERVER_ERROR';

const requestedCost = (extensions: Record<string, unknown> | undefined) => {
  const cost = extensions?.cost;
  return cost && typeof cost === 'object' && 'requestedQueryCost' in cost && typeof cost.requestedQueryCost === 'number'
    ? cost.requestedQueryCost
    : undefined;
};

/** The codes of the `userErrors` that mutation payloads answer (one level down the result). */
function userErrorCodes(data: Record<string, unknown> | null | undefined): string[] {
  const codes: string[] = [];
  for (const payload of Object.values(data ?? {})) {
    const userErrors = payload && typeof payload === 'object' && 'userErrors' in payload ? payload.userErrors : null;
    if (!Array.isArray(userErrors)) continue;
    for (const error of userErrors) if (typeof error?.code === 'string') codes.push(error.code);
  }
  return codes;
}

/**
 * Per GraphQL operation over HTTP: its duration by name, its errors and userErrors by code, its cost
 * (as the cost plugin, listed before this one, reports it); and the name and cost for the access log.
 */
export function metricsPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart({ request, contextValue }) {
      const started = process.hrtime.bigint();
      const context = requestContextOf(contextValue);
      let operation = operationLabel(request.operationName);
      let type = 'unknown';
      return {
        async didResolveOperation({ operationName, operation: resolved }) {
          operation = operationLabel(operationName);
          type = resolved?.operation ?? 'unknown';
          if (context) context.operation = operationName ?? 'anonymous';
        },
        async didEncounterErrors({ errors }) {
          for (const error of errors) graphqlErrors.inc({ code: codeOf(error) });
        },
        async willSendResponse({ response }) {
          graphqlOperationDuration.observe({ operation, type }, seconds(started));
          if (response.body.kind !== 'single') return;
          const { data, extensions } = response.body.singleResult;
          for (const code of userErrorCodes(data)) graphqlErrors.inc({ code });
          const cost = requestedCost(extensions);
          if (cost === undefined) return;
          graphqlQueryCost.observe({ operation }, cost);
          if (context) context.cost = cost;
        },
      };
    },
  };
}

/** Counts this data source's pool in the pool gauge until the returned function is called. */
export function watchPool(db: DataSource): () => void {
  const pool: Pool = (db.driver as PostgresDriver).master;
  return watchDatabasePool(() => ({ total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount }));
}

/** The queue gauge reads pg-boss's job table (shared by every process) when scraped. */
export function watchQueue(boss: PgBoss): () => void {
  return watchJobQueue(async (): Promise<QueueCount[]> => {
    const { rows } = await boss.getDb().executeSql(
      `SELECT name AS queue, state::text AS state, count(*)::int AS count FROM pgboss.job
          WHERE state IN ('created', 'retry', 'active', 'failed') GROUP BY name, state`,
      [],
    );
    return rows;
  });
}

const digest = (value: string) => crypto.createHash('sha256').update(value).digest();

/** GET /metrics in Prometheus' text format; with a token, only for `Authorization: Bearer <token>`. */
export function metricsRoute(token: string | undefined): express.RequestHandler {
  const expected = token ? digest(`Bearer ${token}`) : null;
  return async (req, res) => {
    if (expected && !crypto.timingSafeEqual(digest(req.headers.authorization ?? ''), expected)) {
      res.status(401).set('WWW-Authenticate', 'Bearer').json({ error: 'A valid metrics token is required.' });
      return;
    }
    res.set('Content-Type', metricsRegistry.contentType).send(await metricsRegistry.metrics());
  };
}
