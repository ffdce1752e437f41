/**
 * Runs `run` with the given environment variables set, as a shell would set them for one command (a Vite
 * build reads VITE_* from process.env), then puts back what was there, whether `run` succeeds or throws.
 */
export const withEnv = async <T>(vars: Record<string, string>, run: () => Promise<T>): Promise<T> => {
  const saved = Object.fromEntries(Object.keys(vars).map((key) => [key, process.env[key]]));
  Object.assign(process.env, vars);
  try {
    return await run();
  } finally {
    for (const [key, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  }
};
