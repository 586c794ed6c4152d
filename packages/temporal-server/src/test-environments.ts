import { TestWorkflowEnvironment } from '@temporalio/testing';
import { resolveTemporalCli, resolveTestServer } from './executables';

type LocalOptions = NonNullable<Parameters<typeof TestWorkflowEnvironment.createLocal>[0]>;
type DevServerOptions = NonNullable<LocalOptions['server']>;
/** The environment's own client: its data converter, for one. */
export type TestClientOptions = LocalOptions['client'];

/** A fresh, in-memory dev server on a free port, run from the resolved Temporal CLI. */
export function createLocalTestEnv(
  server: Omit<DevServerOptions, 'executable'> = {},
  client?: TestClientOptions,
): Promise<TestWorkflowEnvironment> {
  return TestWorkflowEnvironment.createLocal({
    server: { ...server, executable: resolveTemporalCli().executable },
    client,
  });
}

/** A fresh time-skipping test server on a free port, for workflows that wait hours or days. */
export function createTimeSkippingTestEnv(client?: TestClientOptions): Promise<TestWorkflowEnvironment> {
  return TestWorkflowEnvironment.createTimeSkipping({
    server: { executable: resolveTestServer().executable },
    client,
  });
}
