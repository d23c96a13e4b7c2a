import { chartIn, disposeChart } from './charts.js';
import type { ShownTable } from './csv-download.js';
import { money, sumAmounts, toNumber } from './decimal.js';
import { runQuery, type RanQuery } from './graphql-client.js';
import { MONEY_FLOWS, ROWS_BEHIND_LINK, TRANSFER_FLOWS } from './queries.js';
import { fundSourceLabel, label, SPENDING_TYPE, WAN } from './labels.js';
import { dataTable, el, note, toolbar, type DocumentChoice, type View } from './view-frame.js';

/**
 * 2. Where the money comes from and flows to: a Sankey of sources of funds (收入预算, by 资金来源)
 * → the document's budget → basic/project expenditure → functional class (类), and one of the
 * transfer payments (转移支付) from the city's units to the recipients. Each link lists what is
 * behind it: the printed rows (provenance of the facts) or the transfers and their projects.
 */

interface Agg { fundSource?: string | null; spendingType?: string | null; functionalCode?: { code: string; name?: string | null } | null; total: string; factKeys: string[] }
interface FlowsData { sources: Agg[]; kinds: Agg[]; kindClasses: Agg[] }
interface Transfer { key: string; payerName: string; recipientName: string; amount: string; subjectCode: string | null; subjectName: string | null; sourceBudget: string | null; transferType: string | null; projectName: string | null; fundedBudgets: { inferred: boolean; projectBudget: { name: string; fiscalFunds: string | null } | null }[] }
interface TransfersData { transferPayments: { totalCount: number; edges: { node: Transfer }[] } }
interface ProvenanceData { provenance: { tableTitle: string | null; rowLabel: string | null; column: string | null; amount: string | null; startLine: number | null; endLine: number | null; raw: string | null }[] }

/** A Sankey link; `amount` is the exact string shown, `value` only sizes the band. */
interface Link { source: string; target: string; value: number; amount: string; factKeys?: string[]; transfers?: Transfer[] }

const LINK_COLUMNS = ['从 From', '到 To', `金额 Amount${WAN}`];

