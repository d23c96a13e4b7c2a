import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import { ComparisonInputError, compareIndicator, compareProject, compareSubjectCode, compareUnit, type Comparison as ComparisonData } from '../../graph/analytics/comparison.js';
import { statedChanges } from '../../graph/analytics/stated-changes.js';
import type { Context } from '../context.js';
import { CodeScheme, Direction, TableRole } from './analytics-enums.js';
import { badInput } from './bad-input.js';
import { Comparison } from './comparison.type.js';
import { StatedChange } from './stated-change.type.js';

async function asBadInput(work: Promise<ComparisonData>): Promise<ComparisonData> {
  try {
    return await work;
  } catch (e) {
    if (e instanceof ComparisonInputError) throw badInput(e.message);
    throw e;
  }
}

@Resolver()
export class ComparisonResolver {
  @Query(() => Comparison, { description: "A subject code's amount (its leaf facts rolled up by prefix, 万元) per document, across years and cities." })
  compareSubjectCode(
    @Arg('code', () => String, { description: '3, 5 or 7 digits (类/款/项).' }) code: string,
    @Arg('scheme', () => CodeScheme, { defaultValue: 'FUNCTIONAL' }) scheme: CodeScheme,
    @Arg('years', () => [Int], { nullable: true }) years: number[] | null,
    @Arg('cities', () => [String], { nullable: true }) cities: string[] | null,
    @Arg('tableRole', () => TableRole, { nullable: true, description: 'Default: the aggregation default (EXPENDITURE_SUMMARY first).' }) tableRole: TableRole | null,
    @Arg('direction', () => Direction, { nullable: true, description: 'Default EXPENDITURE.' }) direction: Direction | null,
    @Ctx() ctx: Context,
  ): Promise<Comparison> {
    return asBadInput(
      compareSubjectCode(ctx.db, { scheme, code, years: years ?? undefined, cities: cities ?? undefined, tableRoles: tableRole ? [tableRole] : undefined, direction }),
    );
  }

  @Query(() => Comparison, { description: "A project's total, fiscal and other funds (万元) in every document that budgets it." })
  compareProject(@Arg('project', () => String, { description: 'Project key, or its name (all departments).' }) project: string, @Ctx() ctx: Context): Promise<Comparison> {
    return compareProject(ctx.db, project);
  }

  @Query(() => Comparison, { description: "A budget unit's money per direction (its leaf facts in the default tables, 万元) and staff count, per document." })
  compareUnit(
    @Arg('unit', () => String, { description: 'Unit key or name.' }) unit: string,
    @Arg('direction', () => Direction, { nullable: true, description: 'Default: both directions as separate series.' }) direction: Direction | null,
    @Ctx() ctx: Context,
  ): Promise<Comparison> {
    return compareUnit(ctx.db, unit, direction);
  }

  @Query(() => Comparison, { description: "A performance indicator's target across documents: of a project, or (no project) of a department or fund." })
  compareIndicator(
    @Arg('name', () => String, { description: 'Level-3 indicator name as printed.' }) name: string,
    @Arg('project', () => String, { nullable: true, description: 'Project key or name; omit for department or fund indicators.' }) project: string | null,
    @Arg('cities', () => [String], { nullable: true }) cities: string[] | null,
    @Ctx() ctx: Context,
  ): Promise<Comparison> {
    return compareIndicator(ctx.db, name, project, cities);
  }

  @Query(() => [StatedChange], { description: 'Figures stated in prose with a change against last year, and whether the stated percentage reproduces.' })
  statedChanges(
    @Arg('documentKey', () => String, { nullable: true }) documentKey: string | null,
    @Arg('city', () => String, { nullable: true }) city: string | null,
    @Arg('year', () => Int, { nullable: true }) year: number | null,
    @Ctx() ctx: Context,
  ): Promise<StatedChange[]> {
    return statedChanges(ctx.db, { documentKey, city, year });
  }
}
