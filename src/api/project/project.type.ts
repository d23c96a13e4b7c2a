import { Field, ObjectType } from 'type-graphql';
import { Connection } from '../common/connection.type.js';

@ObjectType({ simpleResolvers: true, description: 'A project (项目) of a department, one node across years and documents.' })
export class Project {
  @Field(() => String, { description: 'Stable identity of the node (its graph key).' })
  key!: string;

  @Field(() => String, { description: 'Project name (项目名称).' })
  name!: string;
}

@ObjectType({ simpleResolvers: true, description: 'A page of Project nodes (Relay connection).' })
export class ProjectConnection extends Connection(Project) {}
