import { z } from 'zod';

/**
 * zod compiles object parsers with `new Function` when it may, and finds out by trying: under the build's
 * Content-Security-Policy (script-src 'self', no 'unsafe-eval') that try is refused, and the refusal is
 * reported as a policy violation even though zod catches it. Jitless, zod neither tries nor compiles.
 * Imported first by main.tsx: the setting must be in place before the first schema parses (env.ts parses
 * as it loads).
 */
z.config({ jitless: true });
