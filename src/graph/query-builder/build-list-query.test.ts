import { describe, expect, it } from 'vitest';
import { BadUserInputError } from '../../errors.js';
import { buildListQuery } from './build-list-query.js';

// Captures generated Cypher only (no database): behaviour is asserted in tests/api-lists.test.ts.
describe('buildListQuery', () => {
  it('keeps every user value in parameters, never in the statement text', () => {
    const hostile = "x' }) DETACH DELETE n //";
    const { statement, params } = buildListQuery('Project', {
      where: { name: { contains: hostile }, budgetsSome: { totalFunds: { gte: '90.5' } }, NOT: { key: { in: [hostile] } } },
      orderBy: [{ field: 'name', direction: 'DESC' }],
      skip: 0,
      take: 10,
    });
    expect(statement.text).not.toContain(hostile);
    expect(Object.values(params)).toContain(hostile);
    // A top-level <relation>Some filter anchors the MATCH (each node kept once: DISTINCT), and
    // the matches are collected before the sort.
    expect(statement.text).toContain('MATCH (n:Project)<-[:OF_PROJECT]-(m0:ProjectBudget) WHERE');
    expect(statement.text).toContain('count(DISTINCT n)');
    expect(statement.text).toContain('WITH collect(DISTINCT n) AS matched UNWIND matched AS n WITH n ORDER BY');
    expect(Object.values(params)).toContain('90500000'); // 90.5 in millionths, compared as an integer
    expect(statement.text).toMatch(/ORDER BY n\.`name` DESC, n\.key ASC SKIP/);
  });

  it('refuses names outside the entity spec (programmer errors) and decimals finer than it compares', () => {
    expect(() => buildListQuery('Project', { where: { 'name` OR true //': { equals: 'x' } }, skip: 0, take: 1 })).toThrow(/no filter field/);
    expect(() => buildListQuery('Project', { orderBy: [{ field: 'nope', direction: 'ASC' }], skip: 0, take: 1 })).toThrow(/cannot sort/);
    expect(() => buildListQuery('Fact', { where: { amount: { equals: '1.0000001' } }, skip: 0, take: 1 })).toThrow(BadUserInputError);
  });
});
