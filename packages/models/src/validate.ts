import { ApplicationFailure } from '@temporalio/common';
import type { z } from 'zod';

/** The failure type of every refused input, for `nonRetryableErrorTypes` and for callers that branch on it. */
export const INVALID_INPUT = 'InvalidInput';

/** zod's issues as one line, each led by the path of the field it is about: `customer.email: Invalid email address`. */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) => `${issue.path.length > 0 ? issue.path.join('.') : 'the value'}: ${issue.message}`)
    .join('; ');
}

/**
 * The value parsed by `schema`, or a non-retryable ApplicationFailure (type InvalidInput) whose message names what
 * it is (`what`) and each wrong field. Non-retryable because the same input fails the same way every time: in an
 * activity it is not retried, in workflow code it fails the workflow instead of retrying the task, in an update
 * validator it rejects the update, and in the starter it is a one-line error.
 */
export function parseModel<S extends z.ZodType>(schema: S, value: unknown, what: string): z.output<S> {
  const result = schema.safeParse(value);
  if (!result.success) {
    throw ApplicationFailure.nonRetryable(`invalid ${what}: ${describeIssues(result.error)}`, INVALID_INPUT);
  }
  return result.data;
}
