import { formatDay } from '../common/date-format';
import type { Money } from '../common/money';
import { formatMoney } from '../common/money-format';
import { PaymentMethod } from './payment-method';
import type { CreditNoteDocument } from './credit-note-document';
import type { BillingDocument, InvoiceDocument } from './billing-document';

import {
  addressLines,
  BOLD,
  drawDocumentHeader,
  drawTable,
  finishPdf,
  INK,
  MUTED,
  type PdfColumn,
  REGULAR,
  RULE,
  startPdf,
} from './pdf-pages';

/** Dates and money as the seller's locale writes them (documents older than the locale: en-US). */
const inLocale = (document: BillingDocument) => {
  const locale = document.seller.locale ?? 'en-US';
  return { day: (day: string) => formatDay(day, locale), money: (m: Money) => formatMoney(m, locale) };
};

/** How one kind of document heads and closes its PDF. */
type PdfLayout = { title: string; heading: string; facts: [string, string][]; notes: string[] };

const paymentLabel = (document: BillingDocument, terms: string | null) =>
  document.paymentMethod === PaymentMethod.CARD ? 'Credit card on file' : `Terms${terms ? `: ${terms}` : ''}`;

/** An invoice as a PDF: the same content as the printable page. */
export function renderInvoicePdf(invoice: InvoiceDocument): Promise<Buffer> {
  const { day } = inLocale(invoice);
  return renderBillingPdf(invoice, {
    title: `Invoice ${invoice.number}`,
    heading: 'INVOICE',
    facts: [
      ['Invoice', invoice.number],
      ['Issue date', day(invoice.issueDate)],
      ...(invoice.dueDate ? ([['Due date', day(invoice.dueDate)]] as [string, string][]) : []),
      ['Order', `#${invoice.orderNumber} (${day(invoice.orderDate)})`],
      ['Payment', paymentLabel(invoice, invoice.paymentTerms)],
    ],
    notes: [
      ...(invoice.shipment
        ? [
            `Shipped ${day(invoice.shipment.shippedOn)} via ${invoice.shipment.carrier}${invoice.shipment.service ? ` ${invoice.shipment.service}` : ''}. Tracking: ${invoice.shipment.trackingNumbers.join(', ')}`,
          ]
        : []),
      ...(invoice.supplementary ? ['This invoice bills what was added to the order after its earlier invoice.'] : []),
      invoice.paymentMethod === PaymentMethod.CARD
        ? 'Paid by the card on file: it is charged when this invoice is issued.'
        : `Payment terms: ${invoice.paymentTerms ?? 'as agreed'}${invoice.dueDate ? `, due ${day(invoice.dueDate)}` : ''}. Please include the invoice number with your payment.`,
      ...(invoice.remitTo ? [`Remit to:\n${invoice.remitTo}`] : []),
    ],
  });
}

/** A credit note as a PDF. */
export function renderCreditNotePdf(creditNote: CreditNoteDocument): Promise<Buffer> {
  const { day } = inLocale(creditNote);
  return renderBillingPdf(creditNote, {
    title: `Credit note ${creditNote.number}`,
    heading: 'CREDIT NOTE',
    facts: [
      ['Credit note', creditNote.number],
      ['Issue date', day(creditNote.issueDate)],
      ['Credits invoice', creditNote.invoiceNumber],
      ['Order', `#${creditNote.orderNumber} (${day(creditNote.orderDate)})`],
      ['Payment', paymentLabel(creditNote, null)],
    ],
    notes: [
      `Reason: ${creditNote.reason}`,
      creditNote.paymentMethod === PaymentMethod.CARD
        ? 'The amount credited is refunded to the card that paid the invoice.'
        : 'The amount credited is paid back to you by the seller.',
    ],
  });
}

/** Renders a billing document as a one-or-more-page Letter PDF, each page numbered "Page 1 of 2". */
function renderBillingPdf(invoice: BillingDocument, layout: PdfLayout): Promise<Buffer> {
  const { money } = inLocale(invoice);
  const seller = invoice.seller;
  const { doc, done } = startPdf({ Title: layout.title, Author: seller.legalName ?? seller.name });
  const left = doc.page.margins.left;
  const right = doc.page.width - doc.page.margins.right;
  const width = right - left;

  // Seller on the left, invoice facts on the right.
  const legalName = seller.legalName && seller.legalName !== seller.name ? seller.legalName : null;
  const taxId = seller.taxId ? `Tax ID: ${seller.taxId}` : null;
  drawDocumentHeader(doc, {
    sellerName: seller.name,
    sellerLines: [legalName, ...seller.addressLines, taxId, seller.email, seller.phone],
    heading: layout.heading,
    facts: layout.facts,
  });

  // Bill to / ship to.
  let y = Math.max(doc.y, 170) + 20;
  const block = (title: string, lines: string[], x: number) => {
    doc
      .font(BOLD)
      .fontSize(8)
      .fillColor(MUTED)
      .text(title.toUpperCase(), x, y, { width: width / 2 - 10 });
    doc.font(REGULAR).fontSize(10).fillColor(INK);
    for (const line of lines) doc.text(line, { width: width / 2 - 10 });
    return doc.y;
  };
  const billing = addressLines(invoice.billingAddress).filter((line) => line !== invoice.billTo);
  const billEnd = block('Bill to', [invoice.billTo, ...billing, invoice.buyerContact], left);
  const shipEnd = block('Ship to', addressLines(invoice.shippingAddress), left + width / 2);
  y = Math.max(billEnd, shipEnd) + 24;

  // Lines.
  const columns: PdfColumn[] = [
    { title: 'SKU', x: left, w: 80, align: 'left' },
    { title: 'Description', x: left + 85, w: width - 85 - 230, align: 'left' },
    { title: 'Qty', x: right - 225, w: 50, align: 'right' },
    { title: 'Unit price', x: right - 170, w: 80, align: 'right' },
    { title: 'Amount', x: right - 85, w: 85, align: 'right' },
  ];
  y = drawTable(
    doc,
    columns,
    invoice.lines.map((line) => [
      line.sku,
      line.description,
      String(line.quantity),
      money(line.unitPrice),
      money(line.lineTotal),
    ]),
    { y, left, right, fontSize: 9, reserve: 120 },
  );
  doc.moveTo(left, y).lineTo(right, y).strokeColor(RULE).stroke();
  y += 10;

  // Totals.
  const totals: [string, string, boolean][] = [
    ['Subtotal', money(invoice.subtotal), false],
    ['Shipping', money(invoice.shipping), false],
    ['Total', money(invoice.total), true],
  ];
  for (const [label, value, strong] of totals) {
    doc
      .font(strong ? BOLD : REGULAR)
      .fontSize(strong ? 12 : 10)
      .fillColor(strong ? INK : MUTED);
    doc.text(label, right - 250, y, { width: 150, align: 'right' });
    doc.fillColor(INK).text(value, right - 95, y, { width: 95, align: 'right' });
    y += strong ? 20 : 16;
  }

  // Shipment and payment notes.
  y += 14;
  doc.font(REGULAR).fontSize(9).fillColor(MUTED);
  doc.text('', left, y);
  for (const note of layout.notes) {
    doc.text(note, { width });
    doc.moveDown(0.5);
  }
  return finishPdf(doc, done);
}
