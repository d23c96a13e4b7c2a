import { chartIn } from './charts.js';
import type { ShownTable } from './csv-download.js';
import { money, toNumber } from './decimal.js';
import { runQuery, type RanQuery } from './graphql-client.js';
import { COMPARE, STATED_CHANGES } from './queries.js';
import { label, SERIES, WAN } from './labels.js';
import { dataTable, el, note, toolbar, type DocumentChoice, type View } from './view-frame.js';

/**
 * 3. Change over time: a figure's amount (or target) in each year with the change. Two sources:
 * the document's own "比上年增加 X 万元, 增长 Y%" figures (statedChanges: last year and this
 * year), and the graph's comparisons across documents (compareSubjectCode / Project / Unit /
 * Indicator). The changes (absolute, %) are the API's exact values, never recomputed here.
 */

interface Stated { subject: string | null; year: number; amount: string | null; previousAmount: string | null; change: string | null; statedPercent: string | null; recomputedPercent: string | null; percentAgrees: boolean | null; startLine: number | null; endLine: number | null; raw: string | null }
interface Point { subjectName: string | null; series: string; year: number; city: string | null; documentTitle: string | null; amount: string | null; raw: string | null; unitOfMeasure: string | null; startLine: number | null; endLine: number | null }
interface Change { series: string; fromYear: number; toYear: number; from: string | null; to: string | null; absolute: string | null; percent: string | null }
type Comparison = { points: Point[]; changes: Change[] };

