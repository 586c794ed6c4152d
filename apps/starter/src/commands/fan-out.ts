import { randomUUID } from 'node:crypto';
import type { Command } from 'commander';
import { z } from 'zod';
import { FanOutCount, MAX_FAN_OUT } from '@reference/models';
import { FanOutWorkflow, TASK_QUEUE } from '@reference/workflows';
import { withClient } from '../connect';
import { validate } from '../input';
import { executeAndWatch } from '../waiting';

const count = z
  .string()
  .regex(/^\d+$/, 'expected a whole number')
  .transform(Number)
  // The cap is one history's, not the job's: say where a bigger job goes.
  .refine((n) => n <= MAX_FAN_OUT, {
    error: (issue) =>
      `at most ${MAX_FAN_OUT} in one history; more go through a batch: batch start --records ${String(issue.input)}`,
  })
  .pipe(FanOutCount);

/** `starter fan-out <count>`: executes FanOutWorkflow and prints how many activities it ran. */
export function registerFanOutCommand(program: Command): void {
  program
    .command('fan-out')
    .description(
      `execute FanOutWorkflow: run <count> greet activities at once (1 to ${MAX_FAN_OUT}) and print the count`,
    )
    .argument('<count>', 'how many activities to fan out')
    .action(async (text: string) => {
      const recipients = validate(count, text.trim(), 'the count');
      await withClient(async (client) => {
        const startedAt = Date.now();
        const greeted = await executeAndWatch(client, FanOutWorkflow, {
          taskQueue: TASK_QUEUE,
          workflowId: `fan-out-${randomUUID()}`,
          args: [recipients],
        });
        console.log(`Result: ${greeted} (${Date.now() - startedAt} ms)`);
      });
    });
}
