import { useQuery } from '@apollo/client/react';
import { Button, Skeleton, Stack } from '@mantine/core';
import { IconDownload, IconPrinter } from '@tabler/icons-react';
import { useParams } from 'react-router-dom';
import { graphql } from '../graphql';
import { orderPath } from '../orders/paths';
import { Page, PageHeader } from '../ui/Page';
import { NotFoundCard, QueryError } from '../ui/States';
import { CreditNoteDocument } from './CreditNoteDocument';

const CreditNotePageQuery = graphql(`
  query CreditNotePage($id: ID!) {
    creditNote(id: $id) {
      id
      displayNumber
      pdfUrl
      order {
        id
        number
      }
      ...CreditNoteDocument_creditNote
    }
  }
`);

/** `/credit-notes/:id`: the printable credit note with its PDF, like an issued invoice. */
export function CreditNotePage() {
  const { id = '' } = useParams<{ id: string }>();
  const { data, loading, error, refetch } = useQuery(CreditNotePageQuery, { variables: { id } });

  if (loading && !data) {
    return (
      <Page>
        <Skeleton height={640} maw={880} w="100%" mx="auto" radius="md" aria-label="Loading credit note" />
      </Page>
    );
  }
  if (error && !data) {
    return (
      <Page>
        <PageHeader title="Credit note" back={{ to: '/orders', label: 'Orders' }} />
        <QueryError title="Could not load this credit note" error={error} onRetry={() => void refetch()} />
      </Page>
    );
  }
  const creditNote = data?.creditNote;
  if (!creditNote) {
    return (
      <NotFoundCard
        title="Credit note not found"
        description="This credit note does not exist or is not one of your brand's credit notes."
        back={{ to: '/orders', label: 'Back to Orders' }}
      />
    );
  }

  const title = `Credit note ${creditNote.displayNumber}`;
  return (
    <Page>
      <title>{`${title} · Order Desk`}</title>
      <Stack gap="lg" maw={880} w="100%" mx="auto">
        <div className="no-print">
          <PageHeader
            back={{ to: orderPath(creditNote.order.id), label: `Order #${creditNote.order.number}` }}
            title={title}
            actions={
              <>
                <Button variant="default" leftSection={<IconPrinter size={16} />} onClick={() => window.print()}>
                  Print
                </Button>
                <Button component="a" href={creditNote.pdfUrl} download leftSection={<IconDownload size={16} />}>
                  Download PDF
                </Button>
              </>
            }
          />
        </div>
        <CreditNoteDocument creditNote={creditNote} />
      </Stack>
    </Page>
  );
}
