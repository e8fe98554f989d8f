import { screen, waitFor, within } from '@testing-library/react';
import { RecordTermsRefundDocument, RetryRefundDocument } from '../../graphql/graphql';
import { anAcceptedOrder, anOrderCreditNote, aRefund, hoursAgo, money } from '../../test/fixtures';
import { mock } from '../../test/render';
import { EDITABLE, ID, renderDetails } from './OrderAdjustments.testSetup';

// The "Credit notes & refunds" section of an adjusted order: retry a card refund, record a terms refund.

describe('Credit notes & refunds', () => {
  it('lists credit notes and refunds; a failed card refund is retried, an owed terms refund recorded', async () => {
    const failed = aRefund({
      id: 'R1',
      status: 'FAILED',
      attempts: [
        {
          __typename: 'RefundAttempt',
          id: 'RA1',
          attempt: 1,
          status: 'FAILED',
          failureMessage: 'The charge was disputed.',
          stripeRefundId: null,
          createdAt: hoursAgo(1),
        },
      ],
    });
    const owed = aRefund({
      id: 'R2',
      method: 'TERMS',
      status: 'OWED',
      amount: money(500),
      creditNoteNumber: 'DB-CN-4',
      attempts: [],
    });
    const order = anAcceptedOrder({
      id: ID,
      availableActions: [...EDITABLE],
      creditNotes: [anOrderCreditNote(), anOrderCreditNote({ id: 'CN2', displayNumber: 'DB-CN-4', total: money(500) })],
      refunds: [failed, owed],
    });
    const retry = jest.fn(() => ({
      data: {
        retryRefund: {
          __typename: 'RefundPayload' as const,
          refund: { ...failed, status: 'PENDING' as const },
          userErrors: [],
        },
      },
    }));
    const record = jest.fn(() => ({
      data: {
        recordTermsRefund: {
          __typename: 'RefundPayload' as const,
          refund: {
            ...owed,
            status: 'SUCCEEDED' as const,
            termsMethod: 'CHECK' as const,
            reference: 'Check #77',
            refundedOn: '2025-11-20',
          },
          userErrors: [],
        },
      },
    }));
    const { user } = renderDetails(order, [
      mock({ request: { query: RetryRefundDocument, variables: { input: { refundId: 'R1' } } }, result: retry }),
      mock({
        request: {
          query: RecordTermsRefundDocument,
          // Today, whatever day the test runs.
          variables: (variables: Record<string, unknown>) =>
            JSON.stringify(variables).includes('"refundId":"R2","method":"CHECK","reference":"Check #77"'),
        },
        result: record,
      }),
    ]);

    const refunds = await screen.findByRole('region', { name: 'Credit notes & refunds' });
    const notes = within(refunds).getByRole('list', { name: 'Credit notes' });
    expect(within(notes).getByRole('link', { name: 'DB-CN-3' })).toHaveAttribute('href', '/credit-notes/CN1');
    expect(within(notes).getByRole('link', { name: 'Download credit note DB-CN-3 PDF' })).toHaveAttribute(
      'href',
      '/credit-notes/CN1/pdf',
    );
    expect(notes).toHaveTextContent('−$18.00');

    const card = within(refunds).getByRole('article', { name: 'Refund for DB-CN-3' });
    expect(card).toHaveTextContent('Failed');
    expect(within(card).getByRole('table', { name: 'Refund attempts' })).toHaveTextContent('The charge was disputed.');
    await user.click(within(card).getByRole('button', { name: 'Retry Refund' }));
    await waitFor(() => expect(retry).toHaveBeenCalledTimes(1));
    await waitFor(() => expect(card).toHaveTextContent('Pending'));

    const terms = within(refunds).getByRole('article', { name: 'Refund for DB-CN-4' });
    expect(terms).toHaveTextContent('Owed to buyer');
    expect(within(terms).queryByRole('button', { name: 'Retry Refund' })).not.toBeInTheDocument();
    await user.click(within(terms).getByRole('button', { name: 'Record refund' }));
    const dialog = await screen.findByRole('dialog', { name: 'Record refund for DB-CN-4' });
    await user.click(within(dialog).getByRole('button', { name: 'Record refund' }));
    expect(within(dialog).getByText('Choose how you paid the buyer back.')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('textbox', { name: /Payment method/ }));
    await user.click(await screen.findByRole('option', { name: 'Check / money order' }));
    await user.type(within(dialog).getByRole('textbox', { name: /Reference/ }), 'Check #77');
    await user.click(within(dialog).getByRole('button', { name: 'Record refund' }));
    await waitFor(() => expect(record).toHaveBeenCalledTimes(1));
    expect(await screen.findByText('Refund recorded')).toBeInTheDocument();
    await waitFor(() => expect(terms).toHaveTextContent('Paid back Nov 20, 2025 by check / money order (Check #77)'));
  });
});
