/** Carriers offered in the Shipping tab; any other name is accepted too. */
export const COMMON_CARRIERS = ['UPS', 'FedEx', 'USPS', 'DHL', 'Canada Post', 'OnTrac', 'LTL Freight'] as const;
