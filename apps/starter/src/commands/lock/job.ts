import { randomUUID } from 'node:crypto';
import type { Command } from 'commander';
import { ExclusiveJobInput } from '@reference/models';
import { ExclusiveJobWorkflow, TASK_QUEUE } from '@reference/workflows';
import { withClient } from '../../connect';
import { validate } from '../../input';
import { durationOption } from '../../time-options';
import { waitForResult } from '../../waiting';

const seconds = (ms: number) => `${ms / 1000} s`;

/** `starter job <resource> --work 2s --lease 10s`: ExclusiveJobWorkflow, which holds the resource's lock to work. */
export function registerJobCommand(program: Command): void {
  program
    .command('job')
    .description("run a job that needs a resource to itself (ExclusiveJobWorkflow, through the resource's lock)")
    .argument('<resource>', 'the shared resource, like printer')
    .option('--work <duration>', 'how long the job works once it holds the lock', durationOption, 2_000)
    .option('--lease <duration>', 'how long the lock is its at most, from the grant', durationOption, 10_000)
    .option('--workflow-id <id>', 'the job’s workflow id (default job-<uuid>)')
    .action(async (resourceId: string, options: { work: number; lease: number; workflowId?: string }) => {
      const input = validate(
        ExclusiveJobInput,
        { resourceId, workMs: Math.round(options.work), leaseMs: Math.round(options.lease) },
        'the job',
      );
      const workflowId = options.workflowId ?? `job-${randomUUID()}`;
      const { acquiredAt, releasedAt } = await withClient(async (client) => {
        const handle = await client.workflow.start(ExclusiveJobWorkflow, {
          taskQueue: TASK_QUEUE,
          workflowId,
          args: [input],
        });
        console.log(
          `Started ${workflowId}: waiting for the lock on ${resourceId} (\`lock status ${resourceId}\`), ` +
            `then ${seconds(input.workMs)} of work within a ${seconds(input.leaseMs)} lease`,
        );
        return waitForResult<Awaited<ReturnType<typeof ExclusiveJobWorkflow>>>(handle, {
          cancelWith: `cancel ${workflowId}`,
        });
      });
      const held = new Date(releasedAt).getTime() - new Date(acquiredAt).getTime();
      console.log(
        `${workflowId} held ${resourceId} from ${new Date(acquiredAt).toISOString()} ` +
          `to ${new Date(releasedAt).toISOString()} (${seconds(held)})`,
      );
    });
}
