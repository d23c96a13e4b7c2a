import { BarChart, SankeyChart, TreemapChart } from 'echarts/charts';
import { AriaComponent, GridComponent, LegendComponent, TitleComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';

// Only what the four views draw: keeps the bundle small (tree-shaken ECharts).
echarts.use([TreemapChart, SankeyChart, BarChart, AriaComponent, GridComponent, LegendComponent, TitleComponent, TooltipComponent, CanvasRenderer]);

export type Chart = echarts.ECharts;

/** Chinese-capable fonts first: Debian's Noto CJK in the tests, the system's elsewhere. */
export const FONT = '"Noto Sans CJK SC", "Noto Sans SC", "Microsoft YaHei", "PingFang SC", sans-serif';

/**
 * A chart in `box`, with ECharts' aria on (it writes a description of the data into the
 * canvas's aria-label). The previous chart in the box is disposed first.
 */
export function chartIn(box: HTMLElement, label: string): Chart {
  echarts.getInstanceByDom(box)?.dispose();
  box.hidden = false; // ECharts sizes the chart from the box: it must be laid out first
  box.setAttribute('role', 'img');
  box.setAttribute('aria-label', label);
  const chart = echarts.init(box, undefined, { renderer: 'canvas' });
  // No animation: figures appear at once (and screenshots show the finished chart).
  chart.setOption({ aria: { enabled: true }, animation: false, textStyle: { fontFamily: FONT } });
  return chart;
}

export function resizeCharts(): void {
  for (const box of document.querySelectorAll<HTMLElement>('.chart')) echarts.getInstanceByDom(box)?.resize();
}

/** Removes the chart from `box` (when a view shows a table instead). */
export function disposeChart(box: HTMLElement): void {
  echarts.getInstanceByDom(box)?.dispose();
  box.replaceChildren();
  box.hidden = true;
}
