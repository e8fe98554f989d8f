import { screen, within } from '@testing-library/react';
import { OrderDetailsOrderChangedDocument } from '../../graphql/graphql';
import { anOrder, anOrderEvent, hoursAgo } from '../../test/fixtures';
import { mock } from '../../test/render';
import { accepted, expectAccepted, ID, renderDetails } from './OrderReview.testSetup';

// The order's timeline while it is reviewed: sent emails, and changes made elsewhere.

describe('Timeline and live updates', () => {
  const emailed = anOrder({
    id: ID,
    status: 'REJECTED',
    availableActions: [],
    events: [
      anOrderEvent(),
      anOrderEvent({
        id: 'E3',
        type: 'EMAIL_SENT',
        summary: 'Rejection email sent to ada@acme.test',
        data: { messageId: '<e-1@order-desk.local>', to: 'ada@acme.test', subject: 'Your order #1042' },
        createdAt: hoursAgo(0),
        actor: { __typename: 'Actor', type: 'SYSTEM', name: 'Order Desk' },
      }),
    ],
  });

  it('links sent emails to the mail catcher when the server has one', async () => {
    renderDetails(emailed, [], { mailCatcherUrl: '/dev/mail' });
    const link = await within(await screen.findByRole('region', { name: 'Timeline' })).findByRole('link', {
      name: 'View email',
    });
    expect(link).toHaveAttribute('href', '/dev/mail?messageId=%3Ce-1%40order-desk.local%3E');
    expect(link).toHaveAttribute('target', '_blank');
  });

  it('has no email link in production (no mail catcher)', async () => {
    renderDetails(emailed);
    const timeline = await screen.findByRole('region', { name: 'Timeline' });
    expect(timeline).toHaveTextContent('Rejection email sent to ada@acme.test');
    expect(within(timeline).queryByRole('link', { name: 'View email' })).not.toBeInTheDocument();
  });

  it('shows changes made elsewhere as they happen', async () => {
    const acceptedElsewhere = accepted({ id: 'C1', name: 'Acme Goods' });
    renderDetails(anOrder({ id: ID }), [
      mock({
        request: { query: OrderDetailsOrderChangedDocument, variables: { orderId: ID } },
        result: { data: { orderChanged: acceptedElsewhere } },
        // After the page has loaded the order.
        delay: 300,
      }),
    ]);
    expect(await screen.findByRole('button', { name: 'Accept' })).toBeInTheDocument();
    await expectAccepted();
  });
});
