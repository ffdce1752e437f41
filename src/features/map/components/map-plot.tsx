import { type CSSProperties, type ReactNode, useId, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useHref, useLinkClickHandler } from 'react-router-dom';
import { CHART_FONT_SIZE, CHART_LINE_HEIGHT } from '../../../components/charts/chart-figure';
import { INITIAL_PLOT_WIDTH } from '../../../components/charts/plot-data';
import { layoutMap, type PlacedLabel } from '../../../domain/map-layout';
import { estimateLabelWidth } from '../../../lib/label-width';
import type { MapListItem, MapPlotProps } from '../map-plot-types';
import { LIGHT_MAP_THEME, type MapTheme } from '../map-theme';
import { MapHatchPattern, MapTexturePattern } from './map-texture';

/**
 * The neighbourhood map as SVG, drawn with d3-geo (loaded with this module, on demand): the communes'
 * outlines as a background, each territory with a perimeter as a coloured shape with its name and value
 * beside it, and the territories without one listed beside the map (below it on a narrow screen). Every
 * territory is a link to its page, reachable with the keyboard, whose accessible name holds its value.
 * Everything is in the one SVG, so that the image export and the print show the same as the screen.
 */

const LIST_MIN_WIDTH = 260;
const LIST_MAX_WIDTH = 360;
/** Under this width the list goes below the map. */
const SIDE_LIST_MIN_WIDTH = 720;
const LIST_GAP = 24;
const LIST_TITLE_HEIGHT = 34;
const LIST_ROW_HEIGHT = 56;
const SWATCH_WIDTH = 30;
const SWATCH_HEIGHT = 22;
const MAP_PADDING = 12;
const BACKGROUND_FONT_SIZE = 16;
const INSET_SIZE = 190;
/** The overview's map grows with the width of the screen up to this height, in px. */
const MAX_MAP_HEIGHT = 640;
/** Under this width a territory's map has no locator beside it. */
const INSET_MIN_WIDTH = 560;

/** A halo of the background's colour around text, so that it reads over a shape's outline. */
const halo = (theme: MapTheme) =>
  ({ paintOrder: 'stroke', stroke: theme.halo, strokeWidth: 5, strokeLinejoin: 'round' }) as CSSProperties;

