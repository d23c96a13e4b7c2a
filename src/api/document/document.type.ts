import { Field, Int, ObjectType } from 'type-graphql';
import { Connection } from '../common/connection.type.js';

@ObjectType({ simpleResolvers: true, description: 'A source document (文件): 部门预算, 单位预算, 决算, 社保基金预算 or 规划, one node per issuer, kind and years.' })
export class Document {
  @Field(() => String, { description: 'Stable identity of the node (its graph key).' })
  key!: string;

  @Field(() => String, { description: 'DEPARTMENT_BUDGET (部门预算), UNIT_BUDGET (单位预算), FINAL_ACCOUNTS (决算), FUND_BUDGET (社保基金预算) or PLAN (规划).' })
  kind!: string;

  @Field(() => Int, { description: 'Fiscal year (预算年度), or first year of a plan.' })
  year!: number;

  @Field(() => Int, { description: 'Last year covered (= year except for plans).' })
  endYear!: number;

  @Field(() => String, { description: 'Issuing department as printed.' })
  issuer!: string;

  @Field(() => String, { description: 'City (市) of the issuer.' })
  city!: string;

  @Field(() => String, { description: 'Title as printed.' })
  title!: string;

  @Field(() => String, { nullable: true, description: 'File the text was loaded from.' })
  fileName?: string | null;

  @Field(() => String, { description: 'SHA-256 of the loaded file.' })
  contentHash!: string;

  @Field(() => Int, { description: 'Lines in the file.' })
  lineCount!: number;

  @Field(() => String, { nullable: true, description: 'When this version was loaded (ISO 8601).' })
  loadedAt?: string | null;
}

@ObjectType({ simpleResolvers: true, description: 'A page of Document nodes (Relay connection).' })
export class DocumentConnection extends Connection(Document) {}
