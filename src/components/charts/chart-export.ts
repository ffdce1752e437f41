/**
 * A drawn chart as a file of its own: one SVG with the chart's title, its legend, the chart and its data
 * line, that looks the same outside the page (in a slide, a report, an e-mail), and a PNG drawn from it.
 *
 * The page's chart depends on the page: colours are CSS variables (`var(--chart-1, …)`), axis lines and
 * fonts come from charts.css, and the legend is HTML. Here every such value is written on the elements
 * themselves, from the live elements' computed styles.
 */
import { estimateLabelWidth } from '../../lib/label-width';
import { CHART_TEXT } from './chart-palette';

const SVG_NS = 'http://www.w3.org/2000/svg';
const XMLNS_NS = 'http://www.w3.org/2000/xmlns/';
const XLINK_NS = 'http://www.w3.org/1999/xlink';

/** The app's font stack (global.css), for engines that compute no style (and as the file's default). */
const DEFAULT_FONT_FAMILY =
  'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", sans-serif';

/** The styles that CSS may set on a chart's elements, and that the file must carry as attributes. */
const STYLE_PROPERTIES = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-opacity',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
] as const;

type StyleValues = Partial<Record<(typeof STYLE_PROPERTIES)[number], string>>;

/** Elements that draw nothing: no style to copy onto them. */
const UNSTYLED = new Set(['title', 'desc', 'metadata', 'style', 'script']);

const PADDING = 16;
const TITLE_FONT_SIZE = 24;
const TITLE_LINE_HEIGHT = 30;
const LEGEND_FONT_SIZE = 18;
const LEGEND_ROW_HEIGHT = 32;
const LEGEND_ITEM_GAP = 24;
const SWATCH_LABEL_GAP = 8;
const SWATCH_WIDTH = 40;
const SWATCH_HEIGHT = 22;
const CAPTION_FONT_SIZE = 16;
const CAPTION_LINE_HEIGHT = 22;
const SECTION_GAP = 10;
const BACKGROUND = '#ffffff';

export type StandaloneChartSvg = { svg: string; width: number; height: number };

/**
 * Whether the engine computes SVG styles at all (a browser does; jsdom does not, and answers black for
 * every fill). Without them, the elements' own attributes are what the chart looks like.
 */
const computesSvgStyles = (doc: Document) => {
  const svg = doc.createElementNS(SVG_NS, 'svg');
  const rect = doc.createElementNS(SVG_NS, 'rect');
  rect.setAttribute('fill', '#010203');
  svg.append(rect);
  svg.setAttribute('width', '0');
  svg.setAttribute('height', '0');
  doc.body.append(svg);
  try {
    return getComputedStyle(rect).fill.replace(/\s/g, '') === 'rgb(1,2,3)';
  } finally {
    svg.remove();
  }
};

/** `var(--name, fallback)` → the value of `--name` on the element, else the fallback, recursively. */
const resolveVars = (value: string, element: Element, depth = 0): string => {
  if (!value.includes('var(')) return value;
  // A variable that refers to itself, directly or not: nothing usable.
  if (depth > 8) return '';
  let resolved = '';
  let index = 0;
  while (index < value.length) {
    const start = value.indexOf('var(', index);
    if (start < 0) {
      resolved += value.slice(index);
      break;
    }
    resolved += value.slice(index, start);
    let level = 0;
    let end = start + 3;
    for (; end < value.length; end += 1) {
      if (value[end] === '(') level += 1;
      else if (value[end] === ')') {
        level -= 1;
        if (level === 0) break;
      }
    }
    const inner = value.slice(start + 4, end);
    const comma = inner.indexOf(',');
    const name = (comma < 0 ? inner : inner.slice(0, comma)).trim();
    const fallback = comma < 0 ? '' : inner.slice(comma + 1).trim();
    const own = getComputedStyle(element).getPropertyValue(name).trim();
    resolved += resolveVars(own || fallback, element, depth + 1);
    index = end + 1;
  }
  return resolved.trim();
};

/**
 * `url("http://host/page#bar-hatch-1")`, as a browser computes a fill → `url(#bar-hatch-1)`: a reference
 * inside the file, whatever page it came from.
 */
