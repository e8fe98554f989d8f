/** Demo catalogues: [product, variants as [option, sku suffix, wholesale price in cents]] per seller. */
export type CatalogueEntry = { product: string; description: string; variants: [string | null, string, number][] };

export const DEMO_BRAND_CATALOGUE: CatalogueEntry[] = [
  {
    product: 'Cedar & Sage Soy Candle',
    description: 'Hand-poured soy wax, cotton wick, 50 h burn.',
    variants: [
      ['8 oz', 'CSC-08', 1400],
      ['12 oz', 'CSC-12', 1900],
      ['16 oz', 'CSC-16', 2400],
    ],
  },
  {
    product: 'Wild Fig Soy Candle',
    description: 'Fig leaf, cassis and cedarwood.',
    variants: [
      ['8 oz', 'WFC-08', 1400],
      ['12 oz', 'WFC-12', 1900],
    ],
  },
  {
    product: 'Sea Salt Reed Diffuser',
    description: '100 ml diffuser with rattan reeds.',
    variants: [[null, 'SSD-100', 1650]],
  },
  {
    product: 'Oat Milk Bar Soap',
    description: 'Cold-process soap, 5 oz bar.',
    variants: [
      ['Single', 'OMS-1', 550],
      ['Case of 12', 'OMS-12', 6000],
    ],
  },
  {
    product: 'Lavender Hand Cream',
    description: 'Shea butter hand cream, 2 oz tube.',
    variants: [[null, 'LHC-2', 850]],
  },
  {
    product: 'Stoneware Mug',
    description: 'Wheel-thrown stoneware, 12 oz.',
    variants: [
      ['Speckled White', 'SWM-WH', 1600],
      ['Sage Green', 'SWM-GR', 1600],
      ['Charcoal', 'SWM-CH', 1600],
    ],
  },
  {
    product: 'Linen Tea Towel',
    description: 'Stonewashed European linen, 18 × 28 in.',
    variants: [
      ['Natural', 'LTT-NA', 1100],
      ['Rust', 'LTT-RU', 1100],
      ['Indigo', 'LTT-IN', 1100],
    ],
  },
  {
    product: 'Beeswax Taper Candles',
    description: 'Pair of 10 in hand-dipped tapers.',
    variants: [
      ['Ivory', 'BTC-IV', 900],
      ['Terracotta', 'BTC-TC', 900],
    ],
  },
  { product: 'Ceramic Incense Holder', description: 'Matte glazed ceramic dish.', variants: [[null, 'CIH-01', 1250]] },
  {
    product: 'Botanical Room Spray',
    description: '4 oz room and linen mist.',
    variants: [
      ['Eucalyptus', 'BRS-EU', 1000],
      ['Neroli', 'BRS-NE', 1000],
    ],
  },
  {
    product: 'Gift Set: Candle & Matches',
    description: '8 oz candle with a match cloche.',
    variants: [[null, 'GSM-01', 2800]],
  },
  {
    product: 'Wooden Wick Candle',
    description: 'Crackling wooden wick, 10 oz.',
    variants: [
      ['Amber Noir', 'WWC-AN', 2100],
      ['Tobacco Vanilla', 'WWC-TV', 2100],
    ],
  },
];

export const OTHER_BRAND_CATALOGUE: CatalogueEntry[] = [
  {
    product: 'Organic Cotton Tote',
    description: 'Heavy canvas tote bag.',
    variants: [
      ['Natural', 'OCT-NA', 1200],
      ['Black', 'OCT-BK', 1200],
    ],
  },
  { product: 'Recycled Notebook', description: 'A5 dot-grid notebook.', variants: [[null, 'RNB-A5', 700]] },
  { product: 'Enamel Pin Set', description: 'Set of three enamel pins.', variants: [[null, 'EPS-3', 950]] },
  { product: 'Brass Bookmark', description: 'Etched brass bookmark.', variants: [[null, 'BBM-01', 600]] },
];

