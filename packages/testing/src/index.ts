export { bundleOnce, removeBundle, sharedWorkflowBundle } from './shared-bundle';
export {
  SETUP_TIMEOUT_MS,
  startTestServer,
  useTestServer,
  type StartTestServerOptions,
  type TestServer,
  type TestServerOptions,
} from './test-server';
export { createTestWorker, testWorkerOptions, type TestWorkerOptions } from './test-worker';
export * from './faults';
export * from './wire-fuzz';
export { waitFor, type WaitOptions } from './wait';
