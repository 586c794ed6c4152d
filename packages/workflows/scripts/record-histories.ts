/**
 * Records the histories that the replay tests replay: runs each domain's recording scenarios
 * (src/<domain>/recording-scenarios.ts) on a fresh dev server with the real activities and the shipped bundle, and
 * writes each history to src/<domain>/histories/<WorkflowType>.<scenario>.json, its paths made relative (no
 * scratch folder or checkout of the recording machine stays in it).
 * Run again after a deliberate, patched change to refresh them: pnpm --filter @reference/workflows record-histories
 * Names as arguments record only those scenarios or workflow types: ... record-histories ReportWorkflow
 */
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
// eslint-disable-next-line no-restricted-imports -- the SDK offers history-to-JSON only here, for recorded fixtures
import { historyToJSON } from '@temporalio/common/lib/proto-utils';
import { Client } from '@temporalio/client';
import { Worker } from '@temporalio/worker';
import * as activities from '@reference/activities';
import { createDataConverter } from '@reference/data-converter';
import { createLocalTestEnv } from '@reference/temporal-server';
import { bundleWorkflows } from '@reference/workflow-bundle';
import { withoutMachinePaths } from '../src/testing/machine-paths.test-helpers';
import type { RecordingScenario } from '../src/testing/recording-scenario';
import { SEARCH_ATTRIBUTES, TASK_QUEUE } from '../src';

const src = path.join(__dirname, '../src');

/** Every domain's scenarios, each with the folder its histories go to. */
function domainScenarios(): { scenario: RecordingScenario; historiesDir: string }[] {
  return readdirSync(src)
    .filter((domain) => existsSync(path.join(src, domain, 'recording-scenarios.ts')))
    .flatMap((domain) => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports -- each domain's module, found on disk
      const { recordingScenarios } = require(path.join(src, domain, 'recording-scenarios')) as {
        recordingScenarios: RecordingScenario[];
      };
      return recordingScenarios.map((scenario) => ({ scenario, historiesDir: path.join(src, domain, 'histories') }));
    });
}

/** The scenarios named on the command line (`GreetingWorkflow` or `GreetingWorkflow.my-name`), or all of them. */
function selected(names: string[]): ReturnType<typeof domainScenarios> {
  const all = domainScenarios();
  if (names.length === 0) return all;
  return all.filter(({ scenario: { name } }) => names.some((n) => name === n || name.startsWith(`${n}.`)));
}

async function main(): Promise<void> {
  const scenarios = selected(process.argv.slice(2));
  const env = await createLocalTestEnv({ searchAttributes: SEARCH_ATTRIBUTES });
  // The project's data converter, without encryption: histories stay readable fixtures.
  const dataConverter = createDataConverter({});
  const client = new Client({ connection: env.connection, dataConverter });
  try {
    const worker = await Worker.create({
      connection: env.nativeConnection,
      taskQueue: TASK_QUEUE,
      workflowBundle: { code: await bundleWorkflows({ workflowsPath: require.resolve('../src/registry') }) },
      activities,
      dataConverter,
    });
    await worker.runUntil(async () => {
      for (const { scenario, historiesDir } of scenarios) {
        const handle = await scenario.run(client, TASK_QUEUE);
        // A failed or cancelled run is a history to replay too.
        await handle.result().catch(() => undefined);
        mkdirSync(historiesDir, { recursive: true });
        const file = path.join(historiesDir, `${scenario.name}.json`);
        writeFileSync(file, withoutMachinePaths(historyToJSON(await handle.fetchHistory())));
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
