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
} from '../billing/pdf-pages';
import { formatDay } from '../common/date-format';
import type { PackingSlip } from './packing-slip-document';

/** A packing slip as a Letter PDF: seller, order, ship-to, lines with SKU and quantity, the buyer's note. */
export function renderPackingSlipPdf(slip: PackingSlip): Promise<Buffer> {
  const { doc, done } = startPdf({ Title: `Packing slip for order #${slip.orderNumber}`, Author: slip.seller.name });
  const left = doc.page.margins.left;
  const right = doc.page.width - doc.page.margins.right;
  const width = right - left;

  drawDocumentHeader(doc, {
    sellerName: slip.seller.name,
    sellerLines: slip.seller.addressLines,
    heading: 'PACKING SLIP',
    facts: [
      ['Order', `#${slip.orderNumber}`],
      ['Order date', formatDay(slip.orderDate, slip.seller.locale)],
    ],
  });

  let y = Math.max(doc.y, 150) + 20;
  doc.font(BOLD).fontSize(8).fillColor(MUTED).text('SHIP TO', left, y, { width });
  doc.font(REGULAR).fontSize(11).fillColor(INK);
  for (const line of [...addressLines(slip.shipTo), slip.shipTo.phone]) if (line) doc.text(line, { width });
  y = doc.y + 24;

  const columns: PdfColumn[] = [
    { title: 'SKU', x: left, w: 110, align: 'left' },
    { title: 'Item', x: left + 115, w: width - 115 - 75, align: 'left' },
    { title: 'Qty', x: right - 70, w: 70, align: 'right' },
  ];
  y = drawTable(
    doc,
    columns,
    slip.lines.map((line) => [line.sku, line.description, String(line.quantity)]),
    { y, left, right, fontSize: 10, reserve: 40 },
  );
  doc.moveTo(left, y).lineTo(right, y).strokeColor(RULE).stroke();
  y += 10;
  const units = slip.lines.reduce((sum, line) => sum + line.quantity, 0);
  doc
    .font(BOLD)
    .fontSize(10)
    .text(
      `${units} unit${units === 1 ? '' : 's'} in ${slip.lines.length} line${slip.lines.length === 1 ? '' : 's'}`,
      left,
      y,
      {
        width,
        align: 'right',
      },
    );

  if (slip.buyerNote) {
    doc.moveDown(1.5);
    doc.font(BOLD).fontSize(8).fillColor(MUTED).text('NOTE FROM THE BUYER', left, doc.y, { width });
    doc.font(REGULAR).fontSize(10).fillColor(INK).text(slip.buyerNote, { width });
  }
  return finishPdf(doc, done);
}
