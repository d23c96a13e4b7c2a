import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, Info, Query, Resolver, Root } from 'type-graphql';
import { listConnection } from '../common/list-connection.js';
import { nodeByKey } from '../common/node-by-key.js';
import { PageArgs } from '../common/page-args.js';
import type { Context } from '../context.js';
import { Document } from '../document/document.type.js';
import { Fact } from '../fact/fact.type.js';
import { FactWhere } from '../fact/fact.inputs.js';
import { ValidationIssueOrderBy, ValidationIssueWhere } from './validation-issue.inputs.js';
import { ValidationIssue, ValidationIssueConnection } from './validation-issue.type.js';

@Resolver(() => ValidationIssue)
export class ValidationIssueResolver {
  @Query(() => ValidationIssue, { nullable: true, description: 'The ValidationIssue with this key, or null when there is none.' })
  validationIssue(@Arg('key', () => String) key: string, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<ValidationIssue | null> {
    return nodeByKey<ValidationIssue>(ctx, 'ValidationIssue', key, info);
  }

  @Query(() => ValidationIssueConnection, { description: 'A page of validationIssues, filtered and sorted.' })
  validationIssues(
    @Arg('where', () => ValidationIssueWhere, { nullable: true }) where: ValidationIssueWhere | undefined,
    @Arg('orderBy', () => [ValidationIssueOrderBy], { nullable: true }) orderBy: ValidationIssueOrderBy[] | undefined,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<ValidationIssueConnection> {
    return listConnection<ValidationIssue>(ctx, 'ValidationIssue', { where, orderBy, page }, info);
  }

  @FieldResolver(() => Document, { nullable: true, description: 'The document (文件) this was read from.' })
  document(@Root() root: ValidationIssue, @Ctx() ctx: Context): Promise<Document | null> {
    return ctx.loaders.one<Document>('validation-issue-document', root.key);
  }

  @FieldResolver(() => [Fact], { description: 'The facts involved.' })
  facts(
    @Root() root: ValidationIssue,
    @Arg('where', () => FactWhere, { nullable: true, description: 'Only the related nodes matching this.' }) where: FactWhere | undefined,
    @Ctx() ctx: Context,
  ): Promise<Fact[]> {
    return where ? ctx.loaders.manyWhere<Fact>('ValidationIssue', 'facts', where, root.key) : ctx.loaders.many<Fact>('validation-issue-facts', root.key);
  }
}
