import { Field, Int, ObjectType } from 'type-graphql';
import type { RelationName } from '../../graph/queries/api-relations.js';
import type { Lazy } from '../common/lazy.js';
import type { Context } from '../context.js';
import { Document } from '../document/document.type.js';
import { Unit } from '../unit/unit.type.js';
import { detached } from '../prefetch/nested-fetch.js';

@ObjectType({ description: 'A unit as one document lists it (单位构成 / 部门预算单位): funding type and staff count are per document year.' })
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

const intOrNull = (v: unknown) => (typeof v === 'number' ? v : null);
const strOrNull = (v: unknown) => (typeof v === 'string' ? v : null);

/** LISTS_UNIT of a unit (its documents) or of a document (its units). */
export async function unitListings(ctx: Context, relation: RelationName, root: Unit | Document): Promise<UnitListing[]> {
  const rootIsUnit = relation.startsWith('unit-');
  const items = await ctx.loaders.links<Unit | Document>(relation, root.key);
  return items.map((i) => ({
    fundingType: strOrNull(i.link.fundingType),
    staffCount: intOrNull(i.link.staffCount),
    year: intOrNull(i.link.year),
    startLine: intOrNull(i.link.startLine),
    unit: (rootIsUnit ? detached(root) : i.node) as Unit,
    document: (rootIsUnit ? i.node : detached(root)) as Document,
  }));
}
