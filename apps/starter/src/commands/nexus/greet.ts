import { randomUUID } from 'node:crypto';
import { type Command, InvalidArgumentError } from 'commander';
import { ApplicationFailure, NamespaceNotFoundError, WorkflowFailedError } from '@temporalio/client';
import { type NexusGreetings, ScheduledGreetingRequest } from '@reference/models';
import { NEXUS_CALLER_NAMESPACE, NexusGreetingWorkflow, TASK_QUEUE } from '@reference/workflows';
import { withClient } from '../../connect';
import { validate } from '../../input';
import { durationOption } from '../../time-options';
import { UserError } from '../../user-error';
import { waitForResult } from '../../waiting';

/** A duration in whole seconds, as greetLater takes it. */
function wholeSeconds(value: string): number {
  const seconds = durationOption(value) / 1000;
  if (!Number.isInteger(seconds)) throw new InvalidArgumentError('whole seconds, like 10s or 2m.');
  return seconds;
}

/** The innermost failure's type and first line: a Nexus operation's failure wraps the handler's. */
function innermost(err: unknown): string {
  let cause: unknown = err;
  while (cause instanceof Error && cause.cause instanceof Error) cause = cause.cause;
  const type = cause instanceof ApplicationFailure && cause.type ? `${cause.type}: ` : '';
  return `${type}${(cause instanceof Error ? cause.message : String(cause)).split('\n')[0]}`;
}

/**
 * `starter nexus greet <name> [--later 10s] [--language en]`: NexusGreetingWorkflow in the caller's namespace
 * (NEXUS_CALLER_NAMESPACE, as the worker reads it; default nexus-caller), which greets through both operations.
 */
export function registerNexusGreet(nexus: Command): void {
  nexus
    .command('greet')
    .description('greet through GreetingService: greet at once, then greetLater after --later')
    .argument('<name>', 'who to greet')
    .option('--later <duration>', 'how long greetLater’s workflow waits before it greets, like 10s', wholeSeconds, 0)
    .option('--language <code>', 'a two-letter language code: en, fr, de, es or tr', 'en')
    .action(async (name: string, options: { later: number; language: string }) => {
      const delaySeconds = options.later;
      const input = validate(
        ScheduledGreetingRequest,
        { name, language: options.language, delaySeconds },
        'the greeting',
      );
      const namespace = process.env.NEXUS_CALLER_NAMESPACE || NEXUS_CALLER_NAMESPACE;
      const workflowId = `nexus-greeting-${randomUUID()}`;
      const { now, later } = await withClient(async (client) => {
        try {
          const handle = await client.workflow.start(NexusGreetingWorkflow, {
            taskQueue: TASK_QUEUE,
            workflowId,
            args: [input],
          });
          console.log(
            `Started ${workflowId} in namespace ${namespace}: greet, then greetLater after ${delaySeconds} s`,
          );
          return await waitForResult<NexusGreetings>(handle, {
            // The workflow is in the caller's namespace: so is the cancel.
            cancelWith: `TEMPORAL_NAMESPACE=${namespace} S cancel ${workflowId}`,
          });
        } catch (err) {
          if (err instanceof NamespaceNotFoundError) {
            throw new UserError(
              `no namespace ${namespace} on this server: \`pnpm dev\` creates it with the greeting-service endpoint ` +
                '(docs/nexus.md says how elsewhere)',
            );
          }
          if (err instanceof WorkflowFailedError) throw new UserError(innermost(err));
          throw err;
        }
      }, namespace);
      console.log(`greet: ${now}`);
      console.log(`greetLater: ${later}`);
    });
}
