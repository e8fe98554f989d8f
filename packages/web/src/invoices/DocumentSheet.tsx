import { Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { getFragmentData, graphql, type FragmentType } from '../graphql';
import { addressLines, contactLines } from '../lib/address';
import { formatCalendarDate, type DisplayFormat, type MoneyValue } from '../lib/format';
import { LineSku, LineTable, type LineColumn } from '../orders/LineTable';
import { OrderTotals } from '../orders/OrderTotals';
import classes from './DocumentSheet.module.css';
import { useFormat, type Formatters } from '../lib/useFormat';
import type { DocumentSheet_LineFragment } from '../graphql/graphql';

// The parts an invoice document and a credit note document share, selected once for both.

export const DocumentSheetPartyFragment = graphql(`
  fragment DocumentSheet_party on InvoiceParty {
    name
    email
    phone
    addressLines
  }
`);

export const DocumentSheetAddressFragment = graphql(`
  fragment DocumentSheet_address on Address {
    name
    company
    line1
    line2
    city
    region
    postalCode
    country
  }
`);

export const DocumentSheetLineFragment = graphql(`
  fragment DocumentSheet_line on InvoiceLine {
    sku
    description
    quantity
    unitPrice {
      amount
      currency
    }
    lineTotal {
      amount
      currency
    }
  }
`);

/** What an invoice and a credit note have in common: who, to whom, which lines, which totals. */
export interface SheetContent {
  seller: FragmentType<typeof DocumentSheetPartyFragment>;
  billTo: string;
  buyerContact: string;
  billingAddress: FragmentType<typeof DocumentSheetAddressFragment>;
  shippingAddress: FragmentType<typeof DocumentSheetAddressFragment>;
  lines: ReadonlyArray<FragmentType<typeof DocumentSheetLineFragment>>;
  subtotal: MoneyValue;
  shipping: MoneyValue;
  total: MoneyValue;
}

/** The lines as printed: what was sold, how many, at what price. */
function sheetColumns(formatMoney: Formatters['formatMoney']): ReadonlyArray<LineColumn<DocumentSheet_LineFragment>> {
  return [
    { key: 'sku', heading: 'SKU', width: 128, cell: (line) => <LineSku sku={line.sku} wrap /> },
    { key: 'description', heading: 'Description', cell: (line) => <Text size="sm">{line.description}</Text> },
    { key: 'quantity', heading: 'Qty', width: 56, numeric: true, cell: (line) => line.quantity },
    { key: 'unitPrice', heading: 'Unit price', width: 104, numeric: true, cell: (line) => formatMoney(line.unitPrice) },
    {
      key: 'amount',
      heading: 'Amount',
      width: 112,
      numeric: true,
      strong: true,
      cell: (line) => formatMoney(line.lineTotal),
    },
  ];
}

function Party(props: { title: string; children: ReactNode }) {
  return (
    <section aria-label={props.title}>
      <div className={classes.partyTitle}>{props.title}</div>
      {props.children}
    </section>
  );
}

function Lines(props: { lines: ReadonlyArray<string>; strongFirst?: boolean }) {
  return (
    <>
      {props.lines.map((line, index) => (
        <Text key={`${index}-${line}`} size="sm" fw={props.strongFirst && index === 0 ? 600 : undefined}>
          {line}
        </Text>
      ))}
    </>
  );
}

/**
 * A billing document as a sheet of paper (seller, title and facts, bill to / ship to, lines,
 * totals, a closing note): the layout an invoice and a credit note share, on screen as in print.
 */
export function DocumentSheet(props: {
  /** Names the lines and totals ("Invoice lines", "Credit note totals"). */
  kind: 'Invoice' | 'Credit note';
  /** "Invoice DB-42", "Credit note DB-CN-3". */
  title: string;
  content: SheetContent;
  /** A strip above the sheet (a draft's "Preview", a void invoice's "Void"). */
  banner?: ReactNode;
  bannerTone?: 'preview' | 'void';
  /** Under the title (e.g. the expected-number badge of a draft). */
  badge?: ReactNode;
  /** Label → value, beside the title (dates, order, payment…). */
  facts: ReadonlyArray<readonly [string, ReactNode]>;
  /** A third block after Bill to and Ship to (an invoice's shipment). */
  extraParty?: { title: string; children: ReactNode };
  note: ReactNode;
  /** `data-document-status` of the sheet, for styling and tests. */
  status: string;
}) {
  const { formatMoney } = useFormat();
  const doc = props.content;
  const seller = getFragmentData(DocumentSheetPartyFragment, doc.seller);
  const lines = doc.lines.map((line) => getFragmentData(DocumentSheetLineFragment, line));
  const shippingAddress = getFragmentData(DocumentSheetAddressFragment, doc.shippingAddress);
  // The customer name heads the billing block; the address repeats it only when it differs.
  const billing = addressLines(getFragmentData(DocumentSheetAddressFragment, doc.billingAddress)).filter(
    (line) => line !== doc.billTo,
  );

  return (
    <article className={classes.sheet} aria-label={props.title} data-document-status={props.status}>
      {props.banner && <div className={classes[props.bannerTone ?? 'preview']}>{props.banner}</div>}

      <header className={classes.header}>
        <Stack gap={2} style={{ minWidth: 0 }}>
          <Title order={2} size="h2" mb={4}>
            {seller.name}
          </Title>
          <Lines lines={seller.addressLines} />
          {seller.email && (
            <Text size="sm" c="dimmed">
              {seller.email}
            </Text>
          )}
          {seller.phone && (
            <Text size="sm" c="dimmed">
              {seller.phone}
            </Text>
          )}
        </Stack>

        <div className={classes.meta}>
          <Title order={2} size="h2" className="tabular-nums" style={{ whiteSpace: 'nowrap' }}>
            {props.title}
          </Title>
          {props.badge}
          <dl className={classes.facts}>
            {props.facts.map(([label, value]) => (
              <FactRow key={label} label={label} value={value} />
            ))}
          </dl>
        </div>
      </header>

      <div className={classes.parties}>
        <Party title="Bill to">
          <Lines lines={[doc.billTo, ...billing]} strongFirst />
          <Stack gap={0} mt={4}>
            {contactLines(doc.buyerContact).map((line) => (
              <Text key={line} size="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                {line}
              </Text>
            ))}
          </Stack>
        </Party>
        <Party title="Ship to">
          <Lines lines={addressLines(shippingAddress)} strongFirst />
        </Party>
        {props.extraParty && <Party title={props.extraParty.title}>{props.extraParty.children}</Party>}
      </div>

      <LineTable
        look="sheet"
        label={`${props.kind} lines`}
        minWidth={560}
        className={classes.lines}
        columns={sheetColumns(formatMoney)}
        lines={lines}
        lineKey={(line, index) => `${index}-${line.sku}`}
      />

      <div className={classes.totals}>
        <OrderTotals
          subtotal={doc.subtotal}
          shipping={doc.shipping}
          total={doc.total}
          label={`${props.kind} totals`}
          w={{ base: '100%', xs: 300 }}
        />
      </div>

      <Text size="sm" c="dimmed" className={classes.note}>
        {props.note}
      </Text>
    </article>
  );
}

function FactRow(props: { label: string; value: ReactNode }) {
  return (
    <>
      <dt>{props.label}</dt>
      <dd>{props.value}</dd>
    </>
  );
}

/** "#1042 · Nov 3, 2025": the order a document belongs to. */
export function orderFact(orderNumber: number, orderDate: string, display: DisplayFormat): string {
  return `#${orderNumber} · ${formatCalendarDate(orderDate, display)}`;
}
