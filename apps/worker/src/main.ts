import path from 'node:path';
import { exitOnError, runWorker, setUpProcess } from './run-worker';

// Production start: the bundle written by `build` (dist/workflow-bundle.js), so no webpack runs at boot.
async function main(): Promise<void> {
  const config = setUpProcess();
  await runWorker({ workflowBundle: { codePath: path.join(__dirname, 'workflow-bundle.js') } }, config);
}

main().catch(exitOnError);
