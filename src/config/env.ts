import { z } from 'zod';

// Parsed once at start-up so that a wrong setting fails loudly instead of fetching from a bad URL.
const envSchema = z.object({
  /** Base URL of the contract's JSON documents; any server serving the same paths will do. */
  VITE_DATA_URL: z.string().trim().min(1).optional(),
  BASE_URL: z.string().default('/'),
  /** Development only: "false" turns the mock API off, to develop against the files in public/data. */
  VITE_MOCK_API: z.enum(['true', 'false']).default('true'),
});

const parsed = envSchema.parse(import.meta.env);

export const env = {
  mockApi: parsed.VITE_MOCK_API === 'true',
  dataBaseUrl: (parsed.VITE_DATA_URL ?? `${parsed.BASE_URL}data`).replace(/\/+$/, ''),
};
