import { Field, ObjectType } from 'type-graphql';
import { Connection } from '../common/connection.type.js';

@ObjectType({ simpleResolvers: true, description: "A budget unit (预算单位) of a department; the department's own office counts as one." })
export class Unit {
  @Field(() => String, { description: 'Stable identity of the node (its graph key).' })
  key!: string;

  @Field(() => String, { description: 'Name as printed (normalised: no spaces or middle dots in the key).' })
  name!: string;
}

@ObjectType({ simpleResolvers: true, description: 'A page of Unit nodes (Relay connection).' })
export class UnitConnection extends Connection(Unit) {}
