import { ArgsType, Field, Int } from 'type-graphql';

/** Default and largest page size of every list. */
export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 500;

@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, description: `Page size: ${DEFAULT_PAGE_SIZE} when omitted, at most ${MAX_PAGE_SIZE}.` })
  first?: number;

  @Field(() => String, { nullable: true, description: 'Return the nodes after this cursor (a pageInfo.endCursor).' })
  after?: string;
}
