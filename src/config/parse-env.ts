import { z } from 'zod';

const envSchema = z.object({
  /**
   * Base URL of the contract's JSON documents; any server serving the same paths will do, on this origin
   * (a path such as "/donnees") or another one (an absolute http(s) URL, which must then allow CORS).
   */
  VITE_DATA_URL: z
    .string()
    .trim()
    .min(1)
    .refine((value) => value.startsWith('/') || /^https?:\/\/[^/]/.test(value), {
      message: 'VITE_DATA_URL doit être un chemin (/donnees) ou une adresse http(s)://',
    })
    .optional(),
  BASE_URL: z.string().default('/'),
  /** Development only: "false" turns the mock API off, to develop against the files in public/data. */
  VITE_MOCK_API: z.enum(['true', 'false']).default('true'),
  /**
   * "true" for the static demo (npm run build:demo), which only ever serves generated data: its pages say
   * "Données fictives" from their first render, before meta.json has come to say so.
   */
  VITE_DEMO_BUILD: z.enum(['true', 'false']).default('false'),
});

/**
 * Reads the build's environment; pure, so that each rule can be tested, and so that the build (vite.config.ts)
 * reads it with the same rules as the app.
 */
export const parseEnv = (raw: Record<string, unknown>) => {
  const parsed = envSchema.parse(raw);
  return {
    mockApi: parsed.VITE_MOCK_API === 'true',
    demoBuild: parsed.VITE_DEMO_BUILD === 'true',
    dataBaseUrl: (parsed.VITE_DATA_URL ?? `${parsed.BASE_URL}data`).replace(/\/+$/, ''),
  };
};
