import { GraphQLScalarType } from 'graphql';
import { GraphQLDateTime } from 'graphql-scalars';
import { isoInstant } from '../common/iso-instant';

/**
 * graphql-scalars' DateTime (its name, description, input parsing and checks), serialized to the
 * ISO string it stands for. Its own serialize answers the Date itself and leaves the string to
 * JSON.stringify, which then calls the Date's toJSON for every date of an answer: that took the
 * orders list's JSON.stringify to twice the time of the same answer with strings. The text is the
 * same (toJSON is toISOString; isoInstant writes its text in a third of its time).
 */
export const DateTimeScalar = new GraphQLScalarType({
  ...GraphQLDateTime.toConfig(),
  serialize: (value) => isoInstant(GraphQLDateTime.serialize(value) as Date),
});
