import { Field, ObjectType } from 'type-graphql';
import { Connection } from '../common/connection.type.js';

@ObjectType({ simpleResolvers: true, description: 'A government (政府): province, city, district, or 各区 (the districts collectively) as transfer tables name them.' })
export class Government {
  @Field(() => String, { description: 'Stable identity of the node (its graph key).' })
  key!: string;

  @Field(() => String, { description: 'Name as printed, e.g. 福州市, 各区.' })
  name!: string;

  @Field(() => String, { description: 'PROVINCE, CITY, DISTRICT, COUNTY, DISTRICTS (各区 collectively) or OTHER.' })
  level!: string;
}

@ObjectType({ simpleResolvers: true, description: 'A page of Government nodes (Relay connection).' })
export class GovernmentConnection extends Connection(Government) {}
