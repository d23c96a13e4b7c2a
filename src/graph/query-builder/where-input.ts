/**
 * The shape of a where argument as the API hands it over (plain objects; the GraphQL input types
 * guarantee the names). Field names map to the entity spec; `<relation>Some` / `<relation>None`
 * hold a where of the related entity.
 */
export interface ScalarFilterInput {
  equals?: unknown;
  in?: unknown[] | null;
  contains?: string | null;
  startsWith?: string | null;
  gt?: unknown;
  gte?: unknown;
  lt?: unknown;
  lte?: unknown;
}

export interface WhereInput {
  AND?: WhereInput[] | null;
  OR?: WhereInput[] | null;
  NOT?: WhereInput | null;
  [field: string]: unknown;
}

export type SortDirection = 'ASC' | 'DESC';

export interface OrderByInput {
  /** A field name of the entity spec (the GraphQL enum's internal value). */
  field: string;
  direction: SortDirection;
}
