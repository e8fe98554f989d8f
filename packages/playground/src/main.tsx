import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { EXAMPLE_TABS } from './example-operations';
import './playground.css';

const wsProtocol = window.location.protocol === 'https:' ? 'wss:' : 'ws:';

/**
 * Queries and mutations over HTTP, subscriptions over graphql-ws, both on this origin's /graphql.
 * Signed in to the dashboard, the session cookie goes along; an `Authorization: Bearer …` header
 * typed in the headers editor is sent instead, on HTTP and in the WebSocket's connection_init.
 */
const fetcher = createGraphiQLFetcher({
  url: `${window.location.origin}/graphql`,
  subscriptionUrl: `${wsProtocol}//${window.location.host}/graphql`,
});

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <GraphiQL fetcher={fetcher} defaultTabs={EXAMPLE_TABS} defaultEditorToolsVisibility shouldPersistHeaders={false}>
      <GraphiQL.Logo>Order Desk API</GraphiQL.Logo>
    </GraphiQL>
  </StrictMode>,
);
