import { useFailureStatus } from '../lib/use-failure-status';

export type ExportAction = {
  key: string;
  /** The button's visible words, e.g. "Image PNG". */
  label: string;
  /** Its accessible name: the visible words and what is exported (WCAG 2.5.3, label in name). */
  name: string;
  run: () => Promise<void> | void;
};

/**
 * A row of export buttons (charts' images and tables, tables as CSV). A failed export says so in a status
 * line, read out, instead of failing silently; the cause goes to the console for whoever maintains the page.
 */
export const ExportActions = ({
  actions,
  errorMessage,
  intro,
  className,
}: {
  actions: readonly ExportAction[];
  errorMessage: string;
  /** Words before the buttons, e.g. "Exporter :" (the buttons' names already say it to screen readers). */
  intro?: string;
  className?: string;
}) => {
  const { message, run } = useFailureStatus();
  return (
    <div className={className ? `chart-actions no-print ${className}` : 'chart-actions no-print'}>
      {intro && (
        <span className="chart-actions-label" aria-hidden="true">
          {intro}
        </span>
      )}
      {actions.map((action) => (
        <button
          key={action.key}
          type="button"
          className="button button--secondary"
          aria-label={action.name}
          onClick={() => void run(action.run, () => errorMessage)}
        >
          {action.label}
        </button>
      ))}
      {/* Empty until an export fails; kept in the page so that the message is announced. */}
      <p className="chart-actions-status" role="status">
        {message}
      </p>
    </div>
  );
};
