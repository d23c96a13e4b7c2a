import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, Info, Query, Resolver, Root } from 'type-graphql';
import { listConnection } from '../common/list-connection.js';
import { nodeByKey } from '../common/node-by-key.js';
import { PageArgs } from '../common/page-args.js';
import type { Context } from '../context.js';
import { Document } from '../document/document.type.js';
import { ServesLink } from '../links/serves-link.type.js';
import { resolveLinks } from '../links/link-fields.js';
import { TargetOrderBy, TargetWhere } from './target.inputs.js';
import { Target, TargetConnection } from './target.type.js';

@Resolver(() => Target)
export class TargetResolver {
  @Query(() => Target, { nullable: true, description: 'The Target with this key, or null when there is none.' })
  target(@Arg('key', () => String) key: string, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<Target | null> {
    return nodeByKey<Target>(ctx, 'Target', key, info);
  }

  @Query(() => TargetConnection, { description: 'A page of targets, filtered and sorted.' })
  targets(
    @Arg('where', () => TargetWhere, { nullable: true }) where: TargetWhere | undefined,
    @Arg('orderBy', () => [TargetOrderBy], { nullable: true }) orderBy: TargetOrderBy[] | undefined,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<TargetConnection> {
    return listConnection<Target>(ctx, 'Target', { where, orderBy, page }, info);
  }

  @FieldResolver(() => Document, { nullable: true, description: 'The document (文件) this was read from.' })
  document(@Root() root: Target, @Ctx() ctx: Context): Promise<Document | null> {
    return ctx.loaders.one<Document>('target-document', root.key);
  }

  @FieldResolver(() => [ServesLink], { description: 'Plan indicators this target serves (inferred links).' })
  planIndicators(@Root() root: Target, @Ctx() ctx: Context): Promise<ServesLink[]> {
    return resolveLinks<ServesLink>(ctx, 'Target.planIndicators', root);
  }
}
