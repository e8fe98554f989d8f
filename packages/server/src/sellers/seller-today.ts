/**
 * The seller's calendar date now, in SQL: dates the seller sees (due dates, "today") are days in the
 * seller's time zone, not the database's. `sellerId` is an SQL expression (a parameter or a column).
 */
export const sellerTodaySql = (sellerId: string): string =>
  `(SELECT (now() AT TIME ZONE s.time_zone)::date FROM sellers s WHERE s.id = ${sellerId})`;
