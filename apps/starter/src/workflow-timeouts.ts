import type { Command } from 'commander';
import { durationOption } from './time-options';

/** The workflow timeouts `order start` takes, in milliseconds as its options parsed them. */
export interface WorkflowTimeoutOptions {
  executionTimeout?: number;
  runTimeout?: number;
}

/**
 * `--execution-timeout` and `--run-timeout`, for a command that starts a workflow; `order start` is the only one that
 * takes them. Either ends the workflow as timed out (WorkflowFailedError with a TimeoutFailure); a workflow's own
 * deadlines belong in its code, as timers.
 */
export function withWorkflowTimeoutOptions(command: Command): Command {
  return command
    .option(
      '--execution-timeout <duration>',
      'time the workflow out after this long, all its runs together (continue-as-new does not reset it)',
      durationOption,
    )
    .option(
      '--run-timeout <duration>',
      'time the workflow out when one run lasts this long (each continue-as-new starts the clock again)',
      durationOption,
    );
}

/** The start options the server applies, and a note for the line that says what was started ('' for none). */
export function workflowTimeouts({ executionTimeout, runTimeout }: WorkflowTimeoutOptions): {
  options: { workflowExecutionTimeout?: number; workflowRunTimeout?: number };
  note: string;
} {
  const notes = [
    executionTimeout === undefined ? '' : `execution timeout ${executionTimeout / 1000} s`,
    runTimeout === undefined ? '' : `run timeout ${runTimeout / 1000} s`,
  ].filter(Boolean);
  return {
    options: { workflowExecutionTimeout: executionTimeout, workflowRunTimeout: runTimeout },
    note: notes.length === 0 ? '' : ` (${notes.join(', ')})`,
  };
}
