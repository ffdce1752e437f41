import { Component, type ReactNode } from 'react';
import { forgetFailedPlotLoads } from './lazy-plot';

type Props = {
  /** The chart's height in px: the message takes at least the chart's room, so the page does not jump. */
  height: number;
  children: ReactNode;
};

type State = { error: Error | null };

export const CHART_RENDER_ERROR_MESSAGE =
  'Ce graphique n’a pas pu être affiché. Ses valeurs restent lisibles dans le tableau des données.';

/**
 * Contains a failure to draw one chart (a render error, or its drawing module that did not load, e.g.
 * offline): the chart's place says so and offers to try again; the page, its other charts and this chart's
 * data table stay. React can only catch render errors in a class component.
 */
export class ChartErrorBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error) {
    // Kept in the console for whoever investigates; the user gets the sentence above.
    console.error('Erreur d’affichage d’un graphique :', error);
  }

  private readonly retry = () => {
    // A drawing module that failed to load (offline) is loaded again, not its failure replayed.
    forgetFailedPlotLoads();
    this.setState({ error: null });
  };

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <div className="chart-area chart-error" style={{ minHeight: this.props.height }} role="alert">
        <p>{CHART_RENDER_ERROR_MESSAGE}</p>
        <button type="button" className="button" onClick={this.retry}>
          Réessayer
        </button>
      </div>
    );
  }
}
