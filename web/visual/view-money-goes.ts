import { chartIn, disposeChart } from './charts.js';
import type { ShownTable } from './csv-download.js';
import { money, toNumber } from './decimal.js';
import { runQuery, type RanQuery } from './graphql-client.js';
import { PROJECTS_UNDER_CODE, WHERE_THE_MONEY_GOES } from './queries.js';
import { LEVEL, WAN } from './labels.js';
import { dataTable, el, note, toolbar, type DocumentChoice, type View } from './view-frame.js';

/**
 * 1. Where the money goes: expenditure by functional subject code (支出功能分类), 类 → 款 → 项,
 * each with its basic/project split, from budgetAggregate (leaf facts only, rolled up by code
 * prefix on the server, so a 小计 row is never added to its children). Every amount shown is a
 * string the API returned; nothing is summed here.
 */

interface Row { functionalCode: { code: string; name?: string | null } | null; spendingType?: string | null; total: string }
interface Data { total: { total: string; factCount: number }[]; totalSplit: Row[]; classes: Row[]; classSplit: Row[]; sections: Row[]; sectionSplit: Row[]; items: Row[]; itemSplit: Row[] }
interface ProjectsData { projectBudgets: { totalCount: number; edges: { node: { name: string; totalFunds: string | null; fiscalFunds: string | null; otherFunds: string | null; implementingUnit: { name: string } | null } }[] } }

/** A node of the code tree: the root (the document), a 类, 款 or 项. */
interface CodeNode { code: string; name: string; total: string; basic: string; project: string; other: string; level: number; children: CodeNode[] }

function buildTree(d: Data, title: string): CodeNode {
  const split = (rows: Row[]) => {
    const m = new Map<string, Record<string, string>>();
    for (const r of rows) {
      const k = r.functionalCode?.code ?? '';
      m.set(k, { ...m.get(k), [r.spendingType ?? 'OTHER']: r.total });
    }
    return m;
  };
  const node = (r: Row, s: Map<string, Record<string, string>>, level: number): CodeNode => {
    const code = r.functionalCode?.code ?? '';
    const sp = s.get(code) ?? {};
    return { code, name: r.functionalCode?.name ?? '', total: r.total, basic: sp.BASIC ?? '0.00', project: sp.PROJECT ?? '0.00', other: sp.OTHER ?? '', level, children: [] };
  };
  const rootSplit = split(d.totalSplit.map((r) => ({ ...r, functionalCode: { code: '' } })));
  const root = node({ functionalCode: { code: '', name: title }, total: d.total[0]?.total ?? '0.00' }, rootSplit, 0);
  root.name = title;
  const classes = d.classes.filter((r) => r.functionalCode).map((r) => node(r, split(d.classSplit), 1));
  const sections = d.sections.filter((r) => r.functionalCode).map((r) => node(r, split(d.sectionSplit), 2));
  const items = d.items.filter((r) => r.functionalCode).map((r) => node(r, split(d.itemSplit), 3));
  // Children by code prefix (a parent's code is the prefix of its children's). A leaf printed at
  // 款 level keeps its 5 digits as a 项: it is the 款 itself, not a child of it.
  root.children = classes;
  for (const c of classes) c.children = sections.filter((s) => s.code.startsWith(c.code));
  for (const s of sections) s.children = items.filter((i) => i.code.startsWith(s.code) && i.code !== s.code);
  return root;
}

const COLUMNS = ['科目编码 Code', '科目名称 Name', `合计 Total${WAN}`, `基本支出 Basic${WAN}`, `项目支出 Project${WAN}`];

