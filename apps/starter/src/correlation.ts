import { randomUUID } from 'node:crypto';
import { InvalidArgumentError } from 'commander';
import { correlationClientInterceptors, correlationIdProblem } from '@reference/correlation';

// One id per command: --correlation-id, else a fresh one.
let correlationId: string = randomUUID();
let given = false;
let told = false;

/** The parser of `--correlation-id`: a bad id is commander's one-line error, before anything connects. */
export function parseCorrelationId(value: string): string {
  const problem = correlationIdProblem(value);
  if (problem) throw new InvalidArgumentError(problem);
  return value;
}

export function useCorrelationId(id: string | undefined): void {
  if (id === undefined) return;
  correlationId = id;
  given = true;
}

/**
 * Sends the command's id with every start, signal, query and update, and in the start action of a schedule it creates
 * (docs/interceptors-and-sinks.md). A fresh id is told once, on stderr at a terminal, as the first call goes out: a
 * script that wants to follow its calls passes its own, and its stdout stays the command's result alone.
 */
export function correlationInterceptors(): ReturnType<typeof correlationClientInterceptors> {
  return correlationClientInterceptors(() => {
    if (!given && !told && process.stderr.isTTY) console.error(`Correlation id: ${correlationId}`);
    told = true;
    return correlationId;
  });
}
