import { Client } from '@temporalio/client';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { Worker, type WorkerOptions } from '@temporalio/worker';
import { createDataConverter } from '@reference/data-converter';
import { createLocalTestEnv, ensureNexusEndpoint } from '@reference/temporal-server';
import {
  faultMatrixCells,
  faultMatrixGaps,
  runFaultMatrix,
  SETUP_TIMEOUT_MS,
  sharedWorkflowBundle,
  type StartWorkers,
} from '@reference/testing';
import { GREETING_ENDPOINT, NEXUS_CALLER_NAMESPACE, SEARCH_ATTRIBUTES, TASK_QUEUE } from '@reference/workflows';
import { faultMatrixTables } from '@reference/workflows/fault-matrix';
import { callerWorkerOptions, workerOptions } from './create-worker';
import { useScratchOutsideWorld } from './scratch-outside-world.test-helpers';

useScratchOutsideWorld();

// eslint-disable-next-line @typescript-eslint/no-require-imports -- the registry is CommonJS, one getter per type
const workflowTypes = Object.keys(require('@reference/workflows/registry') as object);
// FAULT_MATRIX_ONLY=<text> runs only the cells whose names contain it (a workflow type, a fault, an activity).
const cells = faultMatrixCells(faultMatrixTables).filter((cell) =>
  cell.name.includes(process.env.FAULT_MATRIX_ONLY ?? ''),
);
/**
 * How long the whole matrix may take before the runs still going count as never ending: four times what it takes on
 * a quiet machine, as under load (a retry's backoff begun near the end of 120 s once missed it).
 */
const MATRIX_TIMEOUT_MS = 240_000;

let env: TestWorkflowEnvironment;
let results: Map<string, string[]>;

/** The project's two workers (handler and Nexus caller namespaces) on `taskQueue`, the faults' interceptor first. */
const startWorkers: StartWorkers = async (taskQueue, faults, identity) => {
  const source = { workflowBundle: sharedWorkflowBundle() };
  const withFaults = (options: WorkerOptions): WorkerOptions => ({
    ...options,
    taskQueue,
    identity,
    interceptors: { ...options.interceptors, activity: [faults, ...(options.interceptors?.activity ?? [])] },
    // A stopped worker cancels the activities it runs at once, as a dead process's would stop (held ones wait to be
    // abandoned, unreported).
    shutdownGraceTime: 0,
  });
  const workers = await Promise.all([
    Worker.create(withFaults(workerOptions(env.nativeConnection, 'default', source))),
    Worker.create(withFaults(callerWorkerOptions(env.nativeConnection, NEXUS_CALLER_NAMESPACE, source))),
  ]);
  const running = Promise.all(workers.map((worker) => worker.run()));
  return {
    stop: async () => {
      for (const worker of workers) if (worker.getState() === 'RUNNING') worker.shutdown();
      await running.catch(() => undefined);
    },
  };
};

beforeAll(async () => {
  const dataConverter = createDataConverter();
  env = await createLocalTestEnv(
    { searchAttributes: SEARCH_ATTRIBUTES, extraArgs: ['--namespace', NEXUS_CALLER_NAMESPACE] },
    { dataConverter },
  );
  await ensureNexusEndpoint(env.connection, {
    name: GREETING_ENDPOINT,
    targetNamespace: 'default',
    targetTaskQueue: TASK_QUEUE,
  });
  const caller = new Client({ connection: env.connection, namespace: NEXUS_CALLER_NAMESPACE, dataConverter });
  results = await runFaultMatrix({
    cells,
    clients: (namespace) => (namespace === NEXUS_CALLER_NAMESPACE ? caller : env.client),
    taskQueue: TASK_QUEUE,
    startWorkers,
    timeoutMs: MATRIX_TIMEOUT_MS,
  });
}, SETUP_TIMEOUT_MS + MATRIX_TIMEOUT_MS);

afterAll(async () => {
  await env?.teardown();
});

test('every workflow type of the registry has an entry in the fault matrix, and every entry is a workflow type', () => {
  expect(faultMatrixGaps(workflowTypes, faultMatrixTables)).toEqual({ missing: [], unknown: [] });
});

for (const { name, pending } of cells) {
  if (pending) test.todo(`${name}, once fixed: ${pending}`);
  else test(name, () => expect(results.get(name)).toEqual([]));
}
