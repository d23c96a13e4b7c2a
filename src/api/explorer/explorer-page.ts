import type { ExplorerExample } from './explorer-examples.js';

/** JSON safe inside <script>: `<` escaped, so no `</script>` or `<!--` in an example ends the block. */
const scriptJson = (value: unknown): string => JSON.stringify(value).replace(/</g, '\\u003c');

/**
 * The explorer's HTML: every URL in it is a path on this server (assets under /explorer/assets/,
 * queries to /graphql), so it works with the network cut. The examples travel inside the page
 * as inert JSON that explorer-client.js reads.
 */
export function explorerPage(examples: readonly ExplorerExample[]): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>budget-graph explorer</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/explorer/assets/graphiql.min.css">
<link rel="stylesheet" href="/explorer/assets/explorer.css">
</head>
<body>
<div id="explorer">Loading the explorer…</div>
<script id="explorer-examples" type="application/json">${scriptJson(examples)}</script>
<script src="/explorer/assets/react.production.min.js"></script>
<script src="/explorer/assets/react-dom.production.min.js"></script>
<script src="/explorer/assets/graphiql.min.js"></script>
<script src="/explorer/assets/explorer-client.js"></script>
</body>
</html>
`;
}

/**
 * Only this server's own files: a guarantee (enforced by the browser) that the page never loads
 * anything from elsewhere. Inline styles are allowed because GraphiQL's components set them.
 */
export const EXPLORER_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "frame-ancestors 'self'",
].join('; ');
