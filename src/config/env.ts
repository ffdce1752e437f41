import { parseEnv } from './parse-env';

// Parsed once at start-up so that a wrong setting fails loudly instead of fetching from a bad URL.
export const env = parseEnv(import.meta.env);
