import { relationStatement, type NodeProps } from '../../graph/queries/api-nodes.js';
import type { EntityName } from '../../graph/query-builder/entities.js';
import type { Context } from '../context.js';
import { detached } from '../prefetch/prefetched.js';
import { inferredOf } from './inferred-link.js';

/**
 * A relationship field whose items are link objects (FundsLink, ServesLink, UnitListing): the
 * relationship's own properties, the related node at one end and the parent at the other. Read
 * by its resolver through the relationship's static statement, or fetched ahead with the parent
 * (src/api/prefetch).
 */
export interface LinkField {
  /** The relationship of ENTITIES[parent type] the field follows. */
  relation: string;
  /** The link type's field holding the related node, and the one holding the parent. */
  nodeEnd: string;
  parentEnd: string;
  /** The link type's own fields, from the relationship's properties. */
  props: (link: NodeProps) => Record<string, unknown>;
}

const intOrNull = (v: unknown) => (typeof v === 'number' ? v : null);
const strOrNull = (v: unknown) => (typeof v === 'string' ? v : null);

/** LISTS_UNIT: funding type, staff count and year of one listing, and the row it was read from. */
const listingOf = (link: NodeProps) => ({ fundingType: strOrNull(link.fundingType), staffCount: intOrNull(link.staffCount), year: intOrNull(link.year), startLine: intOrNull(link.startLine) });

/** The link fields of the API, by `<ParentType>.<field>`. */
export const LINK_FIELDS: Record<string, LinkField> = {
  'Document.unitListings': { relation: 'units', nodeEnd: 'unit', parentEnd: 'document', props: listingOf },
  'Unit.listings': { relation: 'documents', nodeEnd: 'document', parentEnd: 'unit', props: listingOf },
  'ProjectBudget.transfers': { relation: 'transfers', nodeEnd: 'transfer', parentEnd: 'projectBudget', props: inferredOf },
  'TransferPayment.fundedBudgets': { relation: 'fundedBudgets', nodeEnd: 'projectBudget', parentEnd: 'transfer', props: inferredOf },
  'Target.planIndicators': { relation: 'planIndicators', nodeEnd: 'planIndicator', parentEnd: 'target', props: inferredOf },
  'PlanIndicator.targets': { relation: 'targets', nodeEnd: 'target', parentEnd: 'planIndicator', props: inferredOf },
};

/** One link object: its own fields, the related node, and the parent whole (without its own nested answers). */
export function linkObject(field: LinkField, parent: object, node: object, link: NodeProps): Record<string, unknown> {
  return { ...field.props(link), [field.nodeEnd]: node, [field.parentEnd]: detached(parent) };
}

/** A link field of `root` through the request's DataLoader for its statement. */
export async function resolveLinks<T>(ctx: Context, name: keyof typeof LINK_FIELDS, root: { key: string }): Promise<T[]> {
  const field = LINK_FIELDS[name]!;
  const items = await ctx.loaders.links<NodeProps>(relationStatement(name.split('.')[0] as EntityName, field.relation), root.key);
  return items.map((i) => linkObject(field, root, i.node, i.link) as T);
}
