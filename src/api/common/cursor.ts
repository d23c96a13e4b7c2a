import { BadUserInputError } from '../../errors.js';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, type PageArgs } from './page-args.js';

/**
 * Cursors are opaque to clients: base64url of "pos:<n>", n = the node's 1-based position in the
 * filtered, sorted list (ties broken by key, so positions are stable while the graph is).
 */
const PREFIX = 'pos:';

export function encodeCursor(position: number): string {
  return Buffer.from(`${PREFIX}${position}`, 'utf8').toString('base64url');
}

function decodeCursor(cursor: string): number {
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  const n = text.startsWith(PREFIX) ? Number(text.slice(PREFIX.length)) : NaN;
  if (!Number.isSafeInteger(n) || n < 0 || encodeCursor(n) !== cursor) {
    throw new BadUserInputError(`after: "${cursor}" is not a cursor this API issued; pass a pageInfo.endCursor or edge cursor.`);
  }
  return n;
}

/** first/after → nodes to skip and to take, or BAD_USER_INPUT naming the argument. */
export function parsePage(args: PageArgs): { skip: number; take: number } {
  const take = args.first ?? DEFAULT_PAGE_SIZE;
  if (take < 0) throw new BadUserInputError(`first: must be 0 or more (got ${take}).`);
  if (take > MAX_PAGE_SIZE) throw new BadUserInputError(`first: at most ${MAX_PAGE_SIZE} nodes per page (got ${take}); page with \`after\`.`);
  return { skip: args.after ? decodeCursor(args.after) : 0, take };
}
