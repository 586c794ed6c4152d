export { resolveTemporalCli, resolveTestServer, type ResolvedExecutable } from './executables';
export { createLocalTestEnv, createTimeSkippingTestEnv, type TestClientOptions } from './test-environments';
export {
  devServerAddress,
  startEmbeddedDevServerIfNeeded,
  type EmbeddedDevServer,
  type EmbeddedDevServerOptions,
} from './embedded-dev-server';
export { projectBinDir, projectStateDir, workspaceRoot } from './project-paths';
export { ensureNexusEndpoint, type NexusEndpointSpec } from './nexus';
