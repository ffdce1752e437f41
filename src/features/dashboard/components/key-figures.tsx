import type { ReactNode } from 'react';

export type KeyFigure = {
  key: string;
  label: string;
  value: string;
  /** What the figure is made of, in words: every figure explains itself. */
  detail?: ReactNode;
};

/** The figures an elected official reads first, in large type; a list of label–value pairs. */
export const KeyFigures = ({
  figures,
  label,
  className,
}: {
  figures: KeyFigure[];
  label: string;
  /** A variant of the layout, e.g. the slides' larger figures. */
  className?: string;
}) => (
  <dl className={className ? `key-figures ${className}` : 'key-figures'} aria-label={label}>
    {figures.map((figure) => (
      <div key={figure.key} className="key-figure">
        <dt>{figure.label}</dt>
        <dd className="key-figure-value">{figure.value}</dd>
        {figure.detail && <dd className="key-figure-detail">{figure.detail}</dd>}
      </div>
    ))}
  </dl>
);

/** Placeholders of the same size as the figures, while the data loads: nothing moves when it comes. */
export const KeyFiguresSkeleton = ({ count }: { count: number }) => (
  <div className="key-figures" aria-hidden="true">
    {Array.from({ length: count }, (_, index) => (
      // biome-ignore lint/suspicious/noArrayIndexKey: placeholders have no identity
      <div key={index} className="key-figure key-figure--skeleton" />
    ))}
  </div>
);
