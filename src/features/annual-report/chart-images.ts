import { chartToPngBlob, standaloneChartSvg } from '../../components/charts/chart-export';
import { REPORT_CHART_ATTRIBUTE } from './components/report-blocks';
import type { ReportContent } from './report-content';
import type { ReportImage } from './report-docx';

/** What the page draws for a chart (Recharts' surface) or a map (a hand-drawn SVG that says it is a chart). */
const DRAWN_SVG = 'svg.recharts-surface, svg.chart-svg';

/**
 * The report's charts and its map as drawn on the page, each as a PNG for the Word file: the same
 * standalone image as the charts' own export (title, legend, colours resolved, the map's links made plain
 * shapes), at twice its size so that it stays sharp in print. Each keeps the summary the page wrote under
 * its title (the map's says which territories are drawn and which are listed beside it), for its
 * alternative text. A chart that is not drawn, or fails, is left out: the document then describes it in
 * words, and its values are in the table that follows it anyway.
 */
export const drawnChartImages = async (content: ReportContent, root: ParentNode = document) => {
  const images = new Map<string, ReportImage>();
  const drawings = content.sections.flatMap((section) =>
    section.blocks.flatMap((block) =>
      block.kind === 'chart'
        ? [{ key: block.chart.key, title: block.chart.title }]
        : block.kind === 'map'
          ? [{ key: block.map.key, title: block.map.title }]
          : [],
    ),
  );
  for (const { key, title } of drawings) {
    const figure = root.querySelector<HTMLElement>(
      `[${REPORT_CHART_ATTRIBUTE}="${CSS.escape(key)}"] figure.chart-figure`,
    );
    if (!figure?.querySelector(DRAWN_SVG)) continue;
    try {
      const { svg, width, height } = standaloneChartSvg(figure);
      const blob = await chartToPngBlob(svg, width, height, 2);
      const summary = figure.querySelector('.chart-summary')?.textContent?.trim();
      images.set(key, {
        data: new Uint8Array(await blob.arrayBuffer()),
        width,
        height,
        ...(summary ? { summary } : {}),
      });
    } catch (error) {
      console.error(`Graphique « ${title} » non exporté dans le document Word`, error);
    }
  }
  return images;
};