export const moneyGoesView: View = {
  id: 'treemap',
  title: '钱花在哪里 Where the money goes',
  async render(host, doc: DocumentChoice) {
    const q: RanQuery = { query: WHERE_THE_MONEY_GOES, variables: { documentKeys: [doc.key] } };
    const bar = toolbar(`where-the-money-goes-${doc.city}-${doc.year}`);
    const crumbs = el('nav', { class: 'crumbs', 'aria-label': '层级 Levels' });
    const chartBox = el('div', { class: 'chart treemap' });
    const tableBox = el('div', { class: 'table-box' });
    host.replaceChildren(
      el('p', { class: 'lead' }, `支出功能分类 Functional classification · ${doc.title} · 单位：万元 (10,000 CNY) · 类 Class → 款 Section → 项 Item → 项目 Projects. 蓝 = 基本支出 Basic，橙 = 项目支出 Project。只加末级科目，小计不重复计算 (only leaf rows are added; subtotals are never counted twice).`),
      bar.bar, crumbs, chartBox, tableBox,
    );
    const data = await runQuery<Data>(q);
    const root = buildTree(data, doc.title);
    if (root.children.length === 0) {
      chartBox.remove();
      tableBox.replaceChildren(note('本文件没有按支出功能分类的支出数据 (this document has no expenditure by functional code).'));
      bar.update(q, () => ({ columns: COLUMNS, rows: [] }));
      return;
    }
    const path: CodeNode[] = [root];
    const show = async (n: CodeNode) => {
      while (path.length > n.level) path.pop();
      path.push(n);
      crumbs.replaceChildren(
        ...path.map((p, i) =>
          i === path.length - 1
            ? el('span', { 'aria-current': 'page' }, p.level ? `${p.code} ${p.name}` : LEVEL[0]!)
            : el('button', { type: 'button', onclick: () => void show(p) }, p.level ? `${p.code} ${p.name}` : LEVEL[0]!),
        ),
      );
      if (n.level === 3 || (n.children.length === 0 && n.level > 0)) return showProjects(n);
      const table: ShownTable = { columns: COLUMNS, rows: n.children.map((c) => [c.code, c.name, money(c.total), money(c.basic), money(c.project)]) };
      table.rows.push(['', n.level ? `${n.code} ${n.name} 合计 Total` : '合计 Total', money(n.total), money(n.basic), money(n.project)]);
      bar.update(q, () => table);
      const chart = chartIn(chartBox, `支出功能分类树图 Treemap of expenditure by functional code: ${n.level ? n.code + ' ' + n.name : doc.title}`);
      // Each code is a box split into its basic (基本) and project (项目) parts; areas only, the
      // labels carry the API's exact strings.
      const part = (c: CodeNode, type: 'BASIC' | 'PROJECT') => {
        const amount = type === 'BASIC' ? c.basic : c.project;
        return { name: `${c.code} ${type}`, value: toNumber(amount), code: c.code, label: `${type === 'BASIC' ? '基本' : '项目'} ${money(amount)}`, itemStyle: { color: type === 'BASIC' ? '#2563eb' : '#f59e0b' } };
      };
      chart.setOption({
        tooltip: { formatter: (p: { data: { code: string } }) => { const c = n.children.find((x) => x.code === p.data.code); return c ? `${c.code} ${c.name}<br>合计 ${money(c.total)} 万元<br>基本 ${money(c.basic)} · 项目 ${money(c.project)}` : ''; } },
        series: [
          {
            type: 'treemap',
            roam: false,
            nodeClick: false, // drilling is ours: one level per click, children fetched or listed below
            breadcrumb: { show: false },
            top: 4, left: 4, right: 4, bottom: 4,
            leafDepth: 2,
            levels: [
              { itemStyle: { borderColor: '#fff', borderWidth: 0, gapWidth: 4 }, upperLabel: { show: false } },
              { itemStyle: { borderColor: '#334155', borderWidth: 2, gapWidth: 1 }, upperLabel: { show: true, height: 22, color: '#fff', fontSize: 13, fontWeight: 'bold' } },
              { itemStyle: { borderColor: '#fff', borderWidth: 1 }, label: { show: true, formatter: (p: { data: { label: string } }) => p.data.label, fontSize: 12 } },
            ],
            data: n.children.map((c) => ({
              name: `${c.code} ${c.name} ${money(c.total)} 万元`,
              value: toNumber(c.total),
              code: c.code,
              children: [part(c, 'BASIC'), part(c, 'PROJECT')].filter((x) => x.value > 0),
            })),
          },
        ],
      });
      chart.on('click', (p) => {
        const child = n.children.find((c) => c.code === (p.data as { code?: string } | undefined)?.code);
        if (child) void show(child);
      });
      tableBox.replaceChildren(
        dataTable(table, `${LEVEL[n.level + 1] ?? ''} · ${n.level ? n.code + ' ' + n.name : doc.title}`, (i) => {
          const c = n.children[i];
          return c ? el('button', { type: 'button', class: 'drill', 'data-code': c.code, onclick: () => void show(c) }, `展开 ${c.code} Drill down`) : null;
        }),
      );
    };
    const showProjects = async (n: CodeNode) => {
      const pq: RanQuery = { query: PROJECTS_UNDER_CODE, variables: { documentKey: doc.key, code: n.code } };
      const pd = await runQuery<ProjectsData>(pq);
      const columns = ['项目名称 Project', '实施单位 Implementing unit', `资金总额 Total funds${WAN}`, `财政拨款 Fiscal funds${WAN}`, `其他资金 Other funds${WAN}`];
      const table: ShownTable = { columns, rows: pd.projectBudgets.edges.map(({ node: p }) => [p.name, p.implementingUnit?.name ?? '', money(p.totalFunds), money(p.fiscalFunds), money(p.otherFunds)]) };
      bar.update(pq, () => table);
      disposeChart(chartBox);
      const summary = el('p', { class: 'figure' }, `${n.code} ${n.name}: 合计 Total ${money(n.total)} 万元 = 基本支出 Basic ${money(n.basic)} + 项目支出 Project ${money(n.project)}`);
      tableBox.replaceChildren(
        summary,
        table.rows.length
          ? dataTable(table, `项目 Projects · ${n.code} ${n.name}`)
          : note('本文件没有把项目与这个科目关联（只有转移支付表写明科目）。The document links no project to this code (only its transfer payment table names codes).'),
      );
    };
    await show(root);
  },
};

