import { randomUUID } from 'node:crypto';
import { type Command, InvalidArgumentError } from 'commander';
import { GreetingName } from '@reference/models';
import { GreetingWorkflow, TASK_QUEUE } from '@reference/workflows';
import { connectClient } from '../connect';
import { UserError } from '../user-error';

const MAX_NAME_LENGTH = 1_000;

/** The schema the greet activity checks too: refused here, before anything connects or starts. */
function validName(value: string): string {
  const result = GreetingName.safeParse(value);
  if (!result.success) throw new InvalidArgumentError(`the name ${result.error.issues[0]?.message}.`);
  return value;
}

/** `starter greet [name]`, the default command: the seed's quick demo. */
export function registerGreetCommand(program: Command): void {
  program
    .command('greet', { isDefault: true })
    .description('execute GreetingWorkflow on my-task-queue and print its result')
    .argument('[name]', 'who to greet', validName, 'my name')
    .action(async (name: string) => {
      // Checked here rather than in the argument parser, whose message would repeat the whole oversized value.
      if (name.length > MAX_NAME_LENGTH) {
        throw new UserError(`the name is ${name.length} characters long; at most ${MAX_NAME_LENGTH} are accepted`);
      }
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
