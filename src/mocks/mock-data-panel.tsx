import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useId, useState } from 'react';
import { formatInteger } from '../lib/format';
import { getMockSettings, setMockSettings } from './browser';
import {
  type MockFailure,
  type MockSettings,
  type MockTarget,
  mockFailureLabels,
  mockFailures,
  mockSizes,
  mockTargets,
} from './mock-settings';

const latencies = [0, 300, 1_000, 3_000, 10_000];
const targetLabels: Record<MockTarget, string> = {
  actions: 'actions.json',
  territories: 'territories.json',
  meta: 'meta.json',
  objectives: 'objectives.json',
};

/**
 * Development only: picks the mock API's data size, latency and failure mode, then reloads every query so
 * that the change shows at once. The same settings can be given as `mock-*` params in the address.
 */
export const MockDataPanel = () => {
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState<MockSettings>(getMockSettings);
  const id = useId();
  const apply = (event: FormEvent) => {
    event.preventDefault();
    setMockSettings(draft);
    void queryClient.resetQueries();
  };
  return (
    <details className="mock-panel">
      <summary>Données fictives (développement)</summary>
      <form onSubmit={apply}>
        <label htmlFor={`${id}-size`}>Volume d’actions</label>
        <select
          id={`${id}-size`}
          value={draft.actions ?? 'standard'}
          onChange={(event) =>
            setDraft({
              ...draft,
              actions: event.target.value === 'standard' ? null : Number(event.target.value),
            })
          }
        >
          <option value="standard">Réaliste (25 à 45 par an)</option>
          {mockSizes.map((size) => (
            <option key={size} value={size}>
              {formatInteger(size)} actions
            </option>
          ))}
        </select>
        <label htmlFor={`${id}-latency`}>Latence ajoutée</label>
        <select
          id={`${id}-latency`}
          value={draft.latencyMs}
          onChange={(event) => setDraft({ ...draft, latencyMs: Number(event.target.value) })}
        >
          {latencies.map((ms) => (
            <option key={ms} value={ms}>
              {ms === 0 ? 'Aucune' : `${formatInteger(ms)} ms`}
            </option>
          ))}
        </select>
        <label htmlFor={`${id}-failure`}>Panne simulée</label>
        <select
          id={`${id}-failure`}
          value={draft.failure}
          onChange={(event) => setDraft({ ...draft, failure: event.target.value as MockFailure })}
        >
          {mockFailures.map((failure) => (
            <option key={failure} value={failure}>
              {mockFailureLabels[failure]}
            </option>
          ))}
        </select>
        <label htmlFor={`${id}-target`}>Document touché</label>
        <select
          id={`${id}-target`}
          value={draft.target}
          onChange={(event) => setDraft({ ...draft, target: event.target.value as MockTarget })}
        >
          {mockTargets.map((target) => (
            <option key={target} value={target}>
              {targetLabels[target]}
            </option>
          ))}
        </select>
        <button type="submit" className="button">
          Appliquer et recharger les données
        </button>
      </form>
    </details>
  );
};
