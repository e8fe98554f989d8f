import type { Unmasked } from '@apollo/client';
import { act, screen, waitFor, within } from '@testing-library/react';
import { notifications } from '@mantine/notifications';
import dayjs from 'dayjs';
import {
  InvoicePageDocument,
  InvoicePagePaymentChangedDocument,
  MarkInvoicePaidDocument,
  RetryInvoicePaymentDocument,
  type MarkInvoicePaidMutation,
  type MarkInvoicePaidMutationVariables,
  type RetryInvoicePaymentMutation,
} from '../graphql/graphql';
import { InvoicePage } from '../invoices/InvoicePage';
import { PAYMENT_POLL_INTERVAL_MS } from './paymentPolling';
import { formatCalendarDate } from '../lib/format';
import {
  aCardInvoice,
  anInvoiceOrder,
  anIssuedInvoice,
  aPayment,
  aUserError,
  type InvoiceFixture,
} from '../test/fixtures';
import { mock, renderRoute, type Mock } from '../test/render';

// The article's "Marking the Invoice As Paid" on the issued invoice: a card payment charged on
// Confirm (paid, failed with "Retry Payment", in flight and updated live) and a terms invoice the
// seller marks paid (Arrange: the invoice and API answers; Act: what the seller does; Assert: what
// the screen shows and what was sent).

type RetryPayload = Unmasked<RetryInvoicePaymentMutation>['retryInvoicePayment'];
type MarkPaidPayload = Unmasked<MarkInvoicePaidMutation>['markInvoicePaid'];

const TODAY = dayjs().format('YYYY-MM-DD');
const INSUFFICIENT_FUNDS = 'The card has insufficient funds.';

function invoiceMock(invoice: InvoiceFixture): Mock {
  return mock({
    request: { query: InvoicePageDocument, variables: { id: invoice.id } },
    result: { data: { invoice } },
  });
}

function retryMock(payload: () => RetryPayload): Mock {
  return mock({
    request: { query: RetryInvoicePaymentDocument, variables: { input: { invoiceId: 'INV1' } } },
    result: () => ({ data: { retryInvoicePayment: payload() } }),
  });
}

function markPaidMock(input: MarkInvoicePaidMutationVariables['input'], payload: () => MarkPaidPayload): Mock {
  return mock({
    request: { query: MarkInvoicePaidDocument, variables: { input } },
    result: () => ({ data: { markInvoicePaid: payload() } }),
  });
}

function pushedMock(invoice: InvoiceFixture, delay = 300): Mock {
  return mock({
    request: { query: InvoicePagePaymentChangedDocument, variables: { invoiceId: invoice.id } },
    result: { data: { invoicePaymentStatusChanged: invoice } },
    delay,
  });
}

function renderInvoice(mocks: Mock[]) {
  return renderRoute({ path: '/invoices/:id', element: <InvoicePage />, url: '/invoices/INV1', mocks });
}

const paymentSection = () => screen.findByRole('region', { name: 'Payment' });
/** The status badge heading the section (the attempts table has one per attempt). */
const statusShown = (section: HTMLElement) => section.querySelector('[data-payment-status]')?.textContent;
const attemptRows = (section: HTMLElement) =>
  within(within(section).getByRole('table', { name: 'Payment attempts' }))
    .getAllByRole('row')
    .slice(1);

const declined = aPayment({
  status: 'FAILED',
  failureCode: 'insufficient_funds',
  failureMessage: INSUFFICIENT_FUNDS,
});
const failedCardInvoice = aCardInvoice({
  paymentStatus: 'FAILED',
  order: anInvoiceOrder({ paymentStatus: 'FAILED' }),
  payments: [declined],
});
const processingAgain = aCardInvoice({
  paymentStatus: 'PROCESSING',
  order: anInvoiceOrder({ paymentStatus: 'PROCESSING' }),
  payments: [declined, aPayment({ id: 'PAY2', attempt: 2, status: 'PROCESSING', createdAt: '2025-11-27T09:30:00Z' })],
});

afterEach(() => {
  act(() => notifications.clean());
});

