import { type ComponentType, type LazyExoticComponent, lazy, useMemo } from 'react';
import { samePlotProps, useDrawTurn } from './draw-queue';

/** A plot says its height, so that its place is held while it waits for its turn to be drawn. */
export type PlotProps = { height: number };

export type LazyPlot<P extends PlotProps> = {
  /** Renders the plot: at once when its module is loaded, through Suspense while it is loading. */
  Plot: (props: P) => React.ReactNode;
  /** Starts loading the module (once), and resolves when it is there. */
  preload: () => Promise<ComponentType<P>>;
};

/** How to forget each plot's failed load: called by a chart's "Réessayer" (ChartErrorBoundary). */
const forgetters = new Set<() => void>();

/** Lets the next render of every plot whose module failed to load try to load it again. */
export const forgetFailedPlotLoads = () => {
  for (const forget of forgetters) forget();
};

/**
 * A component whose module is loaded on demand, like React.lazy, with two differences the charts need:
 * - once the module is loaded, it renders directly, without a Suspense round (React.lazy suspends on its
 *   first render even when the module is already there, which would flash the skeleton on every page);
 * - a failed load is kept (the chart's error boundary shows it) until forgetFailedPlotLoads, so that the
 *   chart's "Réessayer" loads the module again rather than replaying the cached failure. It is not retried
 *   on its own: offline, that would loop.
 */
export const lazyPlot = <P extends PlotProps>(load: () => Promise<ComponentType<P>>): LazyPlot<P> => {
  // Module state, on purpose: one load for the whole app, whatever the number of charts.
  let loaded: ComponentType<P> | undefined;
  let pending: Promise<ComponentType<P>> | undefined;
  let failed = false;
  let Lazy: LazyExoticComponent<ComponentType<P>> | undefined;
  const preload = () => {
    pending ??= load().then(
      (component) => {
        loaded = component;
        return component;
      },
      (error: unknown) => {
        failed = true;
        throw error;
      },
    );
    return pending;
  };
  forgetters.add(() => {
    if (!failed) return;
    failed = false;
    pending = undefined;
    Lazy = undefined;
  });
  // biome-ignore lint/correctness/noComponentHookFactories: lazyPlot is called once per module, at module level, never in a render
  const Plot = (props: P) => {
    // Drawn in turn with the page's other charts (see draw-queue.ts), and again only when its data change.
    const drawn = useDrawTurn(props, samePlotProps);
    // The same element while the drawn props are the same: React skips the plot when the page re-renders.
    const element = useMemo(() => {
      if (!drawn) return null;
      if (loaded && !Lazy) {
        const Loaded = loaded;
        return <Loaded {...drawn.value} />;
      }
      Lazy ??= lazy(() => preload().then((component) => ({ default: component })));
      return <Lazy {...drawn.value} />;
    }, [drawn]);
    return element ?? <div className="chart-skeleton" style={{ height: props.height }} />;
  };
  return { Plot, preload };
};
