import { expect } from 'vitest';
import type { z } from 'zod';
import { describeZodError, type FieldProblem } from '../../src/lib/fetch-json';

/** A schema's issues with a value, as a project team would read them: field path and message. */
export const problemsWith =
  (schema: z.ZodType) =>
  (value: unknown): FieldProblem[] => {
    const result = schema.safeParse(value);
    return result.success ? [] : describeZodError(result.error);
  };

/** Exactly one problem, on this field, whose message matches: a second message would be noise. */
export const only = (path: string, message: RegExp) => [{ path, message: expect.stringMatching(message) }];
