import { ApplicationFailure } from '@temporalio/activity';
import { z } from 'zod';
import { searchNotes } from './knowledge-base';
import type { ArithmeticOperator, SearchHit } from './types';

export const InvalidToolArguments = 'InvalidToolArguments';

/** Tool arguments come from the model, so they are checked here; a bad one is a typed, non-retryable failure. */
function parseArguments<T>(schema: z.ZodType<T>, args: unknown, tool: string): T {
  const parsed = schema.safeParse(args);
  if (!parsed.success) {
    throw ApplicationFailure.nonRetryable(`${tool}: ${z.prettifyError(parsed.error)}`, InvalidToolArguments);
  }
  return parsed.data;
}

const CalculateArgs = z.object({ a: z.number(), op: z.enum(['+', '-', '*', '/']), b: z.number() });

/** Agent tool: one arithmetic operation. */
export async function calculate(args: { a: number; op: ArithmeticOperator; b: number }): Promise<number> {
  const { a, op, b } = parseArguments(CalculateArgs, args, 'calculate');
  if (op === '/' && b === 0) throw ApplicationFailure.nonRetryable('calculate: division by zero', InvalidToolArguments);
  return { '+': a + b, '-': a - b, '*': a * b, '/': a / b }[op];
}

const SearchArgs = z.object({ query: z.string().trim().min(1) });

/** Agent tool and research search: the local knowledge base (the offline stand-in for a web search). */
export async function searchKnowledgeBase(args: { query: string }): Promise<SearchHit[]> {
  const { query } = parseArguments(SearchArgs, args, 'searchKnowledgeBase');
  return searchNotes(query);
}
