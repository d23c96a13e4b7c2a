import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, Info, Query, Resolver, Root } from 'type-graphql';
import { listConnection } from '../common/list-connection.js';
import { nodeByKey } from '../common/node-by-key.js';
import { PageArgs } from '../common/page-args.js';
import type { Context } from '../context.js';
import { Document } from '../document/document.type.js';
import { ServesLink } from '../links/serves-link.type.js';
import { resolveLinks } from '../links/link-fields.js';
import { PlanIndicatorOrderBy, PlanIndicatorWhere } from './plan-indicator.inputs.js';
import { PlanIndicator, PlanIndicatorConnection } from './plan-indicator.type.js';

@Resolver(() => PlanIndicator)
export class PlanIndicatorResolver {
  @Query(() => PlanIndicator, { nullable: true, description: 'The PlanIndicator with this key, or null when there is none.' })
  planIndicator(@Arg('key', () => String) key: string, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<PlanIndicator | null> {
    return nodeByKey<PlanIndicator>(ctx, 'PlanIndicator', key, info);
  }

  @Query(() => PlanIndicatorConnection, { description: 'A page of planIndicators, filtered and sorted.' })
  planIndicators(
    @Arg('where', () => PlanIndicatorWhere, { nullable: true }) where: PlanIndicatorWhere | undefined,
    @Arg('orderBy', () => [PlanIndicatorOrderBy], { nullable: true }) orderBy: PlanIndicatorOrderBy[] | undefined,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<PlanIndicatorConnection> {
    return listConnection<PlanIndicator>(ctx, 'PlanIndicator', { where, orderBy, page }, info);
  }

  @FieldResolver(() => Document, { nullable: true, description: 'The document (文件) this was read from.' })
  document(@Root() root: PlanIndicator, @Ctx() ctx: Context): Promise<Document | null> {
    return ctx.loaders.one<Document>('plan-indicator-document', root.key);
  }

  @FieldResolver(() => [ServesLink], { description: 'Yearly work targets serving this indicator (inferred links).' })
  targets(@Root() root: PlanIndicator, @Ctx() ctx: Context): Promise<ServesLink[]> {
    return resolveLinks<ServesLink>(ctx, 'PlanIndicator.targets', root);
  }
}
