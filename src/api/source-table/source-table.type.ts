import { Field, Int, ObjectType } from 'type-graphql';
import { Connection } from '../common/connection.type.js';

@ObjectType({ simpleResolvers: true, description: 'A table (附表) of a document, recognised by its title and header.' })
export class SourceTable {
  @Field(() => String, { description: 'Stable identity of the node (its graph key).' })
  key!: string;

  @Field(() => String, { description: 'What the table holds, e.g. REVENUE_SUMMARY, GENERAL_PUBLIC_EXPENDITURE, THREE_PUBLIC, PROJECT_PERFORMANCE.' })
  role!: string;

  @Field(() => String, { description: 'Title as printed.' })
  title!: string;

  @Field(() => Int, { description: "Position among the document's tables (0-based)." })
  index!: number;

  @Field(() => Int, { description: 'First line (1-based) of the source text this came from.' })
  startLine!: number;

  @Field(() => Int, { description: 'Last line (inclusive) of the source text.' })
  endLine!: number;
}

@ObjectType({ simpleResolvers: true, description: 'A page of SourceTable nodes (Relay connection).' })
export class SourceTableConnection extends Connection(SourceTable) {}
