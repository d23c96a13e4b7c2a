import { Field, InputType } from 'type-graphql';

@InputType({ description: 'Condition on a true/false field.' })
export class BooleanFilter {
  @Field(() => Boolean, { nullable: true })
  equals?: boolean;
}
