import { Badge, Stack, Table, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { getFragmentData, graphql, type FragmentType } from '../graphql';
import { addressLines, contactLines } from '../lib/address';
import { formatCalendarDate, formatMoney } from '../lib/format';
import { OrderTotals } from '../orders/OrderTotals';
import classes from './InvoiceDocument.module.css';

export const InvoiceDocumentFragment = graphql(`
  fragment InvoiceDocument_invoice on Invoice {
    id
    status
    document {
      number
      issueDate
      dueDate
      paymentMethod
      paymentTerms
      seller {
        name
        email
        phone
        addressLines
      }
      billTo
      buyerContact
      billingAddress {
        name
        company
        line1
        line2
        city
        region
        postalCode
        country
      }
      shippingAddress {
        name
        company
        line1
        line2
        city
        region
        postalCode
        country
      }
      orderNumber
      orderDate
      lines {
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
      shipment {
        carrier
        service
        trackingNumbers
        shippedOn
      }
      subtotal {
        amount
        currency
      }
      shipping {
        amount
        currency
      }
      total {
        amount
        currency
      }
    }
  }
`);

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
 * The invoice as a document (seller, number and dates, bill to / ship to, lines, totals): the Invoice
 * Preview of a draft, where the number is the one it is expected to get, and the printable view of
 * an issued invoice, the same content as its PDF.
 */
export function InvoiceDocument(props: { invoice: FragmentType<typeof InvoiceDocumentFragment> }) {
  const invoice = getFragmentData(InvoiceDocumentFragment, props.invoice);
  const doc = invoice.document;
  const draft = invoice.status === 'DRAFT';
  // The customer name heads the billing block; the address repeats it only when it differs.
  const billing = addressLines(doc.billingAddress).filter((line) => line !== doc.billTo);

  return (
    <article className={classes.sheet} aria-label={`Invoice ${doc.number}`} data-invoice-status={invoice.status}>
      {draft && (
        <div className={classes.preview}>
          <Text size="sm" fw={500} c="yellow.9">
            Preview: this invoice is not issued yet. Confirm issues it exactly as shown.
          </Text>
        </div>
      )}

      <header className={classes.header}>
        <Stack gap={2} style={{ minWidth: 0 }}>
          <Title order={2} size="h2" mb={4}>
            {doc.seller.name}
          </Title>
          <Lines lines={doc.seller.addressLines} />
          {doc.seller.email && (
            <Text size="sm" c="dimmed">
              {doc.seller.email}
            </Text>
          )}
          {doc.seller.phone && (
            <Text size="sm" c="dimmed">
              {doc.seller.phone}
            </Text>
          )}
        </Stack>

        <div className={classes.meta}>
          <Title order={2} size="h2" className="tabular-nums" style={{ whiteSpace: 'nowrap' }}>
            Invoice {doc.number}
          </Title>
          {draft && (
            <Badge color="yellow" variant="light" size="sm" mt={4}>
              Expected number: assigned on Confirm
            </Badge>
          )}
          <dl className={classes.facts}>
            <dt>Issue date</dt>
            <dd>{formatCalendarDate(doc.issueDate)}</dd>
            {doc.dueDate && (
              <>
                <dt>Due date</dt>
                <dd>{formatCalendarDate(doc.dueDate)}</dd>
              </>
            )}
            <dt>Order</dt>
            <dd>
              #{doc.orderNumber} · {formatCalendarDate(doc.orderDate)}
            </dd>
            <dt>Payment</dt>
            <dd>
              {doc.paymentMethod === 'CARD'
                ? 'Credit card on file'
                : `Terms${doc.paymentTerms ? `: ${doc.paymentTerms}` : ''}`}
            </dd>
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
          <Lines lines={addressLines(doc.shippingAddress)} strongFirst />
        </Party>
        {doc.shipment && (
          <Party title="Shipment">
            <Text size="sm" fw={600}>
              {doc.shipment.carrier}
              {doc.shipment.service ? ` · ${doc.shipment.service}` : ''}
            </Text>
            <Text size="sm">Shipped {formatCalendarDate(doc.shipment.shippedOn)}</Text>
            {doc.shipment.trackingNumbers.map((tracking) => (
              <Text key={tracking} size="sm" ff="monospace" style={{ overflowWrap: 'anywhere' }}>
                {tracking}
              </Text>
            ))}
          </Party>
        )}
      </div>

      <Table.ScrollContainer minWidth={560} type="native" className={classes.lines}>
        <Table layout="fixed" horizontalSpacing="xs" verticalSpacing="xs" aria-label="Invoice lines">
          <colgroup>
            <col style={{ width: 128 }} />
            <col />
            <col style={{ width: 56 }} />
            <col style={{ width: 104 }} />
            <col style={{ width: 112 }} />
          </colgroup>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>SKU</Table.Th>
              <Table.Th>Description</Table.Th>
              <Table.Th ta="right">Qty</Table.Th>
              <Table.Th ta="right">Unit price</Table.Th>
              <Table.Th ta="right">Amount</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {doc.lines.map((line, index) => (
              <Table.Tr key={`${index}-${line.sku}`}>
                <Table.Td>
                  <Text size="sm" ff="monospace" style={{ overflowWrap: 'anywhere' }}>
                    {line.sku}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{line.description}</Text>
                </Table.Td>
                <Table.Td ta="right" className="tabular-nums">
                  {line.quantity}
                </Table.Td>
                <Table.Td ta="right" className="tabular-nums">
                  {formatMoney(line.unitPrice)}
                </Table.Td>
                <Table.Td ta="right" fw={600} className="tabular-nums">
                  {formatMoney(line.lineTotal)}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>

      <div className={classes.totals}>
        <OrderTotals
          subtotal={doc.subtotal}
          shipping={doc.shipping}
          total={doc.total}
          label="Invoice totals"
          w={{ base: '100%', xs: 300 }}
        />
      </div>

      <Text size="sm" c="dimmed" className={classes.note}>
        {doc.paymentMethod === 'CARD'
          ? 'Paid by the card on file: it is charged when this invoice is issued.'
          : `Payment terms: ${doc.paymentTerms ?? 'as agreed'}${doc.dueDate ? `, due ${formatCalendarDate(doc.dueDate)}` : ''}. Please include the invoice number with your payment.`}
      </Text>
    </article>
  );
}
