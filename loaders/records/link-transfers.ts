import type { ProjectRecord, TransferRecord } from './types.js';

/**
 * Infers which project a transfer funds: exactly one project whose fiscal funds (or total funds)
 * equal the transfer amount. The link is marked as inferred; ambiguous or missing matches stay null.
 */
export function linkTransfersToProjects(transfers: TransferRecord[], projects: readonly ProjectRecord[]): void {
  for (const t of transfers) {
    const matches = projects.filter((p) => p.fiscalFunds === t.amount || (p.fiscalFunds === null && p.totalFunds === t.amount));
    const only = matches.length === 1 ? matches[0] : undefined;
    t.projectKey = only?.key ?? null;
    t.projectLink = only ? 'INFERRED_AMOUNT_MATCH' : null;
  }
}
