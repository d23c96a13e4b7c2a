import { Field, ObjectType } from 'type-graphql';
import { Connection } from '../common/connection.type.js';

@ObjectType({ simpleResolvers: true, description: 'A department (部门), e.g. 福州市人力资源和社会保障局.' })
export class Department {
  @Field(() => String, { description: 'Stable identity of the node (its graph key).' })
  key!: string;

  @Field(() => String, { description: 'Full name (abbreviations such as 人社局 expanded).' })
  name!: string;
}

@ObjectType({ simpleResolvers: true, description: 'A page of Department nodes (Relay connection).' })
export class DepartmentConnection extends Connection(Department) {}
