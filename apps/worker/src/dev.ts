import { startEmbeddedDevServerIfNeeded } from '@reference/temporal-server';
import { SEARCH_ATTRIBUTES } from '@reference/workflows';
import { loadServerSettings } from './connect';
import { exitOnError, runWorker, setUpProcess } from './run-worker';

/** Development start: the embedded dev server unless one is configured or running, then workflows bundled from source. */
async function main(): Promise<void> {
  const config = setUpProcess();
  const server = await startEmbeddedDevServerIfNeeded(loadServerSettings().namespace, process.env, {
    searchAttributes: SEARCH_ATTRIBUTES,
  });
  if (server) console.log(`Started the Temporal dev server at ${server.address}; Web UI at ${server.webUiUrl}`);
  try {
    await runWorker({ workflowsPath: require.resolve('@reference/workflows/registry') }, config);
  } finally {
    await server?.stop();
  }
}

main().catch(exitOnError);
