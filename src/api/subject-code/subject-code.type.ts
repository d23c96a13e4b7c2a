import { Field, Int, ObjectType } from 'type-graphql';
import { Connection } from '../common/connection.type.js';

@ObjectType({ simpleResolvers: true, description: 'A classification code (政府收支分类科目): functional 类/款/项 (208 → 20801 → 2080101) or economic (301 → 30101).' })
export class SubjectCode {
  @Field(() => String, { description: 'Stable identity of the node (its graph key).' })
  key!: string;

  @Field(() => String, { description: 'FUNCTIONAL (支出功能分类) or ECONOMIC (支出经济分类).' })
  scheme!: string;

  @Field(() => String, { description: 'The code, e.g. 2080116.' })
  code!: string;

  @Field(() => Int, { description: '1 类 class, 2 款 section, 3 项 item.' })
  level!: number;

  @Field(() => String, { nullable: true, description: 'Name (科目名称), first spelling seen.' })
  name?: string | null;
}

@ObjectType({ simpleResolvers: true, description: 'A page of SubjectCode nodes (Relay connection).' })
export class SubjectCodeConnection extends Connection(SubjectCode) {}
