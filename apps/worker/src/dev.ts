import { devServerAddress, ensureNexusEndpoint, startEmbeddedDevServerIfNeeded } from '@reference/temporal-server';
import { GREETING_ENDPOINT, NEXUS_CALLER_NAMESPACE, SEARCH_ATTRIBUTES, TASK_QUEUE } from '@reference/workflows';
import { connect, loadServerSettings } from './connect';
import { exitOnError, runWorker, setUpProcess } from './run-worker';
import { isStopRequested } from './stop-signal';

/**
 * Development start: the embedded dev server unless one is configured or running, then workflows bundled from source.
 * A stop drains the worker first, then stops the server, and exits 0.
 * On the embedded server the Nexus example runs too: its endpoint is created and the caller namespace's worker
 * started, unless NEXUS_CALLER_NAMESPACE says otherwise (empty: off). On another server, set it to opt in.
 */
async function main(): Promise<void> {
  const config = setUpProcess();
  const chosen = loadServerSettings();
  // Unless the environment or a profile names a server, the worker connects to the dev server, started or found.
  const server = chosen.serverChosen
    ? undefined
    : await startEmbeddedDevServerIfNeeded(chosen.namespace, process.env, {
        searchAttributes: SEARCH_ATTRIBUTES,
        namespaces: [NEXUS_CALLER_NAMESPACE],
      });
  if (server) console.log(`Started the Temporal dev server at ${server.address}; Web UI at ${server.webUiUrl}`);
  if (!chosen.serverChosen) process.env.TEMPORAL_ADDRESS = devServerAddress();
  const settings = loadServerSettings();
  try {
    if (server && process.env.NEXUS_CALLER_NAMESPACE === undefined)
      config.NEXUS_CALLER_NAMESPACE = NEXUS_CALLER_NAMESPACE;
    if (config.NEXUS_CALLER_NAMESPACE !== undefined) await createGreetingEndpoint(settings);
    // Ctrl-C while the server was starting: stop it without bundling and starting a worker first.
    if (isStopRequested()) return;
    await runWorker({ workflowsPath: require.resolve('@reference/workflows/registry') }, config);
  } finally {
    await server?.stop();
  }
}

/** The endpoint NexusGreetingWorkflow calls, routed to this worker's namespace and task queue. */
async function createGreetingEndpoint(settings: ReturnType<typeof loadServerSettings>): Promise<void> {
  const connection = await connect(settings);
  try {
    const target = { name: GREETING_ENDPOINT, targetNamespace: settings.namespace, targetTaskQueue: TASK_QUEUE };
    if (await ensureNexusEndpoint(connection, target)) {
      console.log(`Created Nexus endpoint ${GREETING_ENDPOINT} -> ${settings.namespace}/${TASK_QUEUE}`);
    }
  } finally {
    await connection.close();
  }
}

main().catch(exitOnError);
