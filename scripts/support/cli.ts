import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** A path as the user reads it in a message: relative to where the command was run. */
export const shownPath = (path: string) => relative(process.cwd(), path) || path;

/**
 * Reads the one option of the scripts that only write somewhere: `--out dir` (resolved against the working
 * directory), `--help`. Anything else is refused with the script's usage line.
 */
export const parseOutArgs = (
  argv: readonly string[],
  { defaultOut, usage }: { defaultOut: string; usage: string },
): { out: string } => {
  let out = defaultOut;
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] as string;
    if (arg === '--out') {
      const value = argv[i + 1];
      if (!value) throw new Error(`--out attend un dossier\n${usage}`);
      out = resolve(value);
      i += 1;
    } else if (arg === '--help' || arg === '-h') {
      throw new Error(usage);
    } else {
      throw new Error(`argument inconnu : ${arg}\n${usage}`);
    }
  }
  return { out };
};

/**
 * Runs `main` when the module is the command being run (not when a test imports it), and turns any error
 * into its message and exit code 1, since a stack trace helps nobody who typed an npm script.
 */
export const runWhenMain = (moduleUrl: string, main: () => void | Promise<void>) => {
  if (!process.argv[1] || resolve(process.argv[1]) !== fileURLToPath(moduleUrl)) return;
  Promise.resolve()
    .then(main)
    .catch((error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    });
};
