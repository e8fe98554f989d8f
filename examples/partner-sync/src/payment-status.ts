import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { graphql } from './graphql';
import type { PaymentStatusChangedSubscription } from './graphql/graphql';

const PaymentStatusChanged = graphql(`
  subscription PaymentStatusChanged($invoiceId: ID) {
    invoicePaymentStatusChanged(invoiceId: $invoiceId) {
      id
      displayNumber
      paymentStatus
      order {
        id
        number
      }
    }
  }
`);

export type InvoicePaymentChange = PaymentStatusChangedSubscription['invoicePaymentStatusChanged'];

export type PaymentWatchOptions = {
  /** The server, e.g. http://localhost:4000 (its WebSocket is the same address, ws: or wss:). */
  url: string;
  apiKey: string;
  /** Only this invoice; all of the seller's when omitted. */
  invoiceId?: string;
  onChange: (invoice: InvoicePaymentChange) => void;
  /** The subscription ended for good: the key was revoked or expired (close code 4403), or an error. */
  onEnd?: (error?: unknown) => void;
};

/**
 * Watches invoices' payment status over the graphql-ws protocol (invoices:read): the API key goes
 * in `connection_init`. Reconnects after a dropped connection; a change made while disconnected is
 * not sent again, so read the invoice after reconnecting if you need to be sure.
 */
export function watchPaymentStatus({ url, apiKey, invoiceId, onChange, onEnd }: PaymentWatchOptions) {
  const client = createClient({
    url: `${url.replace(/^http/, 'ws')}/graphql`,
    webSocketImpl: WebSocket,
    connectionParams: { authorization: `Bearer ${apiKey}` },
    retryAttempts: 10,
    // 4403: the key does not work (any more); trying again will not help.
    shouldRetry: (event) => !(event instanceof Object && 'code' in event && event.code === 4403),
  });
  const stop = client.subscribe(
    { query: PaymentStatusChanged.toString(), variables: { invoiceId } },
    {
      next: ({ data, errors }) => {
        if (data) onChange((data as PaymentStatusChangedSubscription).invoicePaymentStatusChanged);
        if (errors?.length) onEnd?.(new Error(errors.map((error) => error.message).join('; ')));
      },
      error: (error) => onEnd?.(error),
      complete: () => onEnd?.(),
    },
  );
  return {
    close: async () => {
      stop();
      await client.dispose();
    },
  };
}