const localUrls = (value: string) => value.replace(/url\(\s*["']?[^"')]*#([^"')]+)["']?\s*\)/g, 'url(#$1)');

/**
 * Writes on `target` (a clone of `source`) and on its descendants what they look like: computed styles
 * when the engine has them, and CSS variables and page-relative references resolved in every attribute.
 */
const inlineStyles = (source: Element, target: Element, computed: boolean, inherited?: StyleValues) => {
  const values: StyleValues = {};
  if (computed && !UNSTYLED.has(source.localName)) {
    const style = getComputedStyle(source);
    for (const property of STYLE_PROPERTIES) {
      const value = style.getPropertyValue(property).trim();
      values[property] = value;
      if (!value) continue;
      // opacity is not inherited: its initial 1 needs no writing on every element.
      if (property === 'opacity' ? value === '1' : value === inherited?.[property]) {
        // Same as the parent: inherited in the file too, unless an attribute of the element's own says
        // otherwise (a CSS rule may have overridden it on the page).
        if (!target.hasAttribute(property)) continue;
      }
      target.setAttribute(property, value);
    }
  }
  for (const { name, value } of [...target.attributes]) {
    let resolved = value.includes('var(') ? resolveVars(value, source) : value;
    if (resolved.includes('url(')) resolved = localUrls(resolved);
    if (resolved === value) continue;
    if (resolved) target.setAttribute(name, resolved);
    else target.removeAttribute(name);
  }
  const sourceChildren = source.children;
  const targetChildren = target.children;
  for (let index = 0; index < sourceChildren.length; index += 1) {
    const sourceChild = sourceChildren[index];
    const targetChild = targetChildren[index];
    if (sourceChild && targetChild) inlineStyles(sourceChild, targetChild, computed, values);
  }
};

const inlinedClone = <T extends Element>(source: T, computed: boolean): T => {
  const clone = source.cloneNode(true) as T;
  inlineStyles(source, clone, computed);
  return clone;
};

/** Ids an element and its descendants refer to: `url(#id)` in attributes, `href="#id"`. */
const referencedIds = (root: Element) => {
  const ids = new Set<string>();
  for (const element of [root, ...root.querySelectorAll('*')]) {
    for (const { name, value } of element.attributes) {
      for (const match of value.matchAll(/url\(#([^)]+)\)/g)) if (match[1]) ids.add(match[1]);
      if ((name === 'href' || name === 'xlink:href') && value.startsWith('#')) ids.add(value.slice(1));
    }
  }
  return ids;
};

const hasId = (root: Element, id: string) =>
  [root, ...root.querySelectorAll('[id]')].some((element) => element.id === id);

// A bold line is planned 8 % wider than the same line in regular weight.
const estimateWidth = (text: string, fontSize: number, bold = false) =>
  estimateLabelWidth(text, fontSize) * (bold ? 1.08 : 1);

/** Greedy wrapping between words; a word longer than a line keeps a line of its own. */
const wrapText = (text: string, maxWidth: number, fontSize: number, bold = false) => {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (!line || estimateWidth(candidate, fontSize, bold) <= maxWidth) line = candidate;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  return lines;
};

/** Coordinates to a tenth of a pixel: no "202.39999999999998" in the file. */
const round = (value: number) => Math.round(value * 10) / 10;

const svgElement = (doc: Document, name: string, attributes: Record<string, string | number> = {}) => {
  const element = doc.createElementNS(SVG_NS, name);
  for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, String(value));
  return element;
};

/** Lines of text, each its own `<text>` (tspans with dy are read differently by some tools); returns the height. */
const appendLines = (
  parent: Element,
  lines: string[],
  {
    x,
    top,
    fontSize,
    lineHeight,
    attributes,
  }: {
    x: number;
    top: number;
    fontSize: number;
    lineHeight: number;
    attributes: Record<string, string | number>;
  },
) => {
  const doc = parent.ownerDocument;
  lines.forEach((line, index) => {
    // Baseline of a line centred in its line box (the ascent of a sans-serif is about 0.8 em).
    const baseline = top + index * lineHeight + (lineHeight - fontSize) / 2 + fontSize * 0.8;
    const text = svgElement(doc, 'text', {
      x: round(x),
      y: round(baseline),
      'font-size': fontSize,
      ...attributes,
    });
    text.textContent = line;
    parent.append(text);
  });
  return lines.length * lineHeight;
};

/** A hatch like the bars' (bar-chart-figure.tsx): half colour, half white, at 45 degrees. */
const hatchPattern = (doc: Document, id: string, color: string) => {
  const pattern = svgElement(doc, 'pattern', {
    id,
    width: 6,
    height: 6,
    patternUnits: 'userSpaceOnUse',
    patternTransform: 'rotate(45)',
  });
  pattern.append(
    svgElement(doc, 'rect', { width: 6, height: 6, fill: BACKGROUND }),
    svgElement(doc, 'rect', { width: 3, height: 6, fill: color }),
  );
  return pattern;
};

type LegendEntry = { label: string; width: number; height: number; draw: (x: number, y: number) => Element };

/** The HTML legend's items, each as something to draw: its swatch (or line sample) and its label. */
const legendEntries = (figure: HTMLElement, defs: Element, computed: boolean): LegendEntry[] => {
  const doc = figure.ownerDocument;
  return [...figure.querySelectorAll<HTMLElement>('.chart-legend-item')].map((item, index) => {
    const swatch = item.querySelector('.chart-swatch');
    const label = (item.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (swatch?.localName === 'svg') {
      // A line chart's sample (line and marker): the same drawing, its colours resolved.
      const width = Number(swatch.getAttribute('width')) || 48;
      const height = Number(swatch.getAttribute('height')) || 24;
      return {
        label,
        width,
        height,
        draw: (x, y) => {
          const clone = inlinedClone(swatch as SVGSVGElement, computed);
          for (const attribute of ['class', 'style', 'aria-hidden', 'focusable'])
            clone.removeAttribute(attribute);
          clone.setAttribute('x', String(round(x)));
          clone.setAttribute('y', String(round(y)));
          clone.setAttribute('width', String(width));
          clone.setAttribute('height', String(height));
          clone.setAttribute('overflow', 'visible');
          return clone;
        },
      };
    }
    const color = swatch
      ? resolveVars(getComputedStyle(swatch).getPropertyValue('--swatch-color').trim(), swatch)
      : '';
    const fill = color || CHART_TEXT.strong;
    const hatched = swatch?.classList.contains('chart-swatch--hatched') ?? false;
    const patternId = `export-legend-hatch-${index}`;
    if (hatched) defs.append(hatchPattern(doc, patternId, fill));
    return {
      label,
      width: SWATCH_WIDTH,
      height: SWATCH_HEIGHT,
      draw: (x, y) =>
        svgElement(doc, 'rect', {
          x: round(x + 1),
          y: round(y + 1),
          width: SWATCH_WIDTH - 2,
          height: SWATCH_HEIGHT - 2,
          fill: hatched ? `url(#${patternId})` : fill,
          stroke: fill,
          'stroke-width': 2,
          class: `export-swatch${hatched ? ' export-swatch--hatched' : ''}`,
        }),
    };
  });
};

/** Lays the legend out in rows within `maxWidth`; returns its height. */
const appendLegend = (
  parent: Element,
  entries: LegendEntry[],
  left: number,
  top: number,
  maxWidth: number,
) => {
  if (entries.length === 0) return 0;
  const doc = parent.ownerDocument;
  const group = svgElement(doc, 'g', { class: 'export-legend' });
  parent.append(group);
  let x = left;
  let row = 0;
  for (const entry of entries) {
    const width = entry.width + SWATCH_LABEL_GAP + estimateWidth(entry.label, LEGEND_FONT_SIZE);
    if (x > left && x + width > left + maxWidth) {
      row += 1;
      x = left;
    }
    const rowTop = top + row * LEGEND_ROW_HEIGHT;
    group.append(entry.draw(x, rowTop + (LEGEND_ROW_HEIGHT - entry.height) / 2));
    appendLines(group, [entry.label], {
      x: x + entry.width + SWATCH_LABEL_GAP,
      top: rowTop,
      fontSize: LEGEND_FONT_SIZE,
      lineHeight: LEGEND_ROW_HEIGHT,
      attributes: { fill: CHART_TEXT.strong },
    });
    x += width + LEGEND_ITEM_GAP;
  }
  return (row + 1) * LEGEND_ROW_HEIGHT;
};

const chartSize = (svg: SVGSVGElement) => {
  const box = svg.getBoundingClientRect();
  const viewBox = (svg.getAttribute('viewBox') ?? '').split(/[\s,]+/).map(Number);
  const width = Number(svg.getAttribute('width')) || box.width || viewBox[2] || 0;
  const height = Number(svg.getAttribute('height')) || box.height || viewBox[3] || 0;
  return { width: Math.round(width), height: Math.round(height) };
};

/**
 * A drawn `.chart-figure` → one self-contained SVG: its title (bold, on top), its legend, the chart, and
 * the figure's `data-export-caption` (date and source of the data) at the bottom, on white.
 */
export const standaloneChartSvg = (figure: HTMLElement): StandaloneChartSvg => {
  const doc = figure.ownerDocument;
  // Recharts' surface, or a chart drawn by hand (the map) that says it is one.
  const chart = figure.querySelector<SVGSVGElement>('svg.recharts-surface, svg.chart-svg');
  if (!chart) throw new Error('Ce graphique n’est pas dessiné : rien à exporter.');
  const computed = computesSvgStyles(doc);
  const fontFamily =
    (computed && getComputedStyle(figure).getPropertyValue('font-family').trim()) || DEFAULT_FONT_FAMILY;
  const title = (figure.querySelector('.chart-title')?.textContent ?? '').replace(/\s+/g, ' ').trim();
  const caption = figure.getAttribute('data-export-caption')?.trim() ?? '';
  const { width: chartWidth, height: chartHeight } = chartSize(chart);
  const contentWidth = Math.max(chartWidth, 200);
  const width = contentWidth + 2 * PADDING;

  const root = svgElement(doc, 'svg', { 'font-family': fontFamily });
  root.setAttributeNS(XMLNS_NS, 'xmlns:xlink', XLINK_NS);
  if (title) {
    // The file's own accessible name, and what file browsers show.
    const name = svgElement(doc, 'title');
    name.textContent = title;
    root.append(name);
  }
  const background = svgElement(doc, 'rect', { x: 0, y: 0, width, fill: BACKGROUND });
  const defs = svgElement(doc, 'defs');
  root.append(background, defs);

  let top = PADDING;
  if (title) {
    top += appendLines(root, wrapText(title, contentWidth, TITLE_FONT_SIZE, true), {
      x: PADDING,
      top,
      fontSize: TITLE_FONT_SIZE,
      lineHeight: TITLE_LINE_HEIGHT,
      attributes: { 'font-weight': 700, fill: CHART_TEXT.strong, class: 'export-title' },
    });
    top += SECTION_GAP;
  }
  const legendHeight = appendLegend(root, legendEntries(figure, defs, computed), PADDING, top, contentWidth);
  if (legendHeight > 0) top += legendHeight + SECTION_GAP;

  const chartClone = inlinedClone(chart, computed);
  // Sized by the page (width: 100%): the file says where and how big.
  for (const attribute of ['style', 'class', 'role', 'tabindex', 'aria-hidden', 'aria-label'])
    chartClone.removeAttribute(attribute);
  // A link in an image leads nowhere: the map's territories become plain groups in the file.
  for (const link of [...chartClone.querySelectorAll('a')]) {
    const group = svgElement(doc, 'g');
    for (const { name, value } of [...link.attributes]) {
      if (!['href', 'xlink:href', 'aria-label', 'tabindex', 'class'].includes(name))
        group.setAttribute(name, value);
    }
    group.append(...link.childNodes);
    link.replaceWith(group);
  }
  chartClone.setAttribute('class', 'export-chart');
  chartClone.setAttribute('x', String(PADDING));
  chartClone.setAttribute('y', String(top));
  chartClone.setAttribute('width', String(chartWidth));
  chartClone.setAttribute('height', String(chartHeight));
  if (!chartClone.hasAttribute('viewBox'))
    chartClone.setAttribute('viewBox', `0 0 ${chartWidth} ${chartHeight}`);
  // Value labels may reach past the plot area; the page does not clip them either.
  chartClone.setAttribute('overflow', 'visible');
  root.append(chartClone);
  top += chartHeight;

  // Patterns, gradients or clip paths the chart refers to but holds elsewhere in the page.
  for (const id of referencedIds(chartClone)) {
    if (hasId(chartClone, id) || hasId(defs, id)) continue;
    const source = doc.getElementById(id);
    if (source) defs.append(inlinedClone(source, computed));
  }

  if (caption) {
    top += SECTION_GAP;
    top += appendLines(root, wrapText(caption, contentWidth, CAPTION_FONT_SIZE), {
      x: PADDING,
      top,
      fontSize: CAPTION_FONT_SIZE,
      lineHeight: CAPTION_LINE_HEIGHT,
      attributes: { fill: CHART_TEXT.muted, class: 'export-caption' },
    });
  }
  const height = Math.ceil(top + PADDING);
  background.setAttribute('height', String(height));
  root.setAttribute('width', String(width));
  root.setAttribute('height', String(height));
  root.setAttribute('viewBox', `0 0 ${width} ${height}`);
  if (defs.childElementCount === 0) defs.remove();

  return { svg: new XMLSerializer().serializeToString(root), width, height };
};

/**
 * The standalone SVG drawn on a canvas, `scale` times its size (2: sharp on a projector or a high-density
 * screen), on white: a PNG has no transparency surprise on a dark slide.
 */
export const chartToPngBlob = (svg: string, width: number, height: number, scale = 2): Promise<Blob> =>
  new Promise((resolve, reject) => {
    const image = new Image();
    image.onload = () => {
      const canvas = document.createElement('canvas');
      canvas.width = Math.round(width * scale);
      canvas.height = Math.round(height * scale);
      const context = canvas.getContext('2d');
      if (!context) {
        reject(new Error('Le navigateur ne peut pas dessiner l’image.'));
        return;
      }
      context.fillStyle = BACKGROUND;
      context.fillRect(0, 0, canvas.width, canvas.height);
      context.drawImage(image, 0, 0, canvas.width, canvas.height);
      canvas.toBlob(
        (blob) => (blob ? resolve(blob) : reject(new Error('L’image PNG n’a pas pu être créée.'))),
        'image/png',
      );
    };
    image.onerror = () => reject(new Error('L’image du graphique n’a pas pu être lue.'));
    // A data URL rather than an object URL: an image from it never taints the canvas.
    image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  });
