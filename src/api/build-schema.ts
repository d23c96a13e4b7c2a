import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { withNestedFetch } from './prefetch/wrap-schema.js';
import { DepartmentResolver } from './department/department.resolver.js';
import { DocumentResolver } from './document/document.resolver.js';
import { FactResolver } from './fact/fact.resolver.js';
import { FundSourceResolver } from './fund-source/fund-source.resolver.js';
import { GovernmentResolver } from './government/government.resolver.js';
import { IndicatorResolver } from './indicator/indicator.resolver.js';
import { PlanIndicatorResolver } from './plan-indicator/plan-indicator.resolver.js';
import { ProjectBudgetResolver } from './project-budget/project-budget.resolver.js';
import { ProjectResolver } from './project/project.resolver.js';
import { SourceTableResolver } from './source-table/source-table.resolver.js';
import { StatedFigureResolver } from './stated-figure/stated-figure.resolver.js';
import { AggregateResolver } from './analytics/aggregate.resolver.js';
import { ComparisonResolver } from './analytics/comparison.resolver.js';
import { SearchResolver } from './analytics/search.resolver.js';
import { ValidationReportResolver } from './analytics/validation-report.resolver.js';
import { StatusResolver } from './status/status.resolver.js';
import { SubjectCodeResolver } from './subject-code/subject-code.resolver.js';
import { TargetResolver } from './target/target.resolver.js';
import { TransferPaymentResolver } from './transfer-payment/transfer-payment.resolver.js';
import { UnitResolver } from './unit/unit.resolver.js';
import { ValidationIssueResolver } from './validation-issue/validation-issue.resolver.js';

/** The resolvers that make up the API; the emitted schema/schema.graphql is built from these. */
export const resolvers = [
  DepartmentResolver,
  DocumentResolver,
  FactResolver,
  FundSourceResolver,
  GovernmentResolver,
  IndicatorResolver,
  PlanIndicatorResolver,
  ProjectBudgetResolver,
  ProjectResolver,
  SourceTableResolver,
  StatedFigureResolver,
  StatusResolver,
  SubjectCodeResolver,
  TargetResolver,
  TransferPaymentResolver,
  UnitResolver,
  ValidationIssueResolver,
  // Analytics: aggregation, comparison, search, validation report and provenance.
  AggregateResolver,
  ComparisonResolver,
  SearchResolver,
  ValidationReportResolver,
] as const;

export async function buildApiSchema(): Promise<GraphQLSchema> {
  // Validation of inputs is done by the resolvers' own input types; class-validator is not used.
  return withNestedFetch(await buildSchema({ resolvers, validate: false }));
}
