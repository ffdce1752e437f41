import { useEffect, useId, useState } from 'react';
import { CAPTURE_GLOBAL } from '../../lib/snapshot-protocol';

/**
 * Charts draw one at a time, one per frame, in the order they ask (the page's order on its first render).
 * Recharts takes tens of milliseconds per chart: a page of seven charts drawn in one go shows none of them
 * until the last is done, and a filter change freezes the page as long. In turns, the first chart shows
 * as soon as it is drawn, the browser paints between two charts, and a click is handled in between.
 *
 * A chart whose data did not change does not ask for a turn: it keeps its drawing.
 */

/** How long a turn may be held by a chart that never committed (a render React threw away). */
const TURN_TIMEOUT_MS = 500;

let holder: string | null = null;
let watchdog: ReturnType<typeof setTimeout> | undefined;
const waiting: { id: string; grant: () => void }[] = [];
let enabled = true;

/**
 * Off, every chart draws at once, in the same render as its frame, and deferred parts of a page render at
 * once too (component tests, which check a whole page right after it renders).
 */
export const setProgressiveDrawing = (on: boolean) => {
  enabled = on;
};

const release = (id: string) => {
  if (holder !== id) return;
  holder = null;
  clearTimeout(watchdog);
  const next = waiting.shift();
  if (next) take(next.id, next.grant);
};

const take = (id: string, grant?: () => void) => {
  holder = id;
  clearTimeout(watchdog);
  watchdog = setTimeout(() => release(id), TURN_TIMEOUT_MS);
  grant?.();
};

/**
 * On, the charts that mount draw at once, in the render that mounts them, without taking turns: while the
 * app renders behind a prerendered first screen (src/app/snapshot-handover.ts), nobody sees its charts come
 * one by one, and the snapshot is replaced only once they are all there.
 */
let atOnce = false;

export const setDrawAtOnce = (on: boolean) => {
  atOnce = on;
};

/** Takes the turn if nobody holds it (or `id` already does: React may render a component twice). */
const claim = (id: string) => {
  if (!enabled || atOnce) return true;
  if (holder !== null && holder !== id) return false;
  take(id);
  return true;
};

/** Waits for the turn; returns how to stop waiting. */
const request = (id: string, grant: () => void) => {
  if (claim(id)) {
    grant();
    return () => {};
  }
  const entry = { id, grant };
  waiting.push(entry);
  return () => {
    const at = waiting.indexOf(entry);
    if (at >= 0) waiting.splice(at, 1);
  };
};

/** Gives the turn on once the browser has painted what was just drawn. */
const releaseAfterPaint = (id: string) => {
  if (!enabled) return;
  requestAnimationFrame(() => setTimeout(() => release(id), 0));
};

/**
 * The value a chart should draw: `value` once it has had its turn, the previous one meanwhile (undefined
 * before the first: the chart shows its skeleton). `same` says whether two values draw the same chart.
 */
export const useDrawTurn = <T>(value: T, same: (a: T, b: T) => boolean): { value: T } | undefined => {
  const id = useId();
  const [drawn, setDrawn] = useState<{ value: T } | undefined>(() => (claim(id) ? { value } : undefined));
  const current = drawn !== undefined && (drawn.value === value || same(drawn.value, value));
  // Without the queue (tests), a new value is drawn in the same render, as it would be without turns.
  const shown = !enabled && !current ? { value } : drawn;

  useEffect(() => {
    if (current || !enabled) {
      releaseAfterPaint(id);
      return;
    }
    return request(id, () => setDrawn({ value }));
  }, [current, value, id]);

  // A chart leaving the page gives the turn back.
  useEffect(() => () => release(id), [id]);

  return shown;
};

/**
 * Whether two sets of a plot's props draw the same chart: the same functions and scalars, and data (rows,
 * series, margins) equal in value. The data of a chart are a few dozen rows: comparing them costs far less
 * than drawing them again.
 */
export const samePlotProps = <P extends object>(a: P, b: P) => {
  const keysA = Object.keys(a) as (keyof P)[];
  if (keysA.length !== Object.keys(b).length) return false;
  return keysA.every((key) => {
    const x = a[key];
    const y = b[key];
    if (Object.is(x, y)) return true;
    if (typeof x !== 'object' || typeof y !== 'object' || x === null || y === null) return false;
    return JSON.stringify(x) === JSON.stringify(y);
  });
};

/**
 * Whether the build is capturing the page's first screen (scripts/prerender.ts sets the flag before the page
 * loads): what lies below it then never renders, and the snapshot holds the first screen only.
 */
const capturingFirstScreen = () =>
  typeof window !== 'undefined' && (window as unknown as Record<string, unknown>)[CAPTURE_GLOBAL] === true;

/**
 * False on a page's first render, true from the frame after it has been painted: the parts of a page
 * below its first screen wait for it, so that the first screen (its key figures and first chart) is not
 * held up by what nobody sees yet.
 */
export const useAfterFirstPaint = () => {
  const [painted, setPainted] = useState(!enabled);
  useEffect(() => {
    if (painted || capturingFirstScreen()) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => setPainted(true), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [painted]);
  return painted;
};
