import { Text } from '@mantine/core';
import { getFragmentData, graphql, type FragmentType } from '../graphql';
import { DocumentSheet, orderFact } from '../invoices/DocumentSheet';
import { useFormat } from '../lib/useFormat';

export const CreditNoteDocumentFragment = graphql(`
  fragment CreditNoteDocument_creditNote on CreditNote {
    id
    document {
      number
      issueDate
      invoiceNumber
      reason
      paymentMethod
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

/** The credit note as a document, laid out like the invoice it credits; the same content as its PDF. */
export function CreditNoteDocument(props: { creditNote: FragmentType<typeof CreditNoteDocumentFragment> }) {
  const { formatCalendarDate, display } = useFormat();
  const { document: doc } = getFragmentData(CreditNoteDocumentFragment, props.creditNote);
  return (
    <DocumentSheet
      kind="Credit note"
      title={`Credit note ${doc.number}`}
      content={doc}
      status="ISSUED"
      facts={[
        ['Issue date', formatCalendarDate(doc.issueDate)],
        ['Credits invoice', doc.invoiceNumber],
        ['Order', orderFact(doc.orderNumber, doc.orderDate, display)],
        ['Reason', doc.reason],
      ]}
      note={
        <Text span size="sm">
          {doc.paymentMethod === 'CARD'
            ? `The amount credited is refunded to the card that paid invoice ${doc.invoiceNumber}.`
            : `The amount credited is deducted from invoice ${doc.invoiceNumber}, or paid back to you if it was already paid.`}
        </Text>
      }
    />
  );
}
