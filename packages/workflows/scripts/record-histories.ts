/**
 * Records the histories that the replay tests replay: runs each scenario on a fresh dev server with the real
 * activities and writes its history to src/__tests__/histories/<WorkflowType>.<scenario>.json.
 * Run again after a deliberate, patched change to refresh them: pnpm --filter @reference/workflows record-histories
 * Names as arguments record only those scenarios or workflow types: ... record-histories ReportWorkflow
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { historyToJSON } from '@temporalio/common/lib/proto-utils';
import { Client } from '@temporalio/client';
import { Worker } from '@temporalio/worker';
import * as activities from '@reference/activities';
import { createDataConverter } from '@reference/data-converter';
import { createLocalTestEnv } from '@reference/temporal-server';
import { recordingScenarios } from './recording-scenarios';
import { SEARCH_ATTRIBUTES, TASK_QUEUE } from '../src';

/** The scenarios named on the command line (`GreetingWorkflow` or `GreetingWorkflow.my-name`), or all of them. */
function selectedScenarios(names: string[]): typeof recordingScenarios {
  if (names.length === 0) return recordingScenarios;
  return recordingScenarios.filter(({ name }) => names.some((n) => name === n || name.startsWith(`${n}.`)));
}

async function main(): Promise<void> {
  const scenarios = selectedScenarios(process.argv.slice(2));
  const env = await createLocalTestEnv({ searchAttributes: SEARCH_ATTRIBUTES });
  // The project's data converter, without encryption: histories stay readable fixtures.
  const dataConverter = createDataConverter({});
  const client = new Client({ connection: env.connection, dataConverter });
  try {
    const worker = await Worker.create({
      connection: env.nativeConnection,
      taskQueue: TASK_QUEUE,
      workflowsPath: require.resolve('../src/registry'),
      activities,
      dataConverter,
    });
    await worker.runUntil(async () => {
      for (const scenario of scenarios) {
        const handle = await scenario.run(client, TASK_QUEUE);
        // A failed or cancelled run is a history to replay too.
        await handle.result().catch(() => undefined);
        const file = path.join(__dirname, '../src/__tests__/histories', `${scenario.name}.json`);
        writeFileSync(file, historyToJSON(await handle.fetchHistory()));
        console.log(`recorded ${path.relative(process.cwd(), file)}`);
      }
    });
  } finally {
    await env.teardown();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
