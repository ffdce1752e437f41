import { z } from 'zod';

/**
 * What the development mock API serves: how much data, how slowly, and which failure to play. Read from
 * `mock-*` search params on load (so that a link can set them) and kept for the browser session; the panel
 * shown in development edits them.
 */
export const mockFailures = [
  'none',
  'http-500',
  'timeout',
  'malformed-json',
  'invalid-records',
  'no-actions',
  'not-found',
] as const;
export type MockFailure = (typeof mockFailures)[number];

export const mockFailureLabels: Record<MockFailure, string> = {
  none: 'Aucune',
  'http-500': 'Erreur serveur (HTTP 500)',
  timeout: 'Pas de réponse (délai dépassé)',
  'malformed-json': 'JSON mal formé',
  'invalid-records': 'Enregistrements invalides',
  'no-actions': 'Aucune action publiée (404)',
  'not-found': 'Fichier absent (404)',
};

export const mockTargets = [
  'actions',
  'territories',
  'meta',
  'objectives',
  'perimeters',
  'indicators',
] as const;
export type MockTarget = (typeof mockTargets)[number];

/** Sizes offered by the panel; any positive whole number up to the maximum is accepted from the URL. */
export const mockSizes = [1_000, 10_000, 100_000] as const;
export const MAX_MOCK_ACTIONS = 200_000;
export const MAX_MOCK_LATENCY_MS = 60_000;

const settingsSchema = z.object({
  /** Total number of actions; null for the realistic programmation (25 to 45 actions a year). */
  actions: z.number().int().positive().max(MAX_MOCK_ACTIONS).nullable(),
  latencyMs: z.number().int().nonnegative().max(MAX_MOCK_LATENCY_MS),
  failure: z.enum(mockFailures),
  target: z.enum(mockTargets),
  seed: z.number().int().nonnegative(),
});

export type MockSettings = z.infer<typeof settingsSchema>;

export const defaultMockSettings: MockSettings = {
  actions: null,
  latencyMs: 0,
  failure: 'none',
  target: 'actions',
  seed: 46,
};

const PARAMS = {
  actions: 'mock-actions',
  latencyMs: 'mock-latency',
  failure: 'mock-failure',
  target: 'mock-target',
  seed: 'mock-seed',
} as const satisfies Record<keyof MockSettings, string>;

export const mockParamNames: readonly string[] = Object.values(PARAMS);

const toInt = (value: string | null) => (value !== null && /^\d+$/.test(value) ? Number(value) : undefined);

/** Reads the `mock-*` params; a missing or invalid one keeps its default, never breaks the others. */
export const parseMockParams = (
  params: URLSearchParams,
  base: MockSettings = defaultMockSettings,
): MockSettings => {
  const candidate: Record<keyof MockSettings, unknown> = {
    actions: params.get(PARAMS.actions) === 'standard' ? null : toInt(params.get(PARAMS.actions)),
    latencyMs: toInt(params.get(PARAMS.latencyMs)),
    failure: params.get(PARAMS.failure) ?? undefined,
    target: params.get(PARAMS.target) ?? undefined,
    seed: toInt(params.get(PARAMS.seed)),
  };
  const settings = { ...base };
  for (const key of Object.keys(PARAMS) as (keyof MockSettings)[]) {
    const field = settingsSchema.shape[key].safeParse(candidate[key]);
    if (candidate[key] !== undefined && field.success) Object.assign(settings, { [key]: field.data });
  }
  return settings;
};

/** Writes only what differs from the defaults, so that a default setting leaves no trace in a URL. */
export const toMockParams = (settings: MockSettings): URLSearchParams => {
  const params = new URLSearchParams();
  for (const key of Object.keys(PARAMS) as (keyof MockSettings)[]) {
    // Only `actions` can be null: the realistic size, written "standard".
    if (settings[key] !== defaultMockSettings[key])
      params.set(PARAMS[key], String(settings[key] ?? 'standard'));
  }
  return params;
};