describe('Payment of a card invoice', () => {
  it('shows a paid invoice: the card on file, when it was paid and the attempt, with nothing left to do', async () => {
    renderInvoice([
      invoiceMock(aCardInvoice({ paymentStatus: 'PAID', paidAt: '2025-11-26T15:04:09Z', payments: [aPayment()] })),
    ]);

    const section = await paymentSection();
    expect(statusShown(section)).toBe('Paid');
    expect(section).toHaveTextContent('Credit card on file · Visa •••• 4242');
    expect(section).toHaveTextContent('Amount$228.50');
    expect(section).toHaveTextContent('Paid on Nov 26, 2025 by credit card');
    expect(section).not.toHaveTextContent('Due date');
    const [attempt] = attemptRows(section);
    expect(attempt).toHaveTextContent('#1Nov 26, 2025, 3:04 PM$228.50Paid—');
    expect(within(section).queryByRole('button', { name: 'Retry Payment' })).not.toBeInTheDocument();
    expect(within(section).queryByRole('button', { name: 'Mark as Paid' })).not.toBeInTheDocument();
    // The printed invoice is the sheet alone: the section is for the seller's screen.
    expect(section.closest('.no-print')).not.toBeNull();
  });

  it('shows why the card payment failed, and "Retry Payment" starts a new attempt', async () => {
    const retried = jest.fn((): RetryPayload => ({
      __typename: 'InvoicePaymentPayload',
      invoice: processingAgain,
      userErrors: [],
    }));
    const { user } = renderInvoice([invoiceMock(failedCardInvoice), retryMock(retried)]);

    const section = await paymentSection();
    expect(statusShown(section)).toBe('Failed');
    const alert = within(section).getByRole('alert', { name: 'The card payment failed' });
    expect(alert).toHaveTextContent(INSUFFICIENT_FUNDS);
    expect(attemptRows(section)[0]).toHaveTextContent(`#1Nov 26, 2025, 3:04 PM$228.50Failed${INSUFFICIENT_FUNDS}`);

    const retry = within(alert).getByRole('button', { name: 'Retry Payment' });
    await user.click(retry);
    // A double click does not start a second attempt.
    await user.click(retry);

    await waitFor(() => expect(statusShown(section)).toBe('Processing'));
    expect(retried).toHaveBeenCalledTimes(1);
    expect(within(section).getAllByTestId('payment-spinner')[0]).toBeInTheDocument();
    expect(section).toHaveTextContent('Charging the card on file…');
    expect(within(section).queryByRole('button', { name: 'Retry Payment' })).not.toBeInTheDocument();
    const rows = attemptRows(section);
    expect(rows).toHaveLength(2);
    expect(rows[1]).toHaveTextContent('#2Nov 27, 2025, 9:30 AM$228.50Processing');
  });

  it('says why a retry was refused and shows where the payment stands now', async () => {
    const { user } = renderInvoice([
      invoiceMock(failedCardInvoice),
      retryMock(() => ({
        __typename: 'InvoicePaymentPayload',
        invoice: null,
        userErrors: [
          aUserError('PAYMENT_NOT_RETRYABLE', 'A payment for this invoice is already in progress.', [
            'input',
            'invoiceId',
          ]),
        ],
      })),
      invoiceMock(processingAgain),
    ]);

    const section = await paymentSection();
    await user.click(within(section).getByRole('button', { name: 'Retry Payment' }));

    expect(await within(section).findByText('A payment for this invoice is already in progress.')).toBeInTheDocument();
    await waitFor(() => expect(within(section).getAllByTestId('payment-spinner')[0]).toBeInTheDocument());
  });

  it('asks the buyer to authenticate when the bank requires it, with Retry Payment', async () => {
    renderInvoice([
      invoiceMock(
        aCardInvoice({
          paymentStatus: 'REQUIRES_ACTION',
          payments: [
            aPayment({
              status: 'REQUIRES_ACTION',
              failureCode: 'authentication_required',
              failureMessage: "The buyer's bank requires them to authenticate this payment.",
            }),
          ],
        }),
      ),
    ]);
    const section = await paymentSection();
    expect(statusShown(section)).toBe('Action required');
    const alert = within(section).getByRole('alert', { name: "The buyer's bank requires authentication" });
    expect(alert).toHaveTextContent('requires them to authenticate this payment');
    expect(within(alert).getByRole('button', { name: 'Retry Payment' })).toBeEnabled();
  });

  it('advises another way to pay once the card keeps failing', async () => {
    renderInvoice([
      invoiceMock(
        aCardInvoice({ paymentStatus: 'FAILED', payments: [declined, { ...declined, id: 'PAY2', attempt: 2 }] }),
      ),
    ]);
    const alert = within(await paymentSection()).getByRole('alert', { name: 'The card payment failed' });
    expect(alert).toHaveTextContent('work with the buyer to establish another method of payment');
  });

  it('moves from Processing to Paid when the result is pushed, without a reload', async () => {
    const charging = aCardInvoice({
      paymentStatus: 'PROCESSING',
      payments: [aPayment({ status: 'PROCESSING' })],
    });
    const paid = aCardInvoice({
      paymentStatus: 'PAID',
      paidAt: '2025-11-26T15:04:09Z',
      order: anInvoiceOrder({ paymentStatus: 'PAID' }),
      payments: [aPayment()],
    });
    renderInvoice([invoiceMock(charging), pushedMock(paid)]);

    const section = await paymentSection();
    expect(statusShown(section)).toBe('Processing');
    expect(within(section).getAllByTestId('payment-spinner')[0]).toBeInTheDocument();

    expect(await within(section).findByText('Paid on Nov 26, 2025 by credit card')).toBeInTheDocument();
    expect(statusShown(section)).toBe('Paid');
    expect(within(section).queryAllByTestId('payment-spinner')).toHaveLength(0);
    expect(attemptRows(section)[0]).toHaveTextContent('Paid');
  });

  it('asks again now and then while the charge is in flight, in case a pushed change was missed', async () => {
    jest.useFakeTimers({ advanceTimers: true });
    try {
      const charging = aCardInvoice({ paymentStatus: 'PROCESSING', payments: [aPayment({ status: 'PROCESSING' })] });
      const paid = aCardInvoice({ paymentStatus: 'PAID', paidAt: '2025-11-26T15:04:09Z', payments: [aPayment()] });
      renderInvoice([invoiceMock(charging), invoiceMock(paid)]);
      const section = await paymentSection();
      expect(statusShown(section)).toBe('Processing');

      await act(async () => {
        await jest.advanceTimersByTimeAsync(PAYMENT_POLL_INTERVAL_MS);
      });

      await waitFor(() => expect(statusShown(section)).toBe('Paid'));
    } finally {
      jest.useRealTimers();
    }
  });
});

