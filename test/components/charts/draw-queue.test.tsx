import { act, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  samePlotProps,
  setDrawAtOnce,
  setProgressiveDrawing,
  useAfterFirstPaint,
} from '../../../src/components/charts/draw-queue';
import { lazyPlot } from '../../../src/components/charts/lazy-plot';

type Props = { height: number; name: string; rows: { value: number }[] };

/** Every drawing the plots made, in order: "name:values". */
let drawings: string[] = [];
const Drawing = ({ name, rows }: Props) => {
  drawings.push(`${name}:${rows.map((row) => row.value).join(',')}`);
  return <svg data-testid={`plot-${name}`} data-values={rows.map((row) => row.value).join(',')} />;
};

const plot = lazyPlot<Props>(async () => Drawing);

const Page = ({ values }: { values: number[] }) => (
  <main>
    {['a', 'b', 'c'].map((name) => (
      <plot.Plot key={name} height={200} name={name} rows={values.map((value) => ({ value }))} />
    ))}
  </main>
);

beforeEach(async () => {
  await plot.preload();
  drawings = [];
  setProgressiveDrawing(true);
});
afterEach(() => {
  setProgressiveDrawing(false);
  setDrawAtOnce(false);
});

describe('charts drawn in turns', () => {
  it('draws the first chart in the page’s first render, the others one after another', async () => {
    const { container } = render(<Page values={[1, 2]} />);
    expect(screen.getByTestId('plot-a')).toBeInTheDocument();
    expect(screen.queryByTestId('plot-b')).not.toBeInTheDocument();
    // The others hold their place meanwhile.
    expect(container.querySelectorAll('.chart-skeleton')).toHaveLength(2);
    await waitFor(() => expect(screen.getByTestId('plot-c')).toBeInTheDocument());
    expect(drawings).toEqual(['a:1,2', 'b:1,2', 'c:1,2']);
  });

  it('draws every chart in the first render while the app renders behind a prerendered first screen', () => {
    setDrawAtOnce(true);
    const { container } = render(<Page values={[3]} />);
    expect(container.querySelectorAll('.chart-skeleton')).toHaveLength(0);
    expect(drawings).toEqual(['a:3', 'b:3', 'c:3']);
  });

  it('does not draw again a chart whose data did not change, and draws again those whose data did', async () => {
    const { rerender } = render(<Page values={[1, 2]} />);
    await waitFor(() => expect(screen.getByTestId('plot-c')).toBeInTheDocument());
    drawings = [];
    // Equal data in new arrays, as a page's render makes them.
    rerender(<Page values={[1, 2]} />);
    await act(() => new Promise((resolve) => setTimeout(resolve, 100)));
    expect(drawings).toEqual([]);

    rerender(<Page values={[3]} />);
    await waitFor(() => expect(screen.getByTestId('plot-c')).toHaveAttribute('data-values', '3'));
    expect(drawings).toEqual(['a:3', 'b:3', 'c:3']);
  });
});

describe('samePlotProps', () => {
  it('compares functions and scalars by identity, data by value', () => {
    const format = (value: number) => String(value);
    const base = { height: 200, rows: [{ value: 1 }], format };
    expect(samePlotProps(base, { ...base, rows: [{ value: 1 }] })).toBe(true);
    expect(samePlotProps(base, { ...base, rows: [{ value: 2 }] })).toBe(false);
    expect(samePlotProps(base, { ...base, height: 300 })).toBe(false);
    expect(samePlotProps(base, { ...base, format: (value: number) => String(value) })).toBe(false);
  });
});

const Below = () => (useAfterFirstPaint() ? <p>Plus bas</p> : null);

describe('useAfterFirstPaint', () => {
  it('renders the lower parts of a page once its first screen is painted', async () => {
    render(<Below />);
    expect(screen.queryByText('Plus bas')).not.toBeInTheDocument();
    expect(await screen.findByText('Plus bas')).toBeInTheDocument();
  });
});
