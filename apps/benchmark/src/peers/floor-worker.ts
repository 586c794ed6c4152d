import { NativeConnection, Worker } from '@temporalio/worker';
import * as activities from './floor-activities';
import { FLOOR_BUNDLE_PATH } from './floor-bundle';

// The wire name, spelled out as any foreign worker would: importing it from @reference/workflows would load
// the project's workflow code into the very process that stands for the SDK's floor.
const TASK_QUEUE = 'my-task-queue';

/**
 * The SDK's floor: a hello-world-sized worker of the quick start's greeting — one workflow file, one activity, the default
 * data converter, no interceptors or plugins — on its own prebuilt bundle. The peers phase compares the project's
 * worker with it.
 */
async function run(): Promise<void> {
  // The address alone, as the SDK's hello-world sample reads it, not @reference/connection (TLS, API keys, profiles):
  // the floor stands for the SDK with nothing of the project's around it.
  const connection = await NativeConnection.connect({ address: process.env.TEMPORAL_ADDRESS });
  try {
    const worker = await Worker.create({
      connection,
      taskQueue: TASK_QUEUE,
      workflowBundle: { codePath: FLOOR_BUNDLE_PATH },
      activities,
    });
    console.log(`Worker polling task queue ${TASK_QUEUE}`);
    await worker.run();
  } finally {
    await connection.close();
  }
}

run().catch((err: unknown) => {
  console.error(`floor worker: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
