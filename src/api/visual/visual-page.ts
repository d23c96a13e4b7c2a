/**
 * The visual explorer's HTML shell: the views are drawn by /visual/assets/visual.js from the
 * public /graphql API. Every URL is a path on this server; without JavaScript the page still
 * links to GraphiQL, the docs and the exports.
 */
export function visualPage(): string {
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>预算图谱 · 可视化浏览 budget-graph visual explorer</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/visual/assets/visual.css">
</head>
<body>
<header class="site">
  <h1>预算图谱 <span lang="en">budget-graph</span> · 可视化浏览 <span lang="en">Visual explorer</span></h1>
  <nav aria-label="其他入口 Other tools">
    <a href="/explorer">GraphiQL 查询 <span lang="en">GraphQL explorer</span></a>
    <a href="/export/queries">数据导出 <span lang="en">Exports (CSV/JSON)</span></a>
    <a href="/export/fiscal-data-package">财政数据包 <span lang="en">Fiscal Data Package</span></a>
    <a href="/healthz">状态 <span lang="en">Health</span></a>
  </nav>
  <p class="docs">说明文档 <span lang="en">Docs</span>: <code>docs/visual-explorer.md</code>, <code>docs/schema-guide.md</code>, <code>docs/exports.md</code></p>
</header>
<main id="visual"><p class="loading">正在加载… <span lang="en">Loading…</span> (需要 JavaScript / needs JavaScript)</p></main>
<script type="module" src="/visual/assets/visual.js"></script>
</body>
</html>
`;
}

/**
 * Only this server's own files (enforced by the browser). Scripts: the bundle only, no inline
 * script and no eval (ECharts needs neither). Inline styles are allowed because ECharts positions
 * its tooltip with them.
 */
export const VISUAL_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "frame-ancestors 'self'",
].join('; ');
