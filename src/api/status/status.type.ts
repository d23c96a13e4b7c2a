import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'The Neo4j database behind the API and what it holds.' })
export class DatabaseStatus {
  @Field(() => String, { description: 'Server product name (Neo4j Kernel).' })
  name!: string;

  @Field(() => String, { description: 'Neo4j version, e.g. 5.26.30.' })
  version!: string;

  @Field(() => String, { description: 'Neo4j edition (community or enterprise).' })
  edition!: string;

  @Field(() => Int, { description: 'Number of nodes in the graph.' })
  nodeCount!: number;

  @Field(() => Int, { description: 'Number of relationships in the graph.' })
  relationshipCount!: number;

  @Field(() => Int, { description: 'Number of source documents (文件) loaded.' })
  documentCount!: number;
}
