import { Field, InputType } from 'type-graphql';

@InputType({ description: 'Conditions on a text field; all given conditions must hold. Case-sensitive; Chinese as printed.' })
export class StringFilter {
  @Field(() => String, { nullable: true, description: 'Equal to this text.' })
  equals?: string;

  @Field(() => [String], { nullable: true, description: 'Equal to one of these texts.' })
  in?: string[];

  @Field(() => String, { nullable: true, description: 'Contains this text, e.g. "满意度".' })
  contains?: string;

  @Field(() => String, { nullable: true, description: 'Begins with this text, e.g. "208" for a code class.' })
  startsWith?: string;
}
