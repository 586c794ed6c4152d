export { bundleOnce, removeBundle, sharedWorkflowBundle } from './shared-bundle';
export {
  createTestWorker,
  SETUP_TIMEOUT_MS,
  useTestServer,
  type TestServer,
  type TestServerOptions,
} from './test-server';
export * from './faults';
export * from './wire-fuzz';
