import { screen } from '@testing-library/react';
import { renderRoute } from '../../test/render';
import { makeFragmentData } from '../../graphql';
import type { DeadlineKind, DeadlineStatus } from '../../graphql/graphql';
import { DisplayFormatProvider } from '../../lib/useFormat';
import { DeadlineBadge, DeadlineBadgeFragment } from './DeadlineBadge';

function renderBadge(kind: DeadlineKind, status: DeadlineStatus, locale = 'en-US') {
  // Nov 20, 2026, 23:59:59.999 in New York.
  const deadline = makeFragmentData(
    { __typename: 'OrderDeadline', kind, status, dueAt: '2026-11-21T04:59:59.999Z' },
    DeadlineBadgeFragment,
  );
  return renderRoute({
    path: '/',
    url: '/',
    mocks: [],
    element: (
      <DisplayFormatProvider locale={locale} timeZone="America/New_York">
        <DeadlineBadge deadline={deadline} />
      </DisplayFormatProvider>
    ),
  });
}

describe('DeadlineBadge', () => {
  it.each([
    ['LATE', 'Late'],
    ['DUE_TODAY', 'Due today'],
    ['AT_RISK', 'At risk'],
  ] as const)('says %s in words, with the exact due time for screen readers', async (status, word) => {
    renderBadge('ACCEPT', status);
    const badge = (await screen.findByText(word)).closest('[data-deadline-status]');
    expect(badge).toHaveAttribute('data-deadline-status', status);
    expect(badge).toHaveTextContent(`${word}: Accept by Nov 20, 2026, 11:59 PM`);
  });

  it("shows the date while on track, in the seller's time zone and locale", async () => {
    renderBadge('SHIP', 'ON_TRACK');
    expect(await screen.findByText('Ship by Nov 20')).toBeInTheDocument();
  });

  it("formats with the seller's locale", async () => {
    renderBadge('ACCEPT', 'ON_TRACK', 'de-DE');
    expect(await screen.findByText('Accept by 20. Nov.')).toBeInTheDocument();
  });
});