/** The width of the element, followed as it changes (the print, a resized window); a guess until measured. */
const useWidth = () => {
  const ref = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(INITIAL_PLOT_WIDTH);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const measure = () => {
      const measured = Math.floor(element.getBoundingClientRect().width);
      if (measured > 0) setWidth(measured);
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return { ref, width };
};

/** An SVG link that navigates within the app, as React Router's <Link> does for HTML. */
const MapLink = ({
  to,
  label,
  className,
  children,
}: {
  to: string;
  label: string;
  className: string;
  children: ReactNode;
}) => {
  const href = useHref(to);
  const onClick = useLinkClickHandler<HTMLAnchorElement>(to);
  return (
    <a href={href} onClick={onClick} aria-label={label} className={className}>
      {children}
    </a>
  );
};

type TextSize = { fontSize: number; lineHeight: number };

const Label = ({
  label,
  size,
  theme,
  bold = true,
}: {
  label: PlacedLabel;
  size: TextSize;
  theme: MapTheme;
  bold?: boolean;
}) => (
  <text className="map-label" fontSize={size.fontSize} fill={theme.text} style={halo(theme)}>
    {label.lines.map((line, index) => (
      <tspan
        // biome-ignore lint/suspicious/noArrayIndexKey: the lines of one label, in a fixed order
        key={index}
        x={label.x}
        y={label.y + index * size.lineHeight + size.fontSize * 0.85}
        fontWeight={bold && index === 0 ? 700 : 400}
      >
        {line}
      </tspan>
    ))}
  </text>
);

const swatchFill = (item: { fill: string; hatched: boolean }, hatchId: string) =>
  item.hatched ? `url(#${hatchId})` : item.fill;

const ListItems = ({
  items,
  title,
  x,
  y,
  width,
  hatchId,
  theme,
}: {
  items: MapListItem[];
  title: string;
  x: number;
  y: number;
  width: number;
  hatchId: string;
  theme: MapTheme;
}) => (
  <g className="map-list">
    <text x={x} y={y + CHART_FONT_SIZE} fontSize={CHART_FONT_SIZE} fontWeight={700} fill={theme.text}>
      {title}
    </text>
    {items.map((item, index) => {
      const top = y + LIST_TITLE_HEIGHT + index * LIST_ROW_HEIGHT;
      const textX = item.swatch ? x + SWATCH_WIDTH + 10 : x;
      return (
        <MapLink key={item.key} to={item.href} label={item.accessibleName} className="map-link map-list-item">
          {/* The row's whole box is the link's target, not only its text. */}
          <rect x={x} y={top} width={width} height={LIST_ROW_HEIGHT - 6} fill="transparent" />
          {item.swatch && (
            <rect
              className="map-swatch"
              x={x + 1}
              y={top + 4}
              width={SWATCH_WIDTH - 2}
              height={SWATCH_HEIGHT}
              fill={swatchFill(item, hatchId)}
              stroke={theme.shapeStroke}
              strokeWidth={1.5}
            />
          )}
          <text x={textX} y={top + CHART_FONT_SIZE} fontSize={CHART_FONT_SIZE} fill={theme.text}>
            <tspan fontWeight={700}>{item.name}</tspan>
            <tspan x={textX} dy={CHART_LINE_HEIGHT}>
              {item.valueText}
            </tspan>
          </text>
        </MapLink>
      );
    })}
  </g>
);

export const MapPlot = ({
  height: leastHeight,
  shapes,
  background,
  list,
  listTitle,
  fitTo,
  label,
  fontSize = CHART_FONT_SIZE,
  theme = LIGHT_MAP_THEME,
  exactHeight = false,
}: MapPlotProps) => {
  const { ref, width } = useWidth();
  const hatchId = `map-hatch-${useId().replace(/[^\w-]/g, '')}`;
  const clipId = `map-clip-${useId().replace(/[^\w-]/g, '')}`;
  const textureId = `map-texture-${useId().replace(/[^\w-]/g, '')}`;
  // The charts' 18 px on 22 px lines, or the same proportions at a slide's size; the communes' names a
  // little smaller on a page (they are the background), as large as the rest on a slide.
  const size: TextSize =
    fontSize === CHART_FONT_SIZE
      ? { fontSize, lineHeight: CHART_LINE_HEIGHT }
      : { fontSize, lineHeight: Math.round((fontSize * CHART_LINE_HEIGHT) / CHART_FONT_SIZE) };
  const backgroundFontSize = fontSize === CHART_FONT_SIZE ? BACKGROUND_FONT_SIZE : fontSize;

  const longestListLine = Math.max(
    estimateLabelWidth(listTitle, CHART_FONT_SIZE),
    ...list.flatMap((item) =>
      [item.name, item.valueText].map((text) => estimateLabelWidth(text, CHART_FONT_SIZE)),
    ),
  );
  const listWidth = Math.min(
    LIST_MAX_WIDTH,
    Math.max(LIST_MIN_WIDTH, Math.ceil(longestListLine + SWATCH_WIDTH + 14)),
  );
  const listBeside = list.length > 0 && width >= SIDE_LIST_MIN_WIDTH;
  const withInset = fitTo === 'shapes' && background.length > 0 && width >= INSET_MIN_WIDTH;
  const insetWidth = withInset ? INSET_SIZE + LIST_GAP : 0;
  const mapWidth = Math.max(200, width - (listBeside ? listWidth + LIST_GAP : 0) - insetWidth);
  // A wide screen gets a taller map (up to MAX_MAP_HEIGHT): the neighbourhoods grow with it.
  const height =
    fitTo === 'all' && !exactHeight
      ? Math.max(leastHeight, Math.min(MAX_MAP_HEIGHT, Math.round(mapWidth * 0.6)))
      : leastHeight;
  const listHeight = list.length > 0 ? LIST_TITLE_HEIGHT + list.length * LIST_ROW_HEIGHT : 0;
  const totalHeight =
    listBeside || list.length === 0 ? Math.max(height, listHeight) : height + LIST_GAP + listHeight;

  const layout = useMemo(
    () =>
      layoutMap(
        shapes.map((shape) => ({ key: shape.key, geometry: shape.geometry, labelLines: shape.labelLines })),
        background.map((item) => ({ key: item.key, geometry: item.geometry, label: item.name })),
        {
          width: mapWidth,
          height,
          padding: fitTo === 'shapes' ? 70 : MAP_PADDING,
          fitTo,
          fontSize: size.fontSize,
          lineHeight: size.lineHeight,
          backgroundFontSize,
        },
      ),
    [shapes, background, mapWidth, height, fitTo, size.fontSize, size.lineHeight, backgroundFontSize],
  );
  const inset = useMemo(
    () =>
      withInset
        ? layoutMap(
            shapes.map((shape) => ({ key: shape.key, geometry: shape.geometry, labelLines: [] })),
            background.map((item) => ({ key: item.key, geometry: item.geometry, label: item.name })),
            {
              width: INSET_SIZE,
              height: INSET_SIZE,
              padding: 8,
              fitTo: 'all',
              fontSize: BACKGROUND_FONT_SIZE,
              lineHeight: 20,
              backgroundFontSize: BACKGROUND_FONT_SIZE,
            },
          )
        : null,
    [withInset, shapes, background],
  );
  const shapeByKey = new Map(shapes.map((shape) => [shape.key, shape]));

  return (
    <div ref={ref} className="map-plot">
      {/* biome-ignore lint/a11y/useSemanticElements: an SVG cannot be a fieldset; its links are grouped under the map's name */}
      <svg
        className="chart-svg map-svg"
        role="group"
        aria-label={label}
        width={width}
        height={totalHeight}
        viewBox={`0 0 ${width} ${totalHeight}`}
        fontFamily="inherit"
      >
        <defs>
          <MapHatchPattern id={hatchId} theme={theme} />
          {shapes.map(
            (shape, index) =>
              shape.texture && (
                <MapTexturePattern
                  key={shape.key}
                  id={`${textureId}-${index}`}
                  style={shape.texture}
                  cell={Math.round(size.fontSize / 3)}
                />
              ),
          )}
          <clipPath id={clipId}>
            <rect x={0} y={0} width={mapWidth} height={height} />
          </clipPath>
        </defs>
        {inset && (
          // biome-ignore lint/a11y/noAriaHiddenOnFocusable: a drawing with no link in it; the summary says where the territory lies
          <g className="map-inset" aria-hidden="true">
            <rect
              x={0.5}
              y={0.5}
              width={INSET_SIZE - 1}
              height={INSET_SIZE - 1}
              fill="#ffffff"
              stroke="#8a93a3"
            />
            {inset.background.map((item) => (
              <path key={item.key} d={item.path} fill="#f3f5f8" stroke="#454d5c" strokeWidth={1} />
            ))}
            {inset.shapes.map((item) => (
              <path key={item.key} d={item.path} fill={theme.text} stroke={theme.text} strokeWidth={2} />
            ))}
            {inset.background.map(
              (item) =>
                item.label && (
                  <text
                    key={item.key}
                    x={INSET_SIZE / 2}
                    y={INSET_SIZE - 8}
                    textAnchor="middle"
                    fontSize={BACKGROUND_FONT_SIZE}
                    fill={theme.muted}
                    style={halo(theme)}
                  >
                    {item.label.lines[0]}
                  </text>
                ),
            )}
          </g>
        )}
        <g transform={insetWidth > 0 ? `translate(${insetWidth}, 0)` : undefined}>
          {/* biome-ignore lint/a11y/noAriaHiddenOnFocusable: the communes' outlines, a drawing with no link in it */}
          <g className="map-background" aria-hidden="true" clipPath={`url(#${clipId})`}>
            {layout.background.map((item) => (
              <path
                key={item.key}
                className="map-commune"
                d={item.path}
                fill={theme.communeFill}
                stroke={theme.communeStroke}
                strokeWidth={1.5}
              />
            ))}
            {layout.background.map(
              (item) =>
                item.label && (
                  <text
                    key={item.key}
                    x={item.label.x + item.label.width / 2}
                    y={item.label.y + backgroundFontSize}
                    textAnchor="middle"
                    fontSize={backgroundFontSize}
                    fontStyle="italic"
                    fill={theme.muted}
                    style={halo(theme)}
                  >
                    {item.label.lines[0]}
                  </text>
                ),
            )}
          </g>
          <g className="map-shapes">
            {layout.shapes.map((item) => {
              const shape = shapeByKey.get(item.key);
              if (!shape) return null;
              const index = shapes.indexOf(shape);
              const drawing = (
                <>
                  <path
                    className="map-shape"
                    data-territory={shape.key}
                    d={item.path}
                    fill={
                      shape.texture && !shape.hatched
                        ? `url(#${textureId}-${index})`
                        : swatchFill(shape, hatchId)
                    }
                    stroke={theme.shapeStroke}
                    strokeWidth={shape.current ? 3 : 2}
                    strokeLinejoin="round"
                  />
                  {item.label && <Label label={item.label} size={size} theme={theme} />}
                </>
              );
              return shape.href ? (
                <MapLink
                  key={item.key}
                  to={shape.href}
                  label={shape.accessibleName}
                  className="map-link map-territory"
                >
                  {drawing}
                </MapLink>
              ) : (
                // Not a link (the territory's own page): the map's name and summary say what it shows.
                <g key={item.key} className="map-territory">
                  {drawing}
                </g>
              );
            })}
          </g>
        </g>
        {list.length > 0 && (
          <ListItems
            items={list}
            title={listTitle}
            x={listBeside ? width - listWidth : 0}
            y={listBeside ? 0 : height + LIST_GAP}
            width={listBeside ? listWidth : Math.min(width, LIST_MAX_WIDTH)}
            hatchId={hatchId}
            theme={theme}
          />
        )}
      </svg>
    </div>
  );
};