export const changeView: View = {
  id: 'change',
  title: '逐年变化 Change over time',
  async render(host, doc: DocumentChoice) {
    const bar = toolbar(`change-${doc.city}-${doc.year}`);
    const kind = el('select', { id: 'change-kind', 'aria-label': '比较什么 What to compare' },
      el('option', { value: 'stated' }, '本文件“比上年” Stated change against last year (this document)'),
      ...Object.entries(COMPARE).map(([k, c]) => el('option', { value: k }, `${c.label} · 跨文件 across documents`)));
    const subject = el('input', { id: 'change-subject', type: 'text', 'aria-label': '名称或编码 Name or code', size: '28' });
    const go = el('button', { type: 'button', id: 'change-go' }, '比较 Compare');
    const form = el('form', { class: 'inline-form', onsubmit: (e: Event) => { e.preventDefault(); void run(); } }, el('label', {}, '比较 Compare: ', kind), ' ', subject, ' ', go);
    const chartBox = el('div', { class: 'chart bars' });
    const explain = el('div', { class: 'summary' });
    const tableBox = el('div', { class: 'table-box' });
    const detail = el('section', { class: 'detail', 'aria-live': 'polite' });
    host.replaceChildren(el('p', { class: 'lead' }, '金额单位：万元 (10,000 CNY)；指标按其计量单位。点击柱子或“原文”按钮查看出处 (click a bar, or Source, for where the figure is printed).'), form, bar.bar, explain, chartBox, tableBox, detail);

    const showSource = (title: string, lines: string, raw: string) =>
      detail.replaceChildren(el('h3', {}, `出处 Source: ${title}`), el('p', {}, `行 Lines ${lines}`), el('pre', { class: 'raw' }, raw || '—'));

    /** Bars sized by the numbers; labels show the API's exact strings (万元, or the target's unit). */
    const drawBars = (categories: string[], series: { name: string; amounts: (string | null)[] }[], caption: string, unit: string, onBar: (i: number) => void) => {
      const chart = chartIn(chartBox, caption);
      chart.setOption({
        tooltip: { trigger: 'axis' },
        legend: { top: 0 },
        grid: { left: 90, right: 20, top: 36, bottom: 60 },
        xAxis: { type: 'category', data: categories, axisLabel: { interval: 0, width: 150, overflow: 'truncate' } },
        yAxis: { type: 'value', name: unit },
        series: series.map((s) => ({
          type: 'bar', name: s.name,
          data: s.amounts.map((a) => ({ value: toNumber(a), amount: a })),
          label: { show: categories.length <= 8, position: 'top', formatter: (p: { data: { amount: string | null } }) => p.data.amount ?? '' },
        })),
      });
      chart.on('click', (p) => onBar(p.dataIndex));
    };

    const runStated = async () => {
      const q: RanQuery = { query: STATED_CHANGES, variables: { documentKey: doc.key } };
      const rows = (await runQuery<{ statedChanges: Stated[] }>(q)).statedChanges;
      const columns = ['项目 Figure', `${doc.year - 1} 上年 Previous${WAN}`, `${doc.year} 本年 This year${WAN}`, `增减 Change${WAN}`, '增长 % 文件 stated', '增长 % 复算 recomputed', '一致 Agrees'];
      const table: ShownTable = {
        columns,
        rows: rows.map((r) => [r.subject ?? '', money(r.previousAmount), money(r.amount), money(r.change), r.statedPercent ?? '—', r.recomputedPercent ?? '—', r.percentAgrees === null ? '—' : r.percentAgrees ? '是 yes' : '否 no']),
      };
      bar.update(q, () => table);
      explain.replaceChildren(note(rows.length ? `本文件写明 ${rows.length} 个与上年相比的数字；上年金额 = 本年 − 增减 (the document states ${rows.length} figures against last year; the previous amount is stated or amount − change).` : '本文件没有“比上年”的数字 (this document states no change against last year).'));
      if (rows.length) drawBars(rows.map((r) => r.subject ?? ''), [
        { name: `${doc.year - 1} 上年 Previous year`, amounts: rows.map((r) => money(r.previousAmount)) },
        { name: `${doc.year} 本年 This year`, amounts: rows.map((r) => money(r.amount)) },
      ], '比上年 Change against last year (万元)', '万元', (i) => { const r = rows[i]; if (r) showSource(r.subject ?? '', `${r.startLine}–${r.endLine}`, r.raw ?? ''); });
      tableBox.replaceChildren(dataTable(table, `比上年 Change against last year · ${doc.title}`, (i) => {
        const r = rows[i];
        return r ? el('button', { type: 'button', class: 'source', onclick: () => showSource(r.subject ?? '', `${r.startLine}–${r.endLine}`, r.raw ?? '') }, '原文 Source') : null;
      }));
    };

    const runCompare = async (k: string) => {
      const c = COMPARE[k]!;
      const q: RanQuery = { query: c.query, variables: { [c.arg]: subject.value.trim() || c.example } };
      const data = await runQuery<Record<string, Comparison>>(q);
      const cmp = Object.values(data)[0]!;
      const pointName = (p: Point) => `${p.year} ${p.city ?? ''}`;
      const columns = ['系列 Series', '年度 Year', '城市 City', '文件 Document', '金额/目标 Amount or target', '计量单位 Unit', '原文 As printed', '增减 Change', '增长 % Change'];
      const changeOf = (p: Point) => cmp.changes.find((ch) => ch.series === p.series && ch.toYear === p.year && ch.to === p.amount);
      const table: ShownTable = {
        columns,
        rows: cmp.points.map((p) => { const ch = changeOf(p); return [label(SERIES, p.series), String(p.year), p.city ?? '', p.documentTitle ?? '', p.amount ?? '—', p.unitOfMeasure ?? '万元', p.raw ?? '', ch?.absolute ?? '', ch?.percent ?? '']; }),
      };
      bar.update(q, () => table);
      const years = new Set(cmp.points.map((p) => p.year));
      explain.replaceChildren(note(cmp.points.length === 0 ? '没有找到 (nothing found): 试试 try ' + c.example
        : years.size === 1 ? `图谱中只有 ${[...years][0]} 一个年度：按文件（城市）并列比较 (only one year in the graph: documents side by side; a later year's documents add the year-over-year change).`
        : `${years.size} 个年度 years: 逐年变化 (year over year, within each city).`));
      const cats = [...new Set(cmp.points.map(pointName))];
      const seriesNames = [...new Set(cmp.points.map((p) => p.series))];
      if (cmp.points.length) drawBars(cats, seriesNames.map((s) => ({ name: label(SERIES, s), amounts: cats.map((cat) => cmp.points.find((p) => p.series === s && pointName(p) === cat)?.amount ?? null) })),
        `${c.label}: ${subject.value || c.example}`, [...new Set(cmp.points.map((p) => p.unitOfMeasure ?? '万元'))].join(' / '), (i) => { const p = cmp.points.find((x) => pointName(x) === cats[i]); if (p) showSource(`${p.subjectName ?? ''} · ${p.documentTitle ?? ''}`, `${p.startLine ?? ''}–${p.endLine ?? ''}`, p.raw ?? p.amount ?? ''); });
      tableBox.replaceChildren(dataTable(table, `${c.label} · ${subject.value || c.example}`));
    };

    const run = async () => {
      detail.replaceChildren();
      subject.disabled = kind.value === 'stated';
      go.disabled = false;
      try {
        await (kind.value === 'stated' ? runStated() : runCompare(kind.value));
      } catch (e) {
        tableBox.replaceChildren(note((e as Error).message, 'error'));
      }
    };
    kind.addEventListener('change', () => {
      const c = COMPARE[kind.value];
      subject.value = c?.example ?? '';
      void run();
    });
    await run();
  },
};
