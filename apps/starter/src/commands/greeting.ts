import { randomUUID } from 'node:crypto';
import type { Command } from 'commander';
import { GreetingName } from '@reference/models';
import { GreetingWorkflow, GreetingWorkflowV2, TASK_QUEUE } from '@reference/workflows';
import { withClient } from '../connect';
import { executeAndWatch } from '../waiting';
import { UserError } from '../user-error';

/** `starter greet [name]`, also what the starter runs with no arguments: the quick start's demo. */
export function registerGreetCommand(program: Command): void {
  program
    .command('greet')
    .description('execute GreetingWorkflow on my-task-queue and print its result')
    .argument('[name]', 'who to greet', 'my name')
    .option('--v2', 'start GreetingWorkflowV2 (greet as a local activity) instead')
    .action(async (name: string, options: { v2?: boolean }) => {
      // The schema the greet activity checks too, before anything connects or starts. Checked here rather than in
      // the argument parser, whose message would repeat the whole oversized value.
      const checked = GreetingName.safeParse(name);
      if (!checked.success) throw new UserError(`the name ${checked.error.issues[0]?.message}`);
      await withClient(async (client) => {
        const result = await executeAndWatch(client, options.v2 ? GreetingWorkflowV2 : GreetingWorkflow, {
          taskQueue: TASK_QUEUE,
          workflowId: `greeting-${randomUUID()}`,
          args: [name],
        });
        console.log(`Result: ${result}`);
      });
    });
}
