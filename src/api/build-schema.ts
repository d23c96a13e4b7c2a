import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { AggregateResolver } from './analytics/aggregate.resolver.js';
import { ComparisonResolver } from './analytics/comparison.resolver.js';
import { SearchResolver } from './analytics/search.resolver.js';
import { ValidationIssueResolver } from './analytics/validation-issue.resolver.js';
import { StatusResolver } from './status/status.resolver.js';

/** The resolvers that make up the API; the emitted schema/schema.graphql is built from these. */
export const resolvers = [StatusResolver, AggregateResolver, ComparisonResolver, SearchResolver, ValidationIssueResolver] as const;

export function buildApiSchema(): Promise<GraphQLSchema> {
  // Validation of inputs is done by the resolvers' own input types; class-validator is not used.
  return buildSchema({ resolvers, validate: false });
}
