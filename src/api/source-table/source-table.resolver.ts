import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, Info, Query, Resolver, Root } from 'type-graphql';
import { listConnection } from '../common/list-connection.js';
import { nodeByKey } from '../common/node-by-key.js';
import { PageArgs } from '../common/page-args.js';
import type { Context } from '../context.js';
import { Document } from '../document/document.type.js';
import { Fact } from '../fact/fact.type.js';
import { FactWhere } from '../fact/fact.inputs.js';
import { SourceTableOrderBy, SourceTableWhere } from './source-table.inputs.js';
import { SourceTable, SourceTableConnection } from './source-table.type.js';

@Resolver(() => SourceTable)
export class SourceTableResolver {
  @Query(() => SourceTable, { nullable: true, description: 'The SourceTable with this key, or null when there is none.' })
  sourceTable(@Arg('key', () => String) key: string, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<SourceTable | null> {
    return nodeByKey<SourceTable>(ctx, 'SourceTable', key, info);
  }

  @Query(() => SourceTableConnection, { description: 'A page of sourceTables, filtered and sorted.' })
  sourceTables(
    @Arg('where', () => SourceTableWhere, { nullable: true }) where: SourceTableWhere | undefined,
    @Arg('orderBy', () => [SourceTableOrderBy], { nullable: true }) orderBy: SourceTableOrderBy[] | undefined,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<SourceTableConnection> {
    return listConnection<SourceTable>(ctx, 'SourceTable', { where, orderBy, page }, info);
  }

  @FieldResolver(() => Document, { nullable: true, description: 'The document (文件) this was read from.' })
  document(@Root() root: SourceTable, @Ctx() ctx: Context): Promise<Document | null> {
    return ctx.loaders.one<Document>('source-table-document', root.key);
  }

  @FieldResolver(() => [Fact], { description: 'Money facts read from the table.' })
  facts(
    @Root() root: SourceTable,
    @Arg('where', () => FactWhere, { nullable: true, description: 'Only the related nodes matching this.' }) where: FactWhere | undefined,
    @Ctx() ctx: Context,
  ): Promise<Fact[]> {
    return where ? ctx.loaders.manyWhere<Fact>('SourceTable', 'facts', where, root.key) : ctx.loaders.many<Fact>('source-table-facts', root.key);
  }
}
