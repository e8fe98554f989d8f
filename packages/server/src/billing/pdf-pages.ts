import fs from 'node:fs';
import PDFDocument from 'pdfkit';
import type { Address } from '../common/address';

export const INK = '#1f2937';
export const MUTED = '#6b7280';
export const RULE = '#e5e7eb';
export const REGULAR = 'Body';
export const BOLD = 'Body-Bold';

/**
 * DejaVu Sans (npm dejavu-fonts-ttf): one TTF per weight covering Latin Extended, Greek and Cyrillic,
 * so "Łódź" or "Жёлудь" print as written; pdfkit embeds only the glyphs used. Read once, lazily.
 */
let fonts: { regular: Buffer; bold: Buffer } | null = null;
const loadFonts = () =>
  (fonts ??= {
    regular: fs.readFileSync(require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf')),
    bold: fs.readFileSync(require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf')),
  });

/** An address as printed, one line each, empty parts left out. */
export const addressLines = (a: Address) =>
  [
    a.company,
    a.name,
    a.line1,
    a.line2,
    [a.city, [a.region, a.postalCode].filter(Boolean).join(' ')].filter(Boolean).join(', '),
    a.country,
  ].filter((line): line is string => Boolean(line));

/** A Letter page document in the documents' fonts, and the bytes it will be once finished. */
export function startPdf(info: { Title: string; Author: string }): {
  doc: PDFKit.PDFDocument;
  done: Promise<Buffer>;
} {
  // Pages stay in memory until the end: their footers need the page count.
  const doc = new PDFDocument({ size: 'LETTER', margin: 50, bufferPages: true, info });
  const { regular, bold } = loadFonts();
  doc.registerFont(REGULAR, regular);
  doc.registerFont(BOLD, bold);
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  return { doc, done };
}

/** The top of a document: the seller on the left (name over its lines), the heading and its facts on the right. */
export function drawDocumentHeader(
  doc: PDFKit.PDFDocument,
  header: { sellerName: string; sellerLines: (string | null)[]; heading: string; facts: [string, string][] },
): void {
  const left = doc.page.margins.left;
  const width = doc.page.width - doc.page.margins.right - left;
  doc
    .fillColor(INK)
    .font(BOLD)
    .fontSize(18)
    .text(header.sellerName, left, 50, { width: width / 2 });
  doc.font(REGULAR).fontSize(9).fillColor(MUTED);
  for (const line of header.sellerLines) if (line) doc.text(line, { width: width / 2 });
  doc
    .font(BOLD)
    .fontSize(22)
    .fillColor(INK)
    .text(header.heading, left + width / 2, 50, { width: width / 2, align: 'right' });
  doc.fontSize(9);
  for (const [label, value] of header.facts) {
    const y = doc.y + 2;
    doc
      .font(REGULAR)
      .fillColor(MUTED)
      .text(label, left + width / 2, y, { width: width / 4, align: 'right' });
    doc
      .font(BOLD)
      .fillColor(INK)
      .text(value, left + (3 * width) / 4 + 8, y, { width: width / 4 - 8, align: 'right' });
  }
}

export type PdfColumn = { title: string; x: number; w: number; align: 'left' | 'right' };

/**
 * Rows of text under column titles, from `y`: a row that would reach into the page's last `reserve`
 * points (above the bottom margin) starts a new page, under the titles again. Answers where it ends.
 */
export function drawTable(
  doc: PDFKit.PDFDocument,
  columns: PdfColumn[],
  rows: string[][],
  {
    y: top,
    left,
    right,
    fontSize,
    reserve,
  }: { y: number; left: number; right: number; fontSize: number; reserve: number },
): number {
  let y = top;
  const titles = () => {
    doc.font(BOLD).fontSize(8).fillColor(MUTED);
    for (const c of columns) doc.text(c.title.toUpperCase(), c.x, y, { width: c.w, align: c.align });
    y += 14;
    doc.moveTo(left, y).lineTo(right, y).strokeColor(RULE).stroke();
    y += 6;
    doc.font(REGULAR).fontSize(fontSize).fillColor(INK);
  };
  titles();
  for (const cells of rows) {
    const height = Math.max(...cells.map((text, i) => doc.heightOfString(text, { width: columns[i]!.w })));
    if (y + height > doc.page.height - doc.page.margins.bottom - reserve) {
      doc.addPage();
      y = doc.page.margins.top;
      titles();
    }
    cells.forEach((text, i) => doc.text(text, columns[i]!.x, y, { width: columns[i]!.w, align: columns[i]!.align }));
    y += height + 6;
  }
  return y;
}

/** Numbers every page ("Page 1 of 2") and ends the document. */
export function finishPdf(doc: PDFKit.PDFDocument, done: Promise<Buffer>): Promise<Buffer> {
  numberPages(doc);
  doc.end();
  return done;
}

/** "Page n of N" in each page's bottom margin (written there without starting a new page). */
function numberPages(doc: PDFKit.PDFDocument): void {
  const { start, count } = doc.bufferedPageRange();
  for (let i = start; i < start + count; i++) {
    doc.switchToPage(i);
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc
      .font(REGULAR)
      .fontSize(8)
      .fillColor(MUTED)
      .text(`Page ${i - start + 1} of ${count}`, doc.page.margins.left, doc.page.height - bottom / 2 - 4, {
        width: doc.page.width - doc.page.margins.left - doc.page.margins.right,
        align: 'center',
        lineBreak: false,
      });
    doc.page.margins.bottom = bottom;
  }
}
