import { ApplicationFailure } from '@temporalio/activity';
import { z } from 'zod';
import { callLlm } from './call-llm';

export const InvalidModelOutput = 'InvalidModelOutput';

/**
 * Structured output: asks the model for JSON (JSON mode) and validates it with `schema`. An answer that is not JSON or breaks the
 * schema is a typed, non-retryable failure carrying the answer, which the workflow can handle like any other.
 */
export async function completeStructured<T>(schema: z.ZodType<T>, system: string, input: unknown): Promise<T> {
  const { message } = await callLlm({
    messages: [
      { role: 'system', content: system },
      { role: 'user', content: JSON.stringify(input) },
    ],
    json: true,
  });
  const answer = message.content ?? '';
  let value: unknown;
  try {
    value = JSON.parse(answer);
  } catch {
    throw ApplicationFailure.create({
      type: InvalidModelOutput,
      message: 'the model did not answer with JSON',
      nonRetryable: true,
      details: [answer],
    });
  }
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    throw ApplicationFailure.create({
      type: InvalidModelOutput,
      message: `the model's answer does not match the schema: ${z.prettifyError(parsed.error)}`,
      nonRetryable: true,
      details: [answer],
    });
  }
  return parsed.data;
}
