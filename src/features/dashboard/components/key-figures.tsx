import type { ReactNode } from 'react';

export type KeyFigure = {
  key: string;
  label: string;
  value: string;
  /**
   * The value is words that say why there is no number (« non calculé », « non renseigné », « sans objet »):
   * written smaller than a number, so that it holds on one line and the row keeps its height.
   */
  words?: boolean;
  /** What the figure is made of, in words: every figure explains itself. */
  detail?: ReactNode;
};

/**
 * How one figure is computed, in full, starting with its name ("Couverture : part des objectifs…"): a line
 * of the figures' « Comment est-ce calculé ? ».
 */
export type KeyFigureRule = { key: string; text: string };

/** How the figures are computed, folded under them; print-mode.ts opens it on paper. */
const FigureRules = ({ rules, label }: { rules: KeyFigureRule[]; label: string }) => (
  <details className="key-figures-rules rule-disclosure">
    <summary>
      Comment est-ce calculé ?<span className="visually-hidden"> ({label})</span>
    </summary>
    <ul>
      {rules.map((rule) => (
        <li key={rule.key}>{rule.text}</li>
      ))}
    </ul>
  </details>
);

/**
 * The figures an elected official reads first, in large type; a list of label–value pairs, then, when
 * given, how each is computed, folded.
 */
export const KeyFigures = ({
  figures,
  label,
  className,
  rules,
}: {
  figures: KeyFigure[];
  label: string;
  /** A variant of the layout: the overview's compact row, the slides' larger figures. */
  className?: string;
  rules?: KeyFigureRule[];
}) => (
  <>
    <dl className={className ? `key-figures ${className}` : 'key-figures'} aria-label={label}>
      {figures.map((figure) => (
        <div key={figure.key} className="key-figure">
          <dt>{figure.label}</dt>
          <dd className={figure.words ? 'key-figure-value key-figure-value--words' : 'key-figure-value'}>
            {figure.value}
          </dd>
          {figure.detail && <dd className="key-figure-detail">{figure.detail}</dd>}
        </div>
      ))}
    </dl>
    {rules && rules.length > 0 && <FigureRules rules={rules} label={label} />}
  </>
);

/**
 * Placeholders of the same size as the figures, while the data loads: nothing moves when it comes (with
 * `rules`, the line of their « Comment est-ce calculé ? » too).
 */
export const KeyFiguresSkeleton = ({
  count,
  className,
  rules = false,
}: {
  count: number;
  className?: string;
  rules?: boolean;
}) => (
  <>
    <div className={className ? `key-figures ${className}` : 'key-figures'} aria-hidden="true">
      {Array.from({ length: count }, (_, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: placeholders have no identity
        <div key={index} className="key-figure key-figure--skeleton" />
      ))}
    </div>
    {rules && <div className="key-figures-rules key-figures-rules--skeleton" aria-hidden="true" />}
  </>
);
