// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { withEnv } from '../../../scripts/support/with-env';

describe('withEnv', () => {
  it('sets the variables for the run only, and puts back what was there, even when the run throws', async () => {
    process.env.CAP_TEST_SET = 'avant';
    delete process.env.CAP_TEST_UNSET;
    const seen = await withEnv({ CAP_TEST_SET: 'pendant', CAP_TEST_UNSET: 'pendant' }, async () => [
      process.env.CAP_TEST_SET,
      process.env.CAP_TEST_UNSET,
    ]);
    expect(seen).toEqual(['pendant', 'pendant']);
    expect(process.env.CAP_TEST_SET).toBe('avant');
    expect('CAP_TEST_UNSET' in process.env).toBe(false);

    await expect(
      withEnv({ CAP_TEST_SET: 'pendant' }, async () => {
        throw new Error('échec');
      }),
    ).rejects.toThrow('échec');
    expect(process.env.CAP_TEST_SET).toBe('avant');
    delete process.env.CAP_TEST_SET;
  });
});
