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
  perimeters: 'perimeters.json',
  indicators: 'indicators.json',
};

type Option = { value: string; label: string };

const SelectField = ({
  label,
  value,
  options,
  onChange,
}: {
  label: string;
  value: string;
  options: readonly Option[];
  onChange: (value: string) => void;
}) => {
  const id = useId();
  return (
    <>
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value)}>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </>
  );
};

const sizeOptions: Option[] = [
  { value: 'standard', label: 'Réaliste (25 à 45 par an)' },
  ...mockSizes.map((size) => ({ value: String(size), label: `${formatInteger(size)} actions` })),
];
const latencyOptions: Option[] = latencies.map((ms) => ({
  value: String(ms),
  label: ms === 0 ? 'Aucune' : `${formatInteger(ms)} ms`,
}));
const failureOptions: Option[] = mockFailures.map((failure) => ({
  value: failure,
  label: mockFailureLabels[failure],
}));
const targetOptions: Option[] = mockTargets.map((target) => ({ value: target, label: targetLabels[target] }));

/**
 * Development only: picks the mock API's data size, latency and failure mode, then reloads every query so
 * that the change shows at once. The same settings can be given as `mock-*` params in the address.
 */
export const MockDataPanel = () => {
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState<MockSettings>(getMockSettings);
  const apply = (event: FormEvent) => {
    event.preventDefault();
    setMockSettings(draft);
    void queryClient.resetQueries();
  };
  return (
    <details className="mock-panel">
      <summary>Données fictives (développement)</summary>
      <form onSubmit={apply}>
        <SelectField
          label="Volume d’actions"
          value={String(draft.actions ?? 'standard')}
          options={sizeOptions}
          onChange={(value) => setDraft({ ...draft, actions: value === 'standard' ? null : Number(value) })}
        />
        <SelectField
          label="Latence ajoutée"
          value={String(draft.latencyMs)}
          options={latencyOptions}
          onChange={(value) => setDraft({ ...draft, latencyMs: Number(value) })}
        />
        <SelectField
          label="Panne simulée"
          value={draft.failure}
          options={failureOptions}
          onChange={(value) => setDraft({ ...draft, failure: value as MockFailure })}
        />
        <SelectField
          label="Document touché"
          value={draft.target}
          options={targetOptions}
          onChange={(value) => setDraft({ ...draft, target: value as MockTarget })}
        />
        <button type="submit" className="button">
          Appliquer et recharger les données
        </button>
      </form>
    </details>
  );
};
