import { Field, ObjectType } from 'type-graphql';

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
