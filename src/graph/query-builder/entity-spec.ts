/** Kinds of scalar properties a list can filter and sort on. */
export type ScalarKind = 'STRING' | 'INT' | 'DECIMAL' | 'BOOLEAN';

/** A filterable, sortable property: its GraphQL field name maps to the stored property. */
export interface FieldSpec {
  property: string;
  kind: ScalarKind;
}

/** One relationship hop from an entity, as Cypher pattern parts (closed: written in code). */
export interface RelationSpec<Name extends string = string> {
  type: string;
  /** OUT: (n)-[:TYPE]->(m); IN: (n)<-[:TYPE]-(m). */
  direction: 'OUT' | 'IN';
  target: Name;
  /** Order of the related nodes in relationship fields (stored properties); default: the target's source order. */
  orderBy?: readonly string[];
}

/**
 * Source order: where the node was printed, then code, name and key (nodes without lines sort by
 * the rest). Each label sorts on those of these properties its nodes carry (entities.ts).
 */
export const SOURCE_ORDER = ['startLine', 'code', 'name', 'key'] as const;
export type SourceOrderProperty = (typeof SOURCE_ORDER)[number];

export interface EntitySpec<Name extends string = string> {
  label: string;
  fields: Record<string, FieldSpec>;
  /** Relationship conditions of the where input: `<name>Some` / `<name>None`. */
  relations: Record<string, RelationSpec<Name>>;
}

export const str = (property: string): FieldSpec => ({ property, kind: 'STRING' });
export const int = (property: string): FieldSpec => ({ property, kind: 'INT' });
export const dec = (property: string): FieldSpec => ({ property, kind: 'DECIMAL' });
export const bool = (property: string): FieldSpec => ({ property, kind: 'BOOLEAN' });

/** key and the provenance lines every per-document node carries. */
export const provenance = { startLine: int('startLine'), endLine: int('endLine') };
