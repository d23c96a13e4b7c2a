import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import { searchNames } from '../../graph/analytics/search.js';
import type { Context } from '../context.js';
import { SearchLabel } from './analytics-enums.js';
import { badInput } from './bad-input.js';
import { SearchHit } from './search-hit.type.js';

const MAX_HITS = 200;

@Resolver()
export class SearchResolver {
  @Query(() => [SearchHit], {
    description:
      'Ranked search over names (Chinese) in every document: governments, departments, units, projects, subject codes, indicators, plan indicators, documents. Lucene syntax in the text is matched literally; one character is matched with CONTAINS.',
  })
  search(
    @Arg('text', () => String) text: string,
    @Arg('labels', () => [SearchLabel], { nullable: true, description: 'Default: all.' }) labels: SearchLabel[] | null,
    @Arg('first', () => Int, { defaultValue: 20, description: `At most ${MAX_HITS}.` }) first: number,
    @Ctx() ctx: Context,
  ): Promise<SearchHit[]> {
    if (first < 1 || first > MAX_HITS) throw badInput(`first must be between 1 and ${MAX_HITS}.`);
    return searchNames(ctx.db, text, labels ?? [], first);
  }
}
