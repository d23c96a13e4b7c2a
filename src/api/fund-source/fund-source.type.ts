import { Field, ObjectType } from 'type-graphql';
import { Connection } from '../common/connection.type.js';

@ObjectType({ simpleResolvers: true, description: 'A source of funds (资金来源), e.g. 一般公共预算拨款, 财政专户管理资金, 上年结转.' })
export class FundSource {
  @Field(() => String, { description: 'Stable identity of the node (its graph key).' })
  key!: string;

  @Field(() => String, { description: 'Normalised name.' })
  name!: string;
}

@ObjectType({ simpleResolvers: true, description: 'A page of FundSource nodes (Relay connection).' })
export class FundSourceConnection extends Connection(FundSource) {}
