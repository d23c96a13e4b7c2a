import { chartIn, disposeChart } from './charts.js';
import type { ShownTable } from './csv-download.js';
import { money, toNumber } from './decimal.js';
import { runQuery, type RanQuery } from './graphql-client.js';
import { WHAT_DOES_NOT_ADD_UP } from './queries.js';
import { label, SEVERITY, WAN } from './labels.js';
import { dataTable, el, note, toolbar, type DocumentChoice, type View } from './view-frame.js';

/**
 * 4. What does not add up: the document's validation issues (validationReport), each with
 * expected vs actual and the difference (万元), and the printed lines of the facts compared.
 */

interface Fact { tableTitle: string | null; rowLabel: string | null; column: string | null; amount: string | null; startLine: number | null; endLine: number | null; raw: string | null }
interface Issue { key: string; rule: string; severity: string; stage: string; table: string | null; message: string | null; expected: string | null; actual: string | null; difference: string | null; startLine: number | null; endLine: number | null; facts: Fact[] }

const SEVERITY_ORDER: Record<string, number> = { ERROR: 0, WARNING: 1, INFO: 2 };

export const issuesView: View = {
  id: 'issues',
  title: '对不上的数字 What does not add up',
  async render(host, doc: DocumentChoice) {
    const q: RanQuery = { query: WHAT_DOES_NOT_ADD_UP, variables: { documentKey: doc.key } };
    const bar = toolbar(`validation-issues-${doc.city}-${doc.year}`);
    const severity = el('select', { id: 'issue-severity', 'aria-label': '严重程度 Severity' },
      el('option', { value: '' }, '全部 All severities'), ...Object.entries(SEVERITY).map(([k, v]) => el('option', { value: k }, v)));
    const chartBox = el('div', { class: 'chart issues' });
    const tableBox = el('div', { class: 'table-box' });
    const detail = el('section', { class: 'detail', 'aria-live': 'polite' });
    host.replaceChildren(
      el('p', { class: 'lead' }, `${doc.title} · 校验发现的问题 Validation issues · 单位：万元 (10,000 CNY). 差额 = 实际 − 应为 (difference = actual − expected). 点击“原文”查看所比较的原始行 (Source shows the printed lines compared).`),
      el('label', { class: 'inline' }, '严重程度 Severity: ', severity), bar.bar, chartBox, tableBox, detail,
    );
    const all = (await runQuery<{ validationReport: Issue[] }>(q)).validationReport
      .slice().sort((a, b) => (SEVERITY_ORDER[a.severity] ?? 3) - (SEVERITY_ORDER[b.severity] ?? 3) || (a.startLine ?? 0) - (b.startLine ?? 0));

    const showSource = (issue: Issue) => {
      const columns = ['表 Table', '行 Row', '列 Column', `金额 Amount${WAN}`, '行号 Lines', '原文 Source text'];
      const table: ShownTable = { columns, rows: issue.facts.map((f) => [f.tableTitle ?? '', f.rowLabel ?? '', f.column ?? '', money(f.amount), `${f.startLine ?? ''}–${f.endLine ?? ''}`, f.raw ?? '']) };
      detail.replaceChildren(
        el('h3', {}, `${issue.rule} · 应为 expected ${money(issue.expected)} · 实际 actual ${money(issue.actual)} · 差额 difference ${money(issue.difference)} 万元`),
        el('p', {}, issue.message ?? ''),
        issue.facts.length ? dataTable(table, '所比较的原始行 Printed lines compared') : note(`行 Lines ${issue.startLine ?? ''}–${issue.endLine ?? ''}`),
      );
    };

    const draw = () => {
      const issues = severity.value ? all.filter((i) => i.severity === severity.value) : all;
      const columns = ['严重程度 Severity', '规则 Rule', '表 Table', `应为 Expected${WAN}`, `实际 Actual${WAN}`, `差额 Difference${WAN}`, '行号 Lines', '说明 Message'];
      const table: ShownTable = {
        columns,
        rows: issues.map((i) => [label(SEVERITY, i.severity), i.rule, i.table ?? '', money(i.expected), money(i.actual), money(i.difference), `${i.startLine ?? ''}–${i.endLine ?? ''}`, i.message ?? '']),
      };
      bar.update(q, () => table);
      detail.replaceChildren();
      const withNumbers = issues.filter((i) => i.difference !== null);
      if (withNumbers.length) {
        const chart = chartIn(chartBox, '差额 Differences (万元)');
        chart.setOption({
          tooltip: { trigger: 'axis' },
          grid: { left: 200, right: 30, top: 10, bottom: 30 },
          yAxis: { type: 'category', inverse: true, data: withNumbers.map((i) => `${i.rule} ${i.startLine ?? ''}`), axisLabel: { width: 190, overflow: 'truncate' } },
          xAxis: { type: 'value', name: '差额 万元' },
          series: [{ type: 'bar', name: '差额 Difference', data: withNumbers.map((i) => toNumber(i.difference)), label: { show: true, position: 'right', formatter: (p: { dataIndex: number }) => money(withNumbers[p.dataIndex]?.difference) } }],
        });
        chart.on('click', (p) => { const i = withNumbers[p.dataIndex]; if (i) showSource(i); });
      } else disposeChart(chartBox);
      tableBox.replaceChildren(issues.length
        ? dataTable(table, `校验问题 Validation issues: ${issues.length}`, (n) => {
          const i = issues[n];
          return i ? el('button', { type: 'button', class: 'source', 'data-issue': i.key, onclick: () => showSource(i) }, '原文 Source') : null;
        })
        : note('没有问题：每个合计都对得上 (no issues: every stated total reconciles).'));
    };
    severity.addEventListener('change', draw);
    draw();
  },
};
