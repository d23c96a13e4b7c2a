import { downloadCsv, type ShownTable } from './csv-download.js';
import { graphiqlHref } from './graphiql-link.js';
import type { RanQuery } from './graphql-client.js';

/** The document the selectors picked; every view draws from it. */
export interface DocumentChoice {
  key: string;
  city: string;
  year: number;
  kind: string;
  title: string;
  department: string;
}

/** One of the four views: draws itself into `host` for the chosen document. */
export interface View {
  id: string;
  title: string;
  render(host: HTMLElement, doc: DocumentChoice): Promise<void>;
}

type Child = Node | string | null | undefined | false;

/** document.createElement with attributes (a `on…` function is an event listener) and children. */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string | ((e: Event) => void)> = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (typeof v === 'function') e.addEventListener(k.slice(2), v);
    else e.setAttribute(k, v);
  }
  for (const c of children) if (c !== null && c !== undefined && c !== false) e.append(c);
  return e;
}

/**
 * A section with its heading and toolbar: "Open in GraphiQL" (the exact query it ran) and
 * "Download CSV" (exactly the table shown). `update` repoints both after a new query or drill.
 */
export function toolbar(name: string): { bar: HTMLElement; update(q: RanQuery, table: () => ShownTable): void } {
  const link = el('a', { class: 'graphiql-link', 'data-role': 'graphiql', target: '_blank' }, '在 GraphiQL 中打开 ', el('span', { lang: 'en' }, 'Open in GraphiQL'));
  let current: () => ShownTable = () => ({ columns: [], rows: [] });
  const button = el('button', { type: 'button', class: 'csv-button', 'data-role': 'csv', onclick: () => downloadCsv(current(), `${name}.csv`) }, '下载 CSV ', el('span', { lang: 'en' }, 'Download CSV'));
  return {
    bar: el('div', { class: 'toolbar' }, link, button),
    update(q, table) {
      link.href = graphiqlHref(q);
      current = table;
    },
  };
}

/** A real <table> of what the chart shows (keyboard and screen readers read this one). */
export function dataTable(table: ShownTable, caption: string, actions?: (rowIndex: number) => Node | null): HTMLTableElement {
  const numeric = (c: string) => c.includes('万元') || c.includes('%') || c.includes('Change');
  return el(
    'table',
    { class: 'data' },
    el('caption', {}, caption),
    el('thead', {}, el('tr', {}, ...table.columns.map((c) => el('th', { scope: 'col', class: numeric(c) ? 'num' : '' }, c)), actions ? el('th', { scope: 'col' }, '操作 Action') : null)),
    el(
      'tbody',
      {},
      ...table.rows.map((r, i) =>
        el('tr', {}, ...r.map((cell, j) => el('td', { class: numeric(table.columns[j] ?? '') ? 'num' : '' }, cell)), actions ? el('td', {}, actions(i)) : null),
      ),
    ),
  );
}

export function note(text: string, cls = 'note'): HTMLElement {
  return el('p', { class: cls, role: cls === 'error' ? 'alert' : 'note' }, text);
}
