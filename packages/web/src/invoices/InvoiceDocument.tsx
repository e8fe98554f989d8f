import { Badge, Text } from '@mantine/core';
import { getFragmentData, graphql, type FragmentType } from '../graphql';
import { DocumentSheet, orderFact } from './DocumentSheet';
import { useFormat } from '../lib/useFormat';

export const InvoiceDocumentFragment = graphql(`
  fragment InvoiceDocument_invoice on Invoice {
    id
    status
    voidReason
    document {
      number
      issueDate
      dueDate
      paymentMethod
      paymentTerms
      supplementary
      seller {
        ...DocumentSheet_party
      }
      billTo
      buyerContact
      billingAddress {
        ...DocumentSheet_address
      }
      shippingAddress {
        ...DocumentSheet_address
      }
      orderNumber
      orderDate
      lines {
        ...DocumentSheet_line
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

/**
 * The invoice as a document (seller, number and dates, bill to / ship to, lines, totals): the Invoice
 * Preview of a draft, where the number is the one it is expected to get, and the printable view of
 * an issued invoice, the same content as its PDF. A void invoice says so above everything.
 */
export function InvoiceDocument(props: { invoice: FragmentType<typeof InvoiceDocumentFragment> }) {
  const { formatCalendarDate, display } = useFormat();
  const invoice = getFragmentData(InvoiceDocumentFragment, props.invoice);
  const doc = invoice.document;
  const draft = invoice.status === 'DRAFT';
  const voided = invoice.status === 'VOID';

  return (
    <DocumentSheet
      kind="Invoice"
      title={`Invoice ${doc.number}`}
      content={doc}
      status={invoice.status}
      bannerTone={voided ? 'void' : 'preview'}
      banner={
        voided ? (
          <Text size="sm" fw={600} c="red.9">
            VOID: this invoice was cancelled and is not payable.{invoice.voidReason ? ` ${invoice.voidReason}` : ''}
          </Text>
        ) : draft ? (
          <Text size="sm" fw={500} c="yellow.9">
            Preview: this invoice is not issued yet. Confirm issues it exactly as shown.
          </Text>
        ) : null
      }
      badge={
        draft ? (
          <Badge color="yellow" variant="light" size="sm" mt={4}>
            Expected number: assigned on Confirm
          </Badge>
        ) : doc.supplementary ? (
          <Badge color="blue" variant="light" size="sm" mt={4}>
            Supplementary: bills only what an edit added
          </Badge>
        ) : null
      }
      facts={[
        ['Issue date', formatCalendarDate(doc.issueDate)],
        ...(doc.dueDate ? [['Due date', formatCalendarDate(doc.dueDate)] as const] : []),
        ['Order', orderFact(doc.orderNumber, doc.orderDate, display)],
        [
          'Payment',
          doc.paymentMethod === 'CARD'
            ? 'Credit card on file'
            : `Terms${doc.paymentTerms ? `: ${doc.paymentTerms}` : ''}`,
        ],
      ]}
      extraParty={
        doc.shipment
          ? {
              title: 'Shipment',
              children: (
                <>
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
                </>
              ),
            }
          : undefined
      }
      note={
        doc.paymentMethod === 'CARD'
          ? 'Paid by the card on file: it is charged when this invoice is issued.'
          : `Payment terms: ${doc.paymentTerms ?? 'as agreed'}${doc.dueDate ? `, due ${formatCalendarDate(doc.dueDate)}` : ''}. Please include the invoice number with your payment.`
      }
    />
  );
}
