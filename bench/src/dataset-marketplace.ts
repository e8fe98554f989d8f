import crypto from 'node:crypto';
import { CopyWriter } from './copy-writer';
import { apiKeySecret, KEYED_SELLERS, sellerIdOf as sellerUuid, type Layout, type Loaders } from './dataset-layout';
import { CITIES, PRODUCTS } from './dataset-words';
import { benchId, Kind } from './ids';

/** Marketplace-wide rows: sellers, their users and API keys, buyers and addresses, customers, the catalogue. */
export async function writeMarketplace(layout: Layout, [c0, c1, c2]: Loaders): Promise<void> {
  const { S, buyers: B, buyersOf, variantsOf, customerBase, variantBase, buyerName, buyerCard } = layout;
  const sellers = new CopyWriter(c0, 'sellers', [
    'id',
    'name',
    'currency',
    'buyer_access_requires_approval',
    'invoice_prefix',
    'email',
  ]);
  for (let s = 0; s < S; s++) {
    await sellers.write([
      sellerUuid(s),
      `Bench Brand ${s}`,
      'USD',
      s % 2 === 0 ? 't' : 'f',
      'INV-',
      `brand${s}@bench.test`,
    ]);
  }
  await sellers.end();
  const users = new CopyWriter(c0, 'seller_users', ['id', 'seller_id', 'email', 'name', 'password_hash', 'role']);
  // No one signs in to bench sellers (the bench uses API keys): the hash is a placeholder no password matches.
  for (let s = 0; s < S; s++) {
    await users.write([benchId(Kind.user, s), sellerUuid(s), `owner${s}@bench.test`, `Owner ${s}`, '!bench', 'OWNER']);
  }
  await users.end();
  const keys = new CopyWriter(c0, 'api_keys', [
    'id',
    'seller_id',
    'name',
    'scopes',
    'token_hash',
    'prefix',
    'created_by_user_id',
  ]);
  for (const s of KEYED_SELLERS.filter((k) => k < S)) {
    const secret = apiKeySecret(s);
    const hash = crypto.createHash('sha256').update(secret).digest('hex');
    await keys.write([
      benchId(Kind.apiKey, s),
      sellerUuid(s),
      'Bench',
      '{orders:read,orders:write,invoices:read,invoices:write,payments:write}',
      `\\\\x${hash}`,
      secret.slice(0, 8),
      benchId(Kind.user, s),
    ]);
  }
  await keys.end();
  const buyers = new CopyWriter(c0, 'buyers', [
    'id',
    'company_name',
    'contact_name',
    'email',
    'default_payment_method',
    'stripe_customer_id',
    'stripe_payment_method_id',
    'card_brand',
    'card_last4',
  ]);
  const addresses = new CopyWriter(c1, 'buyer_addresses', [
    'id',
    'buyer_id',
    'kind',
    'is_default',
    'name',
    'line1',
    'city',
    'region',
    'postal_code',
    'country',
  ]);
  for (let b = 0; b < B; b++) {
    const card = buyerCard(b);
    await buyers.write([
      benchId(Kind.buyer, b),
      buyerName(b),
      `Buyer ${b}`,
      `buyer${b}@bench.test`,
      card ? 'CARD' : 'TERMS',
      card ? `cus_bench${b}` : null,
      card ? `pm_bench${b}` : null,
      card ? 'visa' : null,
      card ? '4242' : null,
    ]);
    await addresses.write([
      benchId(Kind.buyerAddress, b),
      benchId(Kind.buyer, b),
      'SHIPPING',
      't',
      buyerName(b),
      `${b} Main Street`,
      CITIES[b % CITIES.length]!,
      'OR',
      `9${String(b % 10000).padStart(4, '0')}`,
      'US',
    ]);
  }
  await Promise.all([buyers.end(), addresses.end()]);
  const customers = new CopyWriter(c0, 'customers', [
    'id',
    'seller_id',
    'buyer_id',
    'name',
    'email',
    'payment_terms_days',
  ]);
  const products = new CopyWriter(c1, 'products', ['id', 'seller_id', 'name']);
  const variants = new CopyWriter(c2, 'product_variants', [
    'id',
    'seller_id',
    'product_id',
    'sku',
    'name',
    'unit_price_amount',
    'currency',
    'stock_on_hand',
  ]);
  for (let s = 0; s < S; s++) {
    for (let j = 0; j < buyersOf(s); j++) {
      const b = (s * 97 + j) % B;
      await customers.write([
        benchId(Kind.customer, customerBase[s]! + j),
        sellerUuid(s),
        benchId(Kind.buyer, b),
        buyerName(b),
        `buyer${b}@bench.test`,
        30,
      ]);
    }
    for (let j = 0; j < variantsOf(s); j++) {
      const n = variantBase[s]! + j;
      await products.write([benchId(Kind.product, n), sellerUuid(s), `${PRODUCTS[j % PRODUCTS.length]} ${j}`]);
      await variants.write([
        benchId(Kind.variant, n),
        sellerUuid(s),
        benchId(Kind.product, n),
        `S${s}-${j}`,
        `Size ${1 + (j % 3)}`,
        500 + ((j * 733) % 19_500),
        'USD',
        1_000_000,
      ]);
    }
  }
  await Promise.all([customers.end(), products.end(), variants.end()]);
}