export const RETAILERS: {
  company: string;
  contact: string;
  city: string;
  region: string;
  postalCode: string;
  street: string;
}[] = [
  {
    company: 'Maple & Main Mercantile',
    contact: 'Hannah Brooks',
    city: 'Burlington',
    region: 'VT',
    postalCode: '05401',
    street: '112 Church St',
  },
  {
    company: 'The Curated Nest',
    contact: 'Olivia Chen',
    city: 'Portland',
    region: 'OR',
    postalCode: '97205',
    street: '845 SW Alder St',
  },
  {
    company: 'Harbor Gift Co.',
    contact: 'Marcus Reed',
    city: 'Annapolis',
    region: 'MD',
    postalCode: '21401',
    street: '31 Main St',
  },
  {
    company: 'Juniper Lane Boutique',
    contact: 'Sofia Alvarez',
    city: 'Santa Fe',
    region: 'NM',
    postalCode: '87501',
    street: '210 Galisteo St',
  },
  {
    company: 'Fernwood General Store',
    contact: 'Ethan Walsh',
    city: 'Asheville',
    region: 'NC',
    postalCode: '28801',
    street: '54 Lexington Ave',
  },
  {
    company: 'Little Otter Home',
    contact: 'Grace Kim',
    city: 'Seattle',
    region: 'WA',
    postalCode: '98101',
    street: '1520 Pike Pl',
  },
  {
    company: 'Sunday Goods',
    contact: 'Noah Patel',
    city: 'Austin',
    region: 'TX',
    postalCode: '78704',
    street: '1408 S Congress Ave',
  },
  {
    company: 'Bramble & Birch',
    contact: 'Chloe Martin',
    city: 'Boulder',
    region: 'CO',
    postalCode: '80302',
    street: '1942 Pearl St',
  },
  {
    company: 'Coastline Living',
    contact: 'Liam Foster',
    city: 'Charleston',
    region: 'SC',
    postalCode: '29401',
    street: '275 King St',
  },
  {
    company: 'The Paper Lantern',
    contact: 'Ava Nguyen',
    city: 'Minneapolis',
    region: 'MN',
    postalCode: '55401',
    street: '300 N 1st Ave',
  },
  {
    company: 'Prairie Rose Market',
    contact: 'Isabella Scott',
    city: 'Omaha',
    region: 'NE',
    postalCode: '68102',
    street: '1101 Howard St',
  },
  {
    company: 'Hudson Valley Provisions',
    contact: 'James Carter',
    city: 'Hudson',
    region: 'NY',
    postalCode: '12534',
    street: '502 Warren St',
  },
  {
    company: 'Saltbox Supply',
    contact: 'Mia Robinson',
    city: 'Portland',
    region: 'ME',
    postalCode: '04101',
    street: '47 Exchange St',
  },
  {
    company: 'Golden Hour Gifts',
    contact: 'Lucas Rivera',
    city: 'San Diego',
    region: 'CA',
    postalCode: '92101',
    street: '720 Fifth Ave',
  },
  {
    company: 'Willow & Wren',
    contact: 'Emma Johnson',
    city: 'Madison',
    region: 'WI',
    postalCode: '53703',
    street: '18 N Pinckney St',
  },
  {
    company: 'Copper Kettle Home',
    contact: 'Benjamin Lee',
    city: 'Savannah',
    region: 'GA',
    postalCode: '31401',
    street: '135 Bull St',
  },
  {
    company: 'North Star Outfitters',
    contact: 'Charlotte Davis',
    city: 'Bozeman',
    region: 'MT',
    postalCode: '59715',
    street: '233 E Main St',
  },
  {
    company: 'Blue Door Boutique',
    contact: 'Henry Wilson',
    city: 'Nashville',
    region: 'TN',
    postalCode: '37203',
    street: '1200 Villa Pl',
  },
  {
    company: 'Meadowlark Mercantile',
    contact: 'Amelia Turner',
    city: 'Missoula',
    region: 'MT',
    postalCode: '59802',
    street: '101 S Higgins Ave',
  },
  {
    company: 'Ivy & Oak Collective',
    contact: 'Daniel Moore',
    city: 'Richmond',
    region: 'VA',
    postalCode: '23220',
    street: '2919 W Cary St',
  },
  {
    company: 'Tidepool Trading',
    contact: 'Harper Young',
    city: 'Santa Cruz',
    region: 'CA',
    postalCode: '95060',
    street: '1515 Pacific Ave',
  },
  {
    company: 'Red Barn Emporium',
    contact: 'Samuel King',
    city: 'Lancaster',
    region: 'PA',
    postalCode: '17603',
    street: '44 N Queen St',
  },
  {
    company: 'Evergreen Home & Garden',
    contact: 'Evelyn Wright',
    city: 'Spokane',
    region: 'WA',
    postalCode: '99201',
    street: '707 W Main Ave',
  },
  {
    company: 'Lantern & Loom',
    contact: 'Jack Hill',
    city: 'Providence',
    region: 'RI',
    postalCode: '02903',
    street: '225 Westminster St',
  },
];
