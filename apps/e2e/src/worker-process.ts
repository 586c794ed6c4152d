import path from 'node:path';
import { BackgroundProcess } from './processes';

const workerDir = path.dirname(require.resolve('@reference/worker/package.json'));

/** The production worker (prebuilt bundle) as its own process, resolved once it polls. */
export async function startWorkerProcess(env: NodeJS.ProcessEnv): Promise<BackgroundProcess> {
  const worker = new BackgroundProcess('node', ['dist/main.js'], { cwd: workerDir, env });
  await worker.waitForLine(/^Worker polling task queue my-task-queue/, 60_000);
  return worker;
}
