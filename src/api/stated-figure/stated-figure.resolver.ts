import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, Info, Query, Resolver, Root } from 'type-graphql';
import { listConnection } from '../common/list-connection.js';
import { nodeByKey } from '../common/node-by-key.js';
import { PageArgs } from '../common/page-args.js';
import type { Context } from '../context.js';
import { Document } from '../document/document.type.js';
import { StatedFigureOrderBy, StatedFigureWhere } from './stated-figure.inputs.js';
import { StatedFigure, StatedFigureConnection } from './stated-figure.type.js';

@Resolver(() => StatedFigure)
export class StatedFigureResolver {
  @Query(() => StatedFigure, { nullable: true, description: 'The StatedFigure with this key, or null when there is none.' })
  statedFigure(@Arg('key', () => String) key: string, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<StatedFigure | null> {
    return nodeByKey<StatedFigure>(ctx, 'StatedFigure', key, info);
  }

  @Query(() => StatedFigureConnection, { description: 'A page of statedFigures, filtered and sorted.' })
  statedFigures(
    @Arg('where', () => StatedFigureWhere, { nullable: true }) where: StatedFigureWhere | undefined,
    @Arg('orderBy', () => [StatedFigureOrderBy], { nullable: true }) orderBy: StatedFigureOrderBy[] | undefined,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<StatedFigureConnection> {
    return listConnection<StatedFigure>(ctx, 'StatedFigure', { where, orderBy, page }, info);
  }

  @FieldResolver(() => Document, { nullable: true, description: 'The document (文件) this was read from.' })
  document(@Root() root: StatedFigure, @Ctx() ctx: Context): Promise<Document | null> {
    return ctx.loaders.one<Document>('stated-figure-document', root.key);
  }
}
