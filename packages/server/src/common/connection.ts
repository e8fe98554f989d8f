import { ArgsType, Field, Int, ObjectType, type ClassType } from 'type-graphql';

@ObjectType({ description: 'Where a page sits in a list (Relay cursor connections).' })
export class PageInfo {
  @Field({ description: 'More items follow: pass endCursor as "after".' })
  hasNextPage: boolean;

  @Field({ description: 'More items come before: pass startCursor as "before".' })
  hasPreviousPage: boolean;

  @Field(() => String, { nullable: true, description: 'Cursor of the first edge of the page.' })
  startCursor: string | null;

  @Field(() => String, { nullable: true, description: 'Cursor of the last edge of the page.' })
  endCursor: string | null;
}

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 25;

/** A page of a list as the services answer it; the total is counted only when asked for. */
export type Page<T> = {
  edges: { cursor: string; node: T }[];
  pageInfo: PageInfo;
  countTotal: () => Promise<number>;
};

/** The Relay paging arguments every connection takes. */
@ArgsType()
export class ConnectionArgs {
  @Field(() => Int, {
    nullable: true,
    description: `Page size going forward (default ${DEFAULT_PAGE_SIZE}, at most ${MAX_PAGE_SIZE}).`,
  })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'Cursor to continue after.' })
  after?: string | null;

  @Field(() => Int, { nullable: true, description: `Page size going backward (at most ${MAX_PAGE_SIZE}).` })
  last?: number | null;

  @Field(() => String, { nullable: true, description: 'Cursor to continue before.' })
  before?: string | null;
}

/** How a connection's types describe themselves, e.g. { edge: 'An order …', node: 'The order.', … }. */
export type ConnectionDescriptions = { edge: string; node: string; edges: string; totalCount: string };

/**
 * The Relay connection of `node` (edges with opaque cursors, pageInfo, totalCount), with its edge
 * type named `<edgeName>`: extend it with an @ObjectType naming the connection.
 */
export function connectionOf<T extends object>(
  node: ClassType<T>,
  edgeName: string,
  descriptions: ConnectionDescriptions,
) {
  @ObjectType(edgeName, { description: descriptions.edge })
  class Edge {
    @Field({ description: 'Opaque position, for after/before.' })
    cursor: string;

    @Field(() => node, { description: descriptions.node })
    node: T;
  }

  @ObjectType()
  abstract class Connection implements Page<T> {
    @Field(() => [Edge], { description: descriptions.edges })
    edges: Edge[];

    @Field(() => PageInfo, { description: 'Whether there are more pages, and where they start.' })
    pageInfo: PageInfo;

    countTotal: () => Promise<number>;

    @Field(() => Int, { description: descriptions.totalCount })
    totalCount(): Promise<number> {
      return this.countTotal();
    }
  }
  return Connection;
}
