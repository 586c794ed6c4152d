import { TestWorkflowEnvironment } from '@temporalio/testing';
import { resolveTemporalCli, resolveTestServer } from './executables';

type LocalOptions = NonNullable<Parameters<typeof TestWorkflowEnvironment.createLocal>[0]>;
type DevServerOptions = NonNullable<LocalOptions['server']>;

/** A fresh, in-memory dev server on a free port, run from the resolved Temporal CLI. */
export function createLocalTestEnv(
  server: Omit<DevServerOptions, 'executable'> = {},
): Promise<TestWorkflowEnvironment> {
  return TestWorkflowEnvironment.createLocal({
    server: { ...server, executable: resolveTemporalCli().executable },
  });
}

/** A fresh time-skipping test server on a free port, for workflows that wait hours or days. */
export function createTimeSkippingTestEnv(): Promise<TestWorkflowEnvironment> {
  return TestWorkflowEnvironment.createTimeSkipping({
    server: { executable: resolveTestServer().executable },
  });
}
