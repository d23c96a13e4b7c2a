import { Field, Float, ObjectType } from 'type-graphql';
import { SearchLabel } from './analytics-enums.js';
import { DocumentRef } from './document-ref.type.js';

@ObjectType({ description: 'A named node matching a search, best first.' })
export class SearchHit {
  @Field(() => SearchLabel)
  label!: SearchLabel;

  @Field(() => String)
  key!: string;

  @Field(() => String, { nullable: true })
  name!: string | null;

  @Field(() => Float, { description: 'Relevance (Lucene score; for one-character queries the share of the name the character covers).' })
  score!: number;

  @Field(() => [DocumentRef], { description: 'Documents the node appears in.' })
  documents!: DocumentRef[];
}
