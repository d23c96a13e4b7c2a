import DataLoader from 'dataloader';
import type { GraphExecutor } from '../../graph/executor.js';
import { nodesByKeys, relatedByKeys, relatedWhereByKeys, type NodeProps, type RelatedItem } from '../../graph/queries/api-nodes.js';
import type { RelationName } from '../../graph/queries/api-relations.js';
import type { EntityName } from '../../graph/query-builder/entities.js';
import type { WhereInput } from '../../graph/query-builder/where-input.js';

/**
 * The DataLoaders of one request (never shared between requests: no stale or foreign data):
 * one per entity for lookups by key, one per relationship field. Each is created on first use;
 * each batch is one `UNWIND $keys` statement answered in key order.
 *
 * Loaders hand back stored property maps; the GraphQL object types declare exactly those
 * properties, so the one cast from NodeProps to a type lives here.
 */
export class GraphLoaders {
  private readonly nodes = new Map<EntityName, DataLoader<string, NodeProps | null>>();
  private readonly relations = new Map<RelationName, DataLoader<string, RelatedItem[]>>();
  /** Filtered relationship fields: one loader per field and where (siblings with the same where batch together). */
  private readonly filtered = new Map<string, DataLoader<string, RelatedItem[]>>();

  constructor(private readonly db: GraphExecutor) {}

  private nodeLoader(entity: EntityName): DataLoader<string, NodeProps | null> {
    let l = this.nodes.get(entity);
    if (!l) {
      l = new DataLoader((keys) => nodesByKeys(this.db, entity, keys));
      this.nodes.set(entity, l);
    }
    return l;
  }

  private relationLoader(relation: RelationName): DataLoader<string, RelatedItem[]> {
    let l = this.relations.get(relation);
    if (!l) {
      l = new DataLoader((keys) => relatedByKeys(this.db, relation, keys));
      this.relations.set(relation, l);
    }
    return l;
  }

  /** The node of an entity with this key, or null. */
  async byKey<T>(entity: EntityName, key: string): Promise<T | null> {
    return (await this.nodeLoader(entity).load(key)) as T | null;
  }

  /** Remembers nodes a list already read, so a later lookup by key costs nothing. */
  prime(entity: EntityName, nodes: NodeProps[]): void {
    const l = this.nodeLoader(entity);
    for (const n of nodes) l.prime(String(n.key), n);
  }

  /** The related nodes of `key` through a relationship field. */
  async many<T>(relation: RelationName, key: string): Promise<T[]> {
    return (await this.relationLoader(relation).load(key)).map((i) => i.node as T);
  }

  /** The related nodes of `key` through a relationship field that match `where`. */
  async manyWhere<T>(entity: EntityName, relation: string, where: object, key: string): Promise<T[]> {
    const id = `${entity}.${relation}:${JSON.stringify(where)}`;
    let l = this.filtered.get(id);
    if (!l) {
      l = new DataLoader((keys) => relatedWhereByKeys(this.db, entity, relation, where as WhereInput, keys));
      this.filtered.set(id, l);
    }
    return (await l.load(key)).map((i) => i.node as T);
  }

  /** The related node of a to-one relationship field, or null. */
  async one<T>(relation: RelationName, key: string): Promise<T | null> {
    const [first] = await this.relationLoader(relation).load(key);
    return first ? (first.node as T) : null;
  }

  /** Related nodes with the properties of the relationship that reached them. */
  async links<T>(relation: RelationName, key: string): Promise<{ node: T; link: NodeProps }[]> {
    return (await this.relationLoader(relation).load(key)).map((i) => ({ node: i.node as T, link: i.link }));
  }
}
