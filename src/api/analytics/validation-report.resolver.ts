import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import { validationIssues } from '../../graph/analytics/issues.js';
import { provenanceOf } from '../../graph/analytics/provenance.js';
import type { Context } from '../context.js';
import { IssueStage, Severity } from './analytics-enums.js';
import { badInput } from './bad-input.js';
import { Provenance } from './provenance.type.js';
import { ValidationIssueRow } from './validation-issue.type.js';

const MAX_ISSUES = 500;
const MAX_KEYS = 1000;

@Resolver()
export class ValidationReportResolver {
  @Query(() => [ValidationIssueRow], { description: 'Issues found in the documents, with expected/actual/difference, lines and the facts involved. Filters are optional.' })
  validationReport(
    @Arg('documentKey', () => String, { nullable: true }) documentKey: string | null,
    @Arg('city', () => String, { nullable: true }) city: string | null,
    @Arg('year', () => Int, { nullable: true }) year: number | null,
    @Arg('rule', () => String, { nullable: true }) rule: string | null,
    @Arg('severity', () => Severity, { nullable: true }) severity: Severity | null,
    @Arg('stage', () => IssueStage, { nullable: true }) stage: IssueStage | null,
    @Arg('first', () => Int, { defaultValue: 100, description: `At most ${MAX_ISSUES}.` }) first: number,
    @Arg('offset', () => Int, { defaultValue: 0 }) offset: number,
    @Ctx() ctx: Context,
  ): Promise<ValidationIssueRow[]> {
    if (first < 1 || first > MAX_ISSUES) throw badInput(`first must be between 1 and ${MAX_ISSUES}.`);
    if (offset < 0) throw badInput('offset must not be negative.');
    return validationIssues(ctx.db, { documentKey, city, year, rule, severity, stage }, first, offset);
  }

  @Query(() => [Provenance], { description: 'Where each keyed node (a fact, project budget, indicator …) was read, in the order of keys; unknown keys are left out.' })
  provenance(@Arg('keys', () => [String], { description: `At most ${MAX_KEYS}.` }) keys: string[], @Ctx() ctx: Context): Promise<Provenance[]> {
    if (keys.length > MAX_KEYS) throw badInput(`Ask for at most ${MAX_KEYS} keys at a time.`);
    return provenanceOf(ctx.db, keys);
  }
}
