import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A source document by key, with what identifies it to a reader.' })
export class DocumentRef {
  @Field(() => String)
  key!: string;

  @Field(() => String, { nullable: true })
  title!: string | null;

  @Field(() => String, { nullable: true, description: 'DEPARTMENT_BUDGET, FUND_BUDGET, PLAN …' })
  kind!: string | null;

  @Field(() => Int, { nullable: true })
  year!: number | null;

  @Field(() => String, { nullable: true })
  city!: string | null;

  @Field(() => String, { nullable: true, description: 'File the text was read from (for people; never a key).' })
  fileName?: string | null;
}
