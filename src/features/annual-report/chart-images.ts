import { chartToPngBlob, standaloneChartSvg } from '../../components/charts/chart-export';
import { REPORT_CHART_ATTRIBUTE } from './components/report-blocks';
import type { ReportContent } from './report-content';
import type { ReportImage } from './report-docx';

/**
 * The report's charts as drawn on the page, each as a PNG for the Word file: the same standalone image as the
 * charts' own export (title, legend, colours resolved), at twice its size so that it stays sharp in print. A
 * chart that is not drawn, or fails, is left out: the document then describes it in words, and its values
 * are in the table that follows it anyway.
 */
export const drawnChartImages = async (content: ReportContent, root: ParentNode = document) => {
  const images = new Map<string, ReportImage>();
  const charts = content.sections.flatMap((section) =>
    section.blocks.flatMap((block) => (block.kind === 'chart' ? [block.chart] : [])),
  );
  for (const chart of charts) {
    const figure = root.querySelector<HTMLElement>(
      `[${REPORT_CHART_ATTRIBUTE}="${CSS.escape(chart.key)}"] figure.chart-figure`,
    );
    if (!figure?.querySelector('svg.recharts-surface')) continue;
    try {
      const { svg, width, height } = standaloneChartSvg(figure);
      const blob = await chartToPngBlob(svg, width, height, 2);
      images.set(chart.key, { data: new Uint8Array(await blob.arrayBuffer()), width, height });
    } catch (error) {
      console.error(`Graphique « ${chart.title} » non exporté dans le document Word`, error);
    }
  }
  return images;
};
