import { pdfText } from '@order-desk/testing';
import { Address } from '../common/address';
import { money } from '../common/money';
import type { InvoiceDocument } from './billing-document';
import { renderCreditNotePdf, renderInvoicePdf } from './billing-pdf';
import { PaymentMethod } from './payment-method';

const address = (name: string, city: string): Address =>
  Object.assign(new Address(), {
    name,
    company: null,
    line1: 'ul. Piotrkowska 1',
    line2: null,
    city,
    region: null,
    postalCode: '90-001',
    country: 'PL',
    phone: null,
  });

/** A terms invoice of a Berlin seller (de-DE) to a Polish buyer, long enough for a second page. */
const invoice = (lines: number): InvoiceDocument => ({
  paymentMethod: PaymentMethod.TERMS,
  seller: {
    name: 'Demo Brand',
    legalName: 'Demo Brand GmbH',
    taxId: 'DE123456789',
    locale: 'de-DE',
    email: 'hello@demo-brand.test',
    phone: null,
    addressLines: ['Hauptstraße 1', 'Berlin, 10115', 'DE'],
  },
  billTo: 'Łódź Ceramika Żółw',
  buyerContact: 'Ζωή Παπαδοπούλου <zoe@example.test>',
  billingAddress: address('Łódź Ceramika Żółw', 'Łódź'),
  shippingAddress: address('Пётр Чайковский', 'Łódź'),
  orderNumber: 1042,
  orderDate: '2025-11-29',
  lines: Array.from({ length: lines }, (_, i) => ({
    sku: `SKU-${i + 1}`,
    description: `Teller „Żółw“ ${i + 1}`,
    quantity: 2,
    unitPrice: money(123_450, 'EUR'),
    lineTotal: money(246_900, 'EUR'),
  })),
  subtotal: money(246_900 * lines, 'EUR'),
  shipping: money(1_500, 'EUR'),
  total: money(246_900 * lines + 1_500, 'EUR'),
  number: 'DB-7',
  issueDate: '2025-11-29',
  dueDate: '2025-12-29',
  paymentTerms: 'Net 30',
  remitTo: 'IBAN DE89 3704 0044 0532 0130 00, BIC COBADEFFXXX',
  shipment: null,
  supplementary: false,
});

describe('billing PDFs', () => {
  it('print non-Latin names as written, the seller’s legal details, locale dates and money, and remit-to', async () => {
    const text = await pdfText(await renderInvoicePdf(invoice(3)));
    for (const expected of [
      'Łódź Ceramika Żółw',
      'Ζωή Παπαδοπούλου',
      'Пётр Чайковский',
      'Teller „Żółw“ 1',
      'Demo Brand GmbH',
      'Hauptstraße 1',
      'Tax ID: DE123456789',
      '29. November 2025', // issue date
      '29. Dezember 2025', // due date, Net 30
      '1.234,50 €',
      '7.422,00 €',
      'IBAN DE89 3704 0044 0532 0130 00, BIC COBADEFFXXX',
      'Page 1 of 1',
    ])
      expect(text).toContain(expected);
  });

  it('number every page of a long document', async () => {
    const text = await pdfText(await renderInvoicePdf(invoice(40)));
    expect(text).toContain('Page 1 of 2');
    expect(text).toContain('Page 2 of 2');
    expect(text).not.toContain('Page 3');
  });

  it('print a credit note with the same details, and no remit-to', async () => {
    const { dueDate: _d, paymentTerms: _p, remitTo: _r, shipment: _s, supplementary: _x, ...content } = invoice(1);
    const text = await pdfText(
      await renderCreditNotePdf({ ...content, number: 'DB-CN-1', invoiceNumber: 'DB-7', reason: 'Damaged' }),
    );
    for (const expected of ['CREDIT NOTE', 'Łódź Ceramika Żółw', 'Tax ID: DE123456789', '29. November 2025'])
      expect(text).toContain(expected);
    expect(text).not.toContain('IBAN');
  });
});
