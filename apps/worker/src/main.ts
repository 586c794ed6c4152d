import path from 'node:path';
import { exitOnError, runWorker } from './run-worker';

// Production start: the bundle written by `build` (dist/workflow-bundle.js), so no webpack runs at boot.
runWorker({ workflowBundle: { codePath: path.join(__dirname, 'workflow-bundle.js') } }).catch(exitOnError);
