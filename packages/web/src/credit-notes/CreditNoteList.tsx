import { Anchor, Button, Group, Stack, Text } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { Link } from 'react-router-dom';
import { getFragmentData, graphql, type FragmentType } from '../graphql';
import { creditNotePath } from './paths';
import { useFormat } from '../lib/useFormat';

export const CreditNoteListFragment = graphql(`
  fragment CreditNoteList_creditNote on CreditNote {
    id
    displayNumber
    reason
    issuedAt
    pdfUrl
    total {
      amount
      currency
    }
  }
`);

/** Credit notes (of an order or against an invoice): number (a link to it), amount, reason, PDF. */
export function CreditNoteList(props: { creditNotes: ReadonlyArray<FragmentType<typeof CreditNoteListFragment>> }) {
  const { formatMoney, formatDateTime } = useFormat();
  const creditNotes = props.creditNotes.map((note) => getFragmentData(CreditNoteListFragment, note));
  return (
    <Stack gap="sm" component="ul" p={0} m={0} style={{ listStyle: 'none' }} aria-label="Credit notes">
      {creditNotes.map((note) => (
        <Group key={note.id} component="li" justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
          <Stack gap={0} style={{ minWidth: 0 }}>
            <Group gap="xs" wrap="nowrap">
              <Anchor component={Link} to={creditNotePath(note.id)} size="sm" fw={600} className="tabular-nums">
                {note.displayNumber}
              </Anchor>
              <Text size="sm" fw={600} className="tabular-nums">
                −{formatMoney(note.total)}
              </Text>
            </Group>
            <Text size="xs" c="dimmed">
              {note.reason} · {formatDateTime(note.issuedAt)}
            </Text>
          </Stack>
          <Button
            component="a"
            href={note.pdfUrl}
            download
            size="compact-xs"
            variant="subtle"
            leftSection={<IconDownload size={12} />}
            aria-label={`Download credit note ${note.displayNumber} PDF`}
          >
            PDF
          </Button>
        </Group>
      ))}
    </Stack>
  );
}
