import { z } from 'zod';

/** Who GreetingWorkflow and the greet activity greet: on the wire a plain string, kept as given. */
export const GreetingName = z
  .string()
  .refine((name) => name.trim() !== '', 'must not be empty')
  .refine((name) => name.length <= 1_000, {
    error: (issue) => `is ${(issue.input as string).length} characters long; at most 1000 are accepted`,
  });
