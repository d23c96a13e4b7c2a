import { resizeCharts } from './charts.js';
import { runQuery, setApiKey } from './graphql-client.js';
import { DOCUMENT_KIND, label } from './labels.js';
import { changeView } from './view-change.js';
import { flowsView } from './view-flows.js';
import { el, note, type DocumentChoice, type View } from './view-frame.js';
import { issuesView } from './view-issues.js';
import { moneyGoesView } from './view-money-goes.js';

/** The page: selectors (city → department → year → document), the four view tabs, one view shown. */
const VIEWS: View[] = [moneyGoesView, flowsView, changeView, issuesView];

const DOCUMENTS_QUERY = `query VisualDocuments {
  documents(first: 500, orderBy: [{ field: CITY }, { field: YEAR, direction: DESC }]) {
    edges { node { key city year kind title department { name } } }
  }
}
`;

interface DocumentsData { documents: { edges: { node: { key: string; city: string; year: number; kind: string; title: string; department: { name: string } | null } }[] } }

const select = (id: string) => el('select', { id, name: id });
const fill = (s: HTMLSelectElement, values: [string, string][], keep: string) => {
  s.replaceChildren(...values.map(([v, t]) => el('option', { value: v }, t)));
  if (values.some(([v]) => v === keep)) s.value = keep;
};

async function main(): Promise<void> {
  const root = document.getElementById('visual')!;
  const docs: DocumentChoice[] = (await runQuery<DocumentsData>({ query: DOCUMENTS_QUERY, variables: {} })).documents.edges
    .map(({ node: d }) => ({ key: d.key, city: d.city, year: d.year, kind: d.kind, title: d.title, department: d.department?.name ?? '' }))
    // Plans hold targets, not budget money: no view draws them.
    .filter((d) => d.kind !== 'PLAN');
  if (docs.length === 0) {
    root.replaceChildren(note('图谱中还没有预算文件 (no budget documents in the graph yet): npm run ingest -- data/documents/*.txt'));
    return;
  }
  const params = new URLSearchParams(location.hash.slice(1));
  const city = select('city');
  const department = select('department');
  const year = select('year');
  const documentSel = select('document');
  const key = el('input', { id: 'api-key', type: 'password', autocomplete: 'off', placeholder: '可选 optional', size: '14' });
  key.addEventListener('change', () => setApiKey(key.value));
  const field = (text: string, control: HTMLElement) => el('label', { class: 'field' }, el('span', {}, text), control);
  const tabs = el('div', { class: 'tabs', role: 'tablist', 'aria-label': '视图 Views' });
  const panel = el('section', { class: 'view', id: 'view-panel', role: 'tabpanel', tabindex: '-1' });
  root.replaceChildren(
    el('form', { class: 'selectors', 'aria-label': '选择文件 Choose a document', onsubmit: (e: Event) => e.preventDefault() },
      field('城市 City', city), field('部门 Department', department), field('年度 Year', year), field('文件 Document', documentSel), field('API key', key)),
    tabs, panel,
  );

  let current = VIEWS.find((v) => v.id === params.get('view')) ?? VIEWS[0]!;
  const buttons = VIEWS.map((v) => el('button', { type: 'button', role: 'tab', id: `tab-${v.id}`, 'aria-controls': 'view-panel', 'data-view': v.id, onclick: () => void open(v) }, v.title));
  tabs.replaceChildren(...buttons);
  // Arrow keys move between tabs (WAI-ARIA tabs pattern); Tab moves into the view.
  tabs.addEventListener('keydown', (e) => {
    const i = buttons.indexOf(document.activeElement as HTMLButtonElement);
    if (i < 0 || (e.key !== 'ArrowRight' && e.key !== 'ArrowLeft')) return;
    const next = buttons[(i + (e.key === 'ArrowRight' ? 1 : buttons.length - 1)) % buttons.length]!;
    next.focus();
    next.click();
  });

  const chosen = () => docs.find((d) => d.key === documentSel.value) ?? docs[0]!;
  /** Each select offers what the one before it allows, keeping the wanted value when it is offered. */
  const refill = (want: { city: string; department: string; year: string; doc: string }) => {
    fill(city, [...new Set(docs.map((d) => d.city))].map((c) => [c, c]), want.city);
    const inCity = docs.filter((d) => d.city === city.value);
    fill(department, [...new Set(inCity.map((d) => d.department))].map((d) => [d, d]), want.department);
    const inDept = inCity.filter((d) => d.department === department.value);
    fill(year, [...new Set(inDept.map((d) => String(d.year)))].map((y) => [y, y]), want.year);
    const inYear = inDept.filter((d) => String(d.year) === year.value);
    fill(documentSel, inYear.map((d) => [d.key, `${label(DOCUMENT_KIND, d.kind)} · ${d.title}`]), want.doc);
  };
  const initial = docs.find((d) => d.key === params.get('doc')) ?? docs.find((d) => d.kind === 'DEPARTMENT_BUDGET') ?? docs[0]!;
  refill({ city: initial.city, department: initial.department, year: String(initial.year), doc: initial.key });

  let rendering = 0;
  const open = async (v: View) => {
    current = v;
    for (const b of buttons) b.setAttribute('aria-selected', String(b.dataset.view === v.id));
    const doc = chosen();
    history.replaceState(null, '', `#${new URLSearchParams({ view: v.id, doc: doc.key }).toString()}`);
    const mine = ++rendering;
    panel.setAttribute('aria-busy', 'true');
    // Attached before drawing: ECharts sizes a chart from its box.
    const body = el('div', {}, el('p', { class: 'loading' }, '正在查询… Querying…'));
    panel.replaceChildren(el('h2', {}, v.title), body);
    try {
      await v.render(body, doc);
    } catch (e) {
      if (mine === rendering) panel.replaceChildren(el('h2', {}, v.title), note((e as Error).message, 'error'));
    } finally {
      if (mine === rendering) {
        panel.setAttribute('aria-busy', 'false');
        panel.dataset.ready = `${v.id}|${doc.key}`;
        resizeCharts();
      }
    }
  };
  for (const s of [city, department, year, documentSel]) {
    s.addEventListener('change', () => {
      refill({ city: city.value, department: department.value, year: year.value, doc: documentSel.value });
      void open(current);
    });
  }
  window.addEventListener('resize', resizeCharts);
  await open(current);
}

void main().catch((e: Error) => document.getElementById('visual')?.replaceChildren(note(e.message, 'error')));
