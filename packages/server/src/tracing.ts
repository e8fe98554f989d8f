import { createRequire } from 'node:module';

type TracingSdk = typeof import('./tracing-sdk');
type Tracing = ReturnType<TracingSdk['startTracing']>;

/**
 * The first import of main.ts and worker.ts. With OTEL_EXPORTER_OTLP_ENDPOINT set it starts
 * OpenTelemetry (tracing-sdk.ts) synchronously, before http, express, pg and graphql are loaded, so
 * its instrumentations wrap them as they load. Unset, no OpenTelemetry module is loaded at all and
 * requests pay nothing for it.
 */
const tracing: Tracing | null = process.env.OTEL_EXPORTER_OTLP_ENDPOINT
  ? (createRequire(__filename)('./tracing-sdk') as TracingSdk).startTracing()
  : null;

/** Exports the spans still buffered; the last step of a shutdown. */
export async function stopTracing(): Promise<void> {
  await tracing?.shutdown();
}
