import { Field, InputType, registerEnumType } from 'type-graphql';
import { StringFilter } from '../common/filters/string-filter.input.js';
import type { Lazy } from '../common/lazy.js';
import { SortDirection } from '../common/sort-direction.enum.js';
import { FactWhere } from '../fact/fact.inputs.js';

@InputType({ description: 'Conditions on FundSource nodes; all given conditions must hold.' })
export class FundSourceWhere {
  @Field(() => StringFilter, { nullable: true })
  key?: StringFilter;

  @Field(() => StringFilter, { nullable: true })
  name?: StringFilter;

  @Field(() => FactWhere, { nullable: true, description: 'At least one related node (facts) matches.' })
  factsSome?: Lazy<FactWhere>;

  @Field(() => FactWhere, { nullable: true, description: 'No related node (facts) matches (also true when there is none).' })
  factsNone?: Lazy<FactWhere>;

  @Field(() => [FundSourceWhere], { nullable: true, description: 'All of these hold.' })
  AND?: Lazy<FundSourceWhere>[];

  @Field(() => [FundSourceWhere], { nullable: true, description: 'At least one of these holds.' })
  OR?: Lazy<FundSourceWhere>[];

  @Field(() => FundSourceWhere, { nullable: true, description: 'This does not hold.' })
  NOT?: Lazy<FundSourceWhere>;
}

/** Sortable fields of FundSource: the enum's values are the field names of the graph's entity spec. */
export enum FundSourceSortField {
  KEY = 'key',
  NAME = 'name',
}

registerEnumType(FundSourceSortField, { name: 'FundSourceSortField' });

@InputType({ description: 'One sort key; ties are broken by the next key, then by node key.' })
export class FundSourceOrderBy {
  @Field(() => FundSourceSortField)
  field!: FundSourceSortField;

  @Field(() => SortDirection, { defaultValue: SortDirection.ASC })
  direction!: SortDirection;
}
