import { Field, ObjectType } from 'type-graphql';
import { GraphQLSafeInt } from 'graphql-scalars';
import type { ValueTransformer } from 'typeorm';

/** An amount of money in integer minor units (cents) with its ISO 4217 currency. */
@ObjectType({ description: 'An amount of money: integer minor units plus an ISO 4217 currency code.' })
export class Money {
  @Field(() => GraphQLSafeInt, { description: 'Amount in minor units, e.g. 1250 for 12.50 USD.' })
  amount: number;

  @Field({ description: 'ISO 4217 currency code, e.g. USD.' })
  currency: string;

  // Built by every price, total and line of an answer (two per line of a 200-line order): one object.
  constructor(amount: number, currency: string) {
    this.amount = amount;
    this.currency = currency;
  }
}

export const money = (amount: number, currency: string): Money => new Money(amount, currency);

/** `bigint` columns come back from pg as strings; amounts stay far below 2^53, so numbers are safe. */
export const bigintToNumber: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};
