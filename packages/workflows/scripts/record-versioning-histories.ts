/**
 * Records one history per patching step (src/versioning/steps), each from a real run of that step's code
 * on a fresh dev server, into src/versioning/step-histories/GreetingWorkflow.<step>.json. The steps are the
 * deployments of one change; patching.test.ts replays each step's history against the next step's code.
 * Run: pnpm --filter @reference/workflows record-versioning-histories
 */
import { readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
// eslint-disable-next-line no-restricted-imports -- the SDK offers history-to-JSON only here, for recorded fixtures
import { historyToJSON } from '@temporalio/common/lib/proto-utils';
import { Worker } from '@temporalio/worker';
import * as activities from '@reference/activities';
import { createLocalTestEnv } from '@reference/temporal-server';
import { withoutMachinePaths } from '../src/testing/machine-paths.test-helpers';

const versioningDir = path.join(__dirname, '../src/versioning');

async function main(): Promise<void> {
  const env = await createLocalTestEnv();
  try {
    for (const file of readdirSync(path.join(versioningDir, 'steps')).filter((f) => f.endsWith('.ts'))) {
      const step = path.basename(file, '.ts');
      const taskQueue = `versioning-${step}`;
      const worker = await Worker.create({
        connection: env.nativeConnection,
        taskQueue,
        workflowsPath: path.join(versioningDir, 'steps', file),
        activities,
      });
      const handle = await worker.runUntil(async () => {
        const started = await env.client.workflow.start('GreetingWorkflow', {
          taskQueue,
          workflowId: `greeting-${step}`,
          args: ['my name'],
        });
        await started.result();
        return started;
      });
      const target = path.join(versioningDir, 'step-histories', `GreetingWorkflow.${step}.json`);
      writeFileSync(target, withoutMachinePaths(historyToJSON(await handle.fetchHistory())));
      console.log(`recorded ${path.relative(process.cwd(), target)}`);
    }
  } finally {
    await env.teardown();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
