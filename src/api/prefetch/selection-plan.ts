import { getNamedType, getNullableType, isLeafType, isListType, isObjectType, type GraphQLObjectType, type GraphQLOutputType, type GraphQLResolveInfo } from 'graphql';
import { parseResolveInfo, type FieldsByTypeName, type ResolveTree } from 'graphql-parse-resolve-info';
import { ENTITIES, type EntityName } from '../../graph/query-builder/entities.js';
import type { RelationSelection, SelectionTree } from '../../graph/query-builder/build-selection-query.js';
import type { WhereInput } from '../../graph/query-builder/where-input.js';
import { LINK_FIELDS } from '../links/link-fields.js';

/** Where the entity nodes sit in a field's value: the value itself, a list of them, or a connection's edges. */
export type Shape = 'node' | 'list' | 'connection';

export interface SelectionPlan {
  shape: Shape;
  tree: SelectionTree;
  /** A connection whose totalCount or pageInfo is selected: the list must count every match. */
  total: boolean;
}

const isEntity = (name: string): name is EntityName => Object.hasOwn(ENTITIES, name);

/** The entity node type of a connection type (`<Node>Connection { edges { node } }`), if it is one. */
function connectionNode(type: GraphQLObjectType): GraphQLObjectType | null {
  const edges = type.getFields().edges;
  const edge = edges && getNamedType(edges.type);
  const node = edge && isObjectType(edge) ? edge.getFields().node : undefined;
  const named = node && getNamedType(node.type);
  return named && isObjectType(named) && isEntity(named.name) ? named : null;
}

/** How a field's value carries entity nodes, or null when it carries none (scalars, analytics rows …). */
export function entityShape(type: GraphQLOutputType): { shape: Shape; node: GraphQLObjectType } | null {
  const named = getNamedType(type);
  if (!isObjectType(named)) return null;
  if (isEntity(named.name)) return { shape: isListType(getNullableType(type)) ? 'list' : 'node', node: named };
  const node = connectionNode(named);
  return node ? { shape: 'connection', node } : null;
}

/** The only selection under `fields` named `name`, or null when it is absent or asked for twice (aliases). */
function single(fields: Record<string, ResolveTree> | undefined, name: string): ResolveTree | null {
  const found = Object.values(fields ?? {}).filter((f) => f.name === name);
  return found.length === 1 ? found[0]! : null;
}

/**
 * What a selection on an entity type reads: scalar fields become stored properties (named as the
 * field, or as ENTITIES says where the type renames one); a relationship field (one of
 * ENTITIES[entity].relations whose GraphQL type is the related entity itself, taking at most a
 * `where`) is followed with its own selection, and so is a link field (LINK_FIELDS), whose items
 * also hand this node on as their parent end (read whole when the query reads that end). Every
 * other field is left to its resolver, which needs only the node's key: the tree is then keyed
 * (as a root is).
 */
function treeOf(type: GraphQLObjectType, fields: Record<string, ResolveTree>, root = false): SelectionTree {
  const entity = type.name as EntityName;
  const spec = ENTITIES[entity];
  const properties = new Set<string>();
  const relations: RelationSelection[] = [];
  let allProperties = false;
  let keyed = root;
  const defs = type.getFields();
  for (const [responseKey, sel] of Object.entries(fields)) {
    const def = defs[sel.name];
    if (!def) continue; // __typename
    const named = getNamedType(def.type);
    if (isLeafType(named)) {
      // The spec names the stored property where the field is renamed (TransferPayment.payerName → payer).
      if (def.args.length === 0) properties.add(spec.fields[sel.name]?.property ?? sel.name);
      else keyed = true;
      continue;
    }
    const link = LINK_FIELDS[`${entity}.${sel.name}`];
    if (link && isObjectType(named)) {
      // A link object hands this node on as its parent end: whole, when the query reads that end
      // (its fields then resolve as on any node); below its node end, the node's selection.
      const onLink = Object.values(sel.fieldsByTypeName[named.name] ?? {});
      if (onLink.some((f) => f.name === link.parentEnd)) allProperties = true;
      const ends = onLink.filter((f) => f.name === link.nodeEnd);
      const nodeType = getNamedType(named.getFields()[link.nodeEnd]!.type) as GraphQLObjectType;
      // The node end asked for twice under two aliases: left to the resolver (no merging of selections).
      if (ends.length > 1 || def.args.length > 0) {
        keyed = true;
        continue;
      }
      relations.push({ field: responseKey, relation: link.relation, one: false, link: `${entity}.${sel.name}`, selection: treeOf(nodeType, ends[0]?.fieldsByTypeName[nodeType.name] ?? {}) });
      continue;
    }
    const rel = spec.relations[sel.name];
    const onlyWhere = def.args.every((a) => a.name === 'where');
    if (!rel || !isObjectType(named) || named.name !== rel.target || !onlyWhere) {
      keyed = true;
      continue;
    }
    relations.push({
      field: responseKey,
      relation: sel.name,
      one: !isListType(getNullableType(def.type)),
      where: (sel.args.where as WhereInput | undefined) ?? null,
      selection: treeOf(named, sel.fieldsByTypeName[named.name] ?? {}),
    });
  }
  return { entity, properties: [...properties], keyed, relations, allProperties };
}

/**
 * What the query selects below the entity nodes a field returns, or null when the field returns
 * none or in a shape this does not read (a connection asked for `edges` twice under two aliases).
 */
export function planSelection(info: GraphQLResolveInfo): SelectionPlan | null {
  const found = entityShape(info.returnType);
  if (!found) return null;
  const parsed = parseResolveInfo(info) as ResolveTree | null | undefined;
  if (!parsed) return null;
  let fields: FieldsByTypeName = parsed.fieldsByTypeName;
  let total = false;
  if (found.shape === 'connection') {
    const onConnection = Object.values(fields)[0];
    total = Object.values(onConnection ?? {}).some((f) => f.name === 'totalCount' || f.name === 'pageInfo');
    const edges = single(onConnection, 'edges');
    const node = edges && single(Object.values(edges.fieldsByTypeName)[0], 'node');
    if (!node) return null;
    fields = node.fieldsByTypeName;
  }
  return { shape: found.shape, tree: treeOf(found.node, fields[found.node.name] ?? {}, true), total };
}
