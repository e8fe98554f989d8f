const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** IDs are UUIDs; anything else cannot exist, and is answered like an unknown ID (never a SQL error). */
export const isId = (value: string): boolean => UUID.test(value);
