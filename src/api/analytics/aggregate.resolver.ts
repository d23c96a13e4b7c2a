import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, Info, Query, Resolver } from 'type-graphql';
import { AggregateSpecError } from '../../graph/analytics/aggregate-query.js';
import { aggregateFacts } from '../../graph/analytics/aggregate.js';
import { selectsField } from '../common/selects-field.js';
import type { Context } from '../context.js';
import { AggregateDimension } from './analytics-enums.js';
import { AggregateRow } from './aggregate-row.type.js';
import { AggregateWhere } from './aggregate-where.input.js';
import { badInput } from './bad-input.js';

@Resolver()
export class AggregateResolver {
  @Query(() => [AggregateRow], {
    description:
      'Exact sums (万元) and counts of money facts grouped by the given dimensions. Only leaf facts are added (no 合计/小计 rows or columns, no parent codes whose children are listed) from one table role per document and direction, so nothing is counted twice.',
  })
  async budgetAggregate(
    @Arg('groupBy', () => [AggregateDimension], { description: 'Dimensions to group by; empty for one grand total.' }) groupBy: AggregateDimension[],
    @Arg('where', () => AggregateWhere, { nullable: true }) where: AggregateWhere | null,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<AggregateRow[]> {
    try {
      // Fact keys are read and sent only for a query that shows them (one key per fact added).
      const factKeys = selectsField(info, 'factKeys');
      const groups = await aggregateFacts(ctx.db, where ?? {}, groupBy, { factKeys });
      return groups.map((g) => ({ ...g, factKeys: g.factKeys ?? [], amountUnit: '万元' }));
    } catch (e) {
      if (e instanceof AggregateSpecError) throw badInput(e.message);
      throw e;
    }
  }
}
