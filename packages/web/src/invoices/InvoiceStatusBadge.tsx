import { Badge } from '@mantine/core';
import type { InvoiceStatus } from '../graphql/graphql';

export const INVOICE_STATUS_LABEL: Record<InvoiceStatus, string> = {
  DRAFT: 'Draft',
  ISSUED: 'Issued',
  VOID: 'Void',
};

export const INVOICE_STATUS_COLOR: Record<InvoiceStatus, string> = {
  DRAFT: 'gray',
  ISSUED: 'blue',
  VOID: 'dark',
};

export function InvoiceStatusBadge(props: { status: InvoiceStatus; size?: 'sm' | 'md' | 'lg' }) {
  return (
    <Badge color={INVOICE_STATUS_COLOR[props.status]} size={props.size ?? 'md'}>
      {INVOICE_STATUS_LABEL[props.status]}
    </Badge>
  );
}