export const flowsView: View = {
  id: 'sankey',
  title: '钱从哪里来、流向哪里 Where the money comes from and flows to',
  async render(host, doc: DocumentChoice) {
    const bar = toolbar(`money-flows-${doc.city}-${doc.year}`);
    const mode = el('select', { id: 'flow-mode', 'aria-label': '图 Chart' },
      el('option', { value: 'flows' }, '资金来源 → 支出类型 → 类 Sources of funds → expenditure kind → class'),
      el('option', { value: 'transfers' }, '转移支付 Transfer payments: city units → recipients'));
    const chartBox = el('div', { class: 'chart sankey' });
    const summary = el('div', { class: 'summary' });
    const linksBox = el('div', { class: 'table-box' });
    const detail = el('section', { class: 'detail', 'aria-live': 'polite' });
    host.replaceChildren(
      el('p', { class: 'lead' }, `${doc.title} · 单位：万元 (10,000 CNY). 点击连线或“明细”按钮查看其背后的项目或原始行 (click a link, or its Details button, for the projects or printed rows behind it).`),
      el('label', { class: 'inline' }, '图 Chart: ', mode), bar.bar, summary, chartBox, linksBox, detail,
    );

    let drawn = 0; // bumps with each redraw: a late answer for an older chart is dropped
    const showDetail = async (link: Link) => {
      const mine = drawn;
      if (link.transfers) {
        const columns = ['转移支付项目 Transfer project', '付款单位 Payer', '接收方 Recipient', '科目 Code', `金额 Amount${WAN}`, '资助的项目 Funded project', '关联 Link'];
        const table: ShownTable = {
          columns,
          rows: link.transfers.map((t) => [t.projectName ?? '', t.payerName, t.recipientName, `${t.subjectCode ?? ''} ${t.subjectName ?? ''}`.trim(), money(t.amount),
            t.fundedBudgets.map((f) => f.projectBudget?.name ?? '').join('；'), t.fundedBudgets.map((f) => (f.inferred ? '推断 inferred (amount match)' : '文件写明 stated')).join('；')]),
        };
        const q: RanQuery = { query: TRANSFER_FLOWS, variables: { documentKey: doc.key } };
        bar.update(q, () => table);
        detail.replaceChildren(el('h3', {}, `项目 Projects: ${link.source} → ${link.target} (${money(link.amount)} 万元)`), dataTable(table, '连线背后的转移支付与项目 Transfers and projects behind the link'));
        return;
      }
      const q: RanQuery = { query: ROWS_BEHIND_LINK, variables: { keys: link.factKeys ?? [] } };
      const d = await runQuery<ProvenanceData>(q);
      if (mine !== drawn) return;
      const columns = ['表 Table', '行 Row', '列 Column', `金额 Amount${WAN}`, '行号 Lines', '原文 Source text'];
      const table: ShownTable = { columns, rows: d.provenance.map((p) => [p.tableTitle ?? '', p.rowLabel ?? '', p.column ?? '', money(p.amount), `${p.startLine ?? ''}–${p.endLine ?? ''}`, p.raw ?? '']) };
      bar.update(q, () => table);
      detail.replaceChildren(el('h3', {}, `原始行 Printed rows: ${link.source} → ${link.target} (${money(link.amount)} 万元)`), dataTable(table, '连线背后的原始行 Rows behind the link'));
    };

    const draw = (links: Link[], caption: string, q: RanQuery) => {
      const table: ShownTable = { columns: LINK_COLUMNS, rows: links.map((l) => [l.source, l.target, money(l.amount)]) };
      bar.update(q, () => table);
      drawn++;
      detail.replaceChildren();
      if (links.length === 0) {
        disposeChart(chartBox);
        linksBox.replaceChildren(note(mode.value === 'transfers' ? '本文件没有转移支付表 (this document has no transfer payment table); 厦门市 2024 部门预算 has one.' : '本文件没有收支数据 (no revenue or expenditure facts in this document).'));
        return;
      }
      const names = [...new Set(links.flatMap((l) => [l.source, l.target]))];
      const chart = chartIn(chartBox, caption);
      chart.setOption({
        tooltip: { trigger: 'item', formatter: (p: { dataType: string; data: Link; name: string }) => (p.dataType === 'edge' ? `${p.data.source} → ${p.data.target}<br>${money(p.data.amount)} 万元` : p.name) },
        series: [{
          type: 'sankey', left: 8, right: 260, top: 8, bottom: 8, nodeGap: 10, draggable: false,
          emphasis: { focus: 'adjacency' },
          label: { fontSize: 12, width: 270, overflow: 'truncate' }, // a column is ~300 px wide at 1280
          lineStyle: { color: 'gradient', opacity: 0.45 },
          data: names.map((name) => ({ name })),
          links,
        }],
      });
      chart.on('click', (p) => {
        if (p.dataType === 'edge') void showDetail(p.data as Link);
      });
      linksBox.replaceChildren(dataTable(table, caption, (i) => {
        const l = links[i];
        return l ? el('button', { type: 'button', class: 'link-detail', onclick: () => void showDetail(l) }, '明细 Details') : null;
      }));
    };

    const drawFlows = async () => {
      const q: RanQuery = { query: MONEY_FLOWS, variables: { documentKeys: [doc.key] } };
      const d = await runQuery<FlowsData>(q);
      const budget = `${doc.city}${doc.year} 预算 Budget`;
      const kind = (t: string | null | undefined) => label(SPENDING_TYPE, t ?? 'OTHER');
      const cls = (a: Agg) => (a.functionalCode ? `${a.functionalCode.code} ${a.functionalCode.name ?? ''}` : '未列科目 No code');
      const links: Link[] = [
        ...d.sources.map((s) => ({ source: fundSourceLabel(s.fundSource ?? '未列来源 Source not printed'), target: budget, value: toNumber(s.total), amount: s.total, factKeys: s.factKeys })),
        ...d.kinds.map((k) => ({ source: budget, target: kind(k.spendingType), value: toNumber(k.total), amount: k.total, factKeys: k.factKeys })),
        ...d.kindClasses.map((k) => ({ source: kind(k.spendingType), target: cls(k), value: toNumber(k.total), amount: k.total, factKeys: k.factKeys })),
      ];
      summary.replaceChildren(el('p', { class: 'figure' },
        `收入 Revenue ${sumAmounts(d.sources.map((s) => s.total))} 万元 · 支出 Expenditure ${sumAmounts(d.kinds.map((k) => k.total))} 万元 = ${d.kinds.map((k) => `${kind(k.spendingType)} ${money(k.total)}`).join(' + ')}`));
      draw(links, '资金流向 Money flows (万元)', q);
    };

    const drawTransfers = async () => {
      const q: RanQuery = { query: TRANSFER_FLOWS, variables: { documentKey: doc.key } };
      const d = await runQuery<TransfersData>(q);
      const transfers = d.transferPayments.edges.map((e) => e.node);
      const city = `${doc.city} City`;
      const grouped = new Map<string, Transfer[]>();
      const add = (k: string, t: Transfer) => grouped.set(k, [...(grouped.get(k) ?? []), t]);
      for (const t of transfers) {
        add(`${city}\u0000${t.payerName}`, t);
        add(`${t.payerName}\u0000${t.recipientName}`, t);
      }
      const links: Link[] = [...grouped].map(([k, ts]) => {
        const [source, target] = k.split('\u0000') as [string, string];
        const amount = sumAmounts(ts.map((t) => t.amount)); // exact, in 10^-6 万元
        return { source, target, value: toNumber(amount), amount, transfers: ts };
      });
      summary.replaceChildren(el('p', { class: 'figure' }, `转移支付合计 Transfers total ${transfers.length ? sumAmounts(transfers.map((t) => t.amount)) : '0.00'} 万元 · ${transfers.length} 笔 transfers`));
      draw(links, '转移支付 Transfer payments (万元)', q);
    };

    const redraw = () => (mode.value === 'transfers' ? drawTransfers() : drawFlows());
    mode.addEventListener('change', () => void redraw().catch((e: Error) => linksBox.replaceChildren(note(e.message, 'error'))));
    await redraw();
  },
};