describe('Payment of a terms invoice', () => {
  const overdue = anIssuedInvoice({
    dueOn: '2025-10-01',
    overdue: true,
    document: { ...anIssuedInvoice().document, dueDate: '2025-10-01' },
  });

  it('shows the terms and the due date, in red with "Overdue" once it has passed', async () => {
    renderInvoice([invoiceMock(overdue)]);
    const section = await paymentSection();
    expect(statusShown(section)).toBe('Unpaid');
    expect(section).toHaveTextContent('Terms: Net 30');
    const due = within(section).getByText('Oct 1, 2025');
    expect(due).toHaveAttribute('data-overdue', 'true');
    expect(within(section).getByText('Overdue')).toBeInTheDocument();
    expect(section).toHaveTextContent(/\d+ days late/);
    expect(within(section).getByRole('button', { name: 'Mark as Paid' })).toBeEnabled();
    expect(within(section).queryByRole('button', { name: 'Retry Payment' })).not.toBeInTheDocument();
  });

  it('is not overdue before its due date', async () => {
    renderInvoice([invoiceMock(anIssuedInvoice({ dueOn: '2099-01-31' }))]);
    const section = await paymentSection();
    expect(within(section).getByText('Jan 31, 2099')).not.toHaveAttribute('data-overdue');
    expect(within(section).queryByText('Overdue')).not.toBeInTheDocument();
  });

  it('"Mark as Paid" checks the form, shows the API\'s refusal next to its field, then records the payment', async () => {
    const input = { invoiceId: 'INV1', method: 'CHECK' as const, reference: 'Check #4417', paidAt: TODAY };
    const refused = jest.fn((): MarkPaidPayload => ({
      __typename: 'InvoicePaymentPayload',
      invoice: null,
      userErrors: [aUserError('INVALID_PAYMENT', 'The payment date cannot be in the future.', ['input', 'paidAt'])],
    }));
    const paid = anIssuedInvoice({
      ...overdue,
      paymentStatus: 'PAID',
      overdue: false,
      paidAt: `${TODAY}T00:00:00Z`,
      order: anInvoiceOrder({ paymentStatus: 'PAID' }),
      payments: [
        aPayment({
          method: 'TERMS',
          termsMethod: 'CHECK',
          reference: 'Check #4417',
          paidOn: TODAY,
          createdAt: new Date().toISOString(),
        }),
      ],
    });
    const recorded = jest.fn((): MarkPaidPayload => ({
      __typename: 'InvoicePaymentPayload',
      invoice: paid,
      userErrors: [],
    }));
    const { user } = renderInvoice([invoiceMock(overdue), markPaidMock(input, refused), markPaidMock(input, recorded)]);

    await user.click(within(await paymentSection()).getByRole('button', { name: 'Mark as Paid' }));
    const dialog = await screen.findByRole('dialog', { name: 'Mark Invoice DB-1043 as Paid' });
    expect(dialog).toHaveTextContent('Record that Acme Goods Co. paid $228.50 outside the marketplace.');
    // The paid date defaults to today.
    expect(within(dialog).getByRole('button', { name: 'Paid on' })).toHaveTextContent(formatCalendarDate(TODAY));

    // Nothing is sent before the method is chosen.
    await user.click(within(dialog).getByRole('button', { name: 'Mark as Paid' }));
    expect(await within(dialog).findByText('Choose how the buyer paid.')).toBeInTheDocument();
    expect(within(dialog).getByRole('textbox', { name: 'Payment method' })).toHaveAttribute('aria-invalid', 'true');
    expect(refused).not.toHaveBeenCalled();

    await user.click(within(dialog).getByRole('textbox', { name: 'Payment method' }));
    await user.click(await screen.findByRole('option', { name: 'Check / money order' }));
    expect(within(dialog).queryByText('Choose how the buyer paid.')).not.toBeInTheDocument();
    await user.type(within(dialog).getByRole('textbox', { name: 'Reference' }), 'Check #4417');

    await user.click(within(dialog).getByRole('button', { name: 'Mark as Paid' }));
    expect(await within(dialog).findByText('The payment date cannot be in the future.')).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'Paid on' })).toHaveAttribute('aria-invalid', 'true');
    expect(refused).toHaveBeenCalledTimes(1);

    await user.click(within(dialog).getByRole('button', { name: 'Mark as Paid' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(recorded).toHaveBeenCalledTimes(1);
    expect(await screen.findByText('Invoice DB-1043 marked paid')).toBeInTheDocument();
    const section = await paymentSection();
    expect(section).toHaveTextContent(`Paid on ${formatCalendarDate(TODAY)} by check / money order (Check #4417)`);
    expect(statusShown(section)).toBe('Paid');
    expect(within(section).queryByText('Overdue')).not.toBeInTheDocument();
    expect(within(section).queryByRole('button', { name: 'Mark as Paid' })).not.toBeInTheDocument();
    expect(attemptRows(section)[0]).toHaveTextContent(
      `Check / money order · Check #4417 · paid ${formatCalendarDate(TODAY)}`,
    );
  });

  it('shows a payment recorded elsewhere as it happens', async () => {
    const paidElsewhere = anIssuedInvoice({
      paymentStatus: 'PAID',
      paidAt: '2025-12-01T00:00:00Z',
      payments: [aPayment({ method: 'TERMS', termsMethod: 'WIRE', reference: 'FT-99812', paidOn: '2025-12-01' })],
    });
    renderInvoice([invoiceMock(anIssuedInvoice()), pushedMock(paidElsewhere)]);
    const section = await paymentSection();
    expect(within(section).getByRole('button', { name: 'Mark as Paid' })).toBeInTheDocument();
    expect(await within(section).findByText('Paid on Dec 1, 2025 by wire transfer (FT-99812)')).toBeInTheDocument();
    expect(within(section).queryByRole('button', { name: 'Mark as Paid' })).not.toBeInTheDocument();
  });
});
