import { Field, Int, ObjectType } from 'type-graphql';
import type { Lazy } from '../common/lazy.js';
import { Document } from '../document/document.type.js';
import { Unit } from '../unit/unit.type.js';

@ObjectType({ simpleResolvers: true, description: 'A unit as one document lists it (单位构成 / 部门预算单位): funding type and staff count are per document year.' })
export class UnitListing {
  @Field(() => String, { nullable: true, description: 'Funding type (经费性质): 财政核拨, 全额, 差额, 自收自支.' })
  fundingType!: string | null;

  @Field(() => Int, { nullable: true, description: 'Staff count (在职人数), persons.' })
  staffCount!: number | null;

  @Field(() => Int, { nullable: true, description: 'Year of the listing.' })
  year!: number | null;

  @Field(() => Int, { nullable: true, description: 'First source line of the listing row.' })
  startLine!: number | null;

  @Field(() => Unit)
  unit!: Lazy<Unit>;

  @Field(() => Document)
  document!: Lazy<Document>;
}
