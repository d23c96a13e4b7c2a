import { Field, Int, ObjectType, type ClassType } from 'type-graphql';
import { PageInfo } from './page-info.type.js';

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface ConnectionShape<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
  totalCount: number;
}

/**
 * The Relay connection of a node type: `<Node>Connection { edges { cursor node } pageInfo
 * totalCount }`, one generic definition for every list.
 */
export function Connection<T extends object>(NodeClass: ClassType<T>) {
  @ObjectType(`${NodeClass.name}Edge`, { simpleResolvers: true, description: `A ${NodeClass.name} in a list, with its cursor.` })
  class EdgeClass implements Edge<T> {
    @Field(() => String, { description: 'Opaque position of this node in the list; pass as `after`.' })
    cursor!: string;

    @Field(() => NodeClass)
    node!: T;
  }

  // Not emitted itself: only the concrete `<Node>Connection` subclasses are reachable from resolvers.
  @ObjectType()
  abstract class ConnectionClass implements ConnectionShape<T> {
    @Field(() => [EdgeClass])
    edges!: EdgeClass[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;

    @Field(() => Int, { description: 'Number of nodes matching the filter, over all pages.' })
    totalCount!: number;
  }
  return ConnectionClass;
}
