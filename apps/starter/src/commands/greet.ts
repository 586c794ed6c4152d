import { randomUUID } from 'node:crypto';
import { type Command, InvalidArgumentError } from 'commander';
import { GreetingWorkflow, TASK_QUEUE } from '@reference/workflows';
import { connectClient } from '../connect';

function nonEmptyName(value: string): string {
  if (value.trim() === '') throw new InvalidArgumentError('the name must not be empty.');
  return value;
}

/** `starter greet [name]`, the default command: the seed's quick demo. */
export function registerGreetCommand(program: Command): void {
  program
    .command('greet', { isDefault: true })
    .description('execute GreetingWorkflow on my-task-queue and print its result')
    .argument('[name]', 'who to greet', nonEmptyName, 'my name')
    .action(async (name: string) => {
      const { client, close } = await connectClient();
      try {
        const result = await client.workflow.execute(GreetingWorkflow, {
          taskQueue: TASK_QUEUE,
          workflowId: randomUUID(),
          args: [name],
        });
        console.log(`Result: ${result}`);
      } finally {
        await close();
      }
    });
}
