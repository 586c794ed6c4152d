import type { Client, WorkflowStartOptions } from '@temporalio/client';
import type { Workflow, WorkflowResultType } from '@temporalio/common';
import { waitForResult, type WaitOptions } from './wait-for-result';

/** Starts `workflow` and waits for its result as `waitForResult` does; Ctrl-C names `cancel <workflow-id>`. */
export async function executeAndWatch<W extends Workflow, P = unknown>(
  client: Client,
  workflow: W,
  options: WorkflowStartOptions<W>,
  watch: Partial<WaitOptions<P>> = {},
): Promise<WorkflowResultType<W>> {
  const handle = await client.workflow.start(workflow, options);
  return waitForResult<WorkflowResultType<W>, P>(handle, { cancelWith: `cancel ${handle.workflowId}`, ...watch });
}
