/**
 * Records the Nexus domain's histories for the replay test: the caller's and the handler's workflow, each side in its
 * own namespace, from real runs on a fresh dev server with the project's workers. They need both namespaces and the
 * worker's GreetingService handler, hence a script here rather than a workflows recording scenario.
 * Run: cd apps/worker && npx tsx src/nexus/record-histories.test-helpers.ts
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { WorkflowHandle } from '@temporalio/client';
// eslint-disable-next-line no-restricted-imports -- the SDK offers history-to-JSON only here, for recorded fixtures
import { historyToJSON } from '@temporalio/common/lib/proto-utils';
import { createDataConverter } from '@reference/data-converter';
import { NexusGreetingWorkflow, TASK_QUEUE } from '@reference/workflows';
import { startNexusEnv } from './nexus-env.test-helpers';

const historiesDir = path.join(__dirname, '../../../../packages/workflows/src/nexus/histories');

async function write(name: string, handle: WorkflowHandle): Promise<void> {
  await handle.result().catch(() => undefined);
  writeFileSync(path.join(historiesDir, `${name}.json`), historyToJSON(await handle.fetchHistory()));
  console.log(`recorded ${name}`);
}

async function main(): Promise<void> {
  // Without encryption: histories stay readable fixtures.
  const nexus = await startNexusEnv(createDataConverter({}));
  try {
    const start = (workflowId: string, language: string, delaySeconds: number) =>
      nexus.caller.workflow.start(NexusGreetingWorkflow, {
        taskQueue: TASK_QUEUE,
        workflowId,
        args: [{ name: 'Ada', language, delaySeconds }],
      });
    /** The handler's run behind the caller's started operation, as the Started event links it. */
    const backingRun = async (caller: WorkflowHandle) => {
      for (;;) {
        const { events } = await caller.fetchHistory();
        const workflowId = events?.flatMap((event) => event.links ?? []).find((link) => link.workflowEvent)
          ?.workflowEvent?.workflowId;
        if (workflowId) return nexus.handler.workflow.getHandle(workflowId);
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
    };

    const greeted = await start('nexus-greeting-both', 'fr', 1);
    const greetedBacking = await backingRun(greeted);
    await write('NexusGreetingWorkflow.both-operations', greeted);
    await write('ScheduledGreetingWorkflow.greeted', greetedBacking);

    const cancelled = await start('nexus-greeting-cancelled', 'de', 3_600);
    const cancelledBacking = await backingRun(cancelled);
    await cancelled.cancel();
    await write('NexusGreetingWorkflow.cancelled', cancelled);
    await write('ScheduledGreetingWorkflow.cancelled', cancelledBacking);

    await write('NexusGreetingWorkflow.unsupported-language', await start('nexus-greeting-xx', 'xx', 0));
  } finally {
    await nexus.stop();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
