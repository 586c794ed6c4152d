import { exitOnError, runWorker, setUpProcess } from './run-worker';
import { prebuiltBundleFile } from './workflow-code';

// Production start: a bundle written by `build`, so no webpack runs at boot; the traced one only when tracing is on.
async function main(): Promise<void> {
  const config = setUpProcess();
  await runWorker({ workflowBundle: { codePath: prebuiltBundleFile(config.OTEL_TRACES_EXPORTER !== 'none') } }, config);
}

main().catch(exitOnError);
