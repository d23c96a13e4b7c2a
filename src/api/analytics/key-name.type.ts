import { Field, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A node by its key and its name as printed.' })
export class KeyName {
  @Field(() => String)
  key!: string;

  @Field(() => String, { nullable: true })
  name!: string | null;
}

@ObjectType({ description: 'A classification code and its name as first printed.' })
export class CodeName {
  @Field(() => String, { description: 'The code at the grouped level, e.g. 208 or 2080116.' })
  code!: string;

  @Field(() => String, { nullable: true })
  name!: string | null;
}
