import { IncomingMessage } from 'node:http';
import { context } from '@opentelemetry/api';
import { getRPCMetadata, RPCType } from '@opentelemetry/core';
import { ExpressInstrumentation } from '@opentelemetry/instrumentation-express';
import { GraphQLInstrumentation } from '@opentelemetry/instrumentation-graphql';
import { HttpInstrumentation } from '@opentelemetry/instrumentation-http';
import { PgInstrumentation } from '@opentelemetry/instrumentation-pg';
import { NodeSDK } from '@opentelemetry/sdk-node';
import { envSchema } from './config/config';
import { isGraphQLRequest } from './server/graphql-path';

/** Probes poll these every few seconds: a span each would drown the traces that matter. */
const UNTRACED_PATHS = new Set(['/healthz', '/readyz', '/metrics']);

/**
 * OpenTelemetry with the http, express, pg and graphql instrumentations, exporting spans over OTLP
 * as the standard OTEL_* variables say (endpoint, protocol, headers, sampler). Traces only: metrics
 * are Prometheus' (/metrics) and logs stay JSON lines on stdout. Only tracing.ts loads this module.
 */
export function startTracing(): NodeSDK {
  const sdk = new NodeSDK({
    serviceName: envSchema.shape.OTEL_SERVICE_NAME.parse(process.env.OTEL_SERVICE_NAME),
    metricReaders: [],
    logRecordProcessors: [],
    instrumentations: [
      new HttpInstrumentation({
        ignoreIncomingRequestHook: (req) => UNTRACED_PATHS.has(req.url ?? ''),
        // Express names the other requests' spans by their route; /graphql does not go through
        // Express (server/graphql-route.ts), so its route is named here.
        requestHook: (_span, request) => {
          if (!(request instanceof IncomingMessage) || !isGraphQLRequest(request)) return;
          const rpc = getRPCMetadata(context.active());
          if (rpc?.type === RPCType.HTTP) rpc.route = '/graphql';
        },
      }),
      new ExpressInstrumentation(),
      new PgInstrumentation(),
      // Spans for parse, validate and execute; one per field resolver would outnumber the real work.
      new GraphQLInstrumentation({ ignoreResolveSpans: true }),
    ],
  });
  sdk.start();
  return sdk;
}
