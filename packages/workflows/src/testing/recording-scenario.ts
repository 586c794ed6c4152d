import type { Client, WorkflowHandle } from '@temporalio/client';

/**
 * One real run to record, declared in its domain's `recording-scenarios.ts`: `name` is `<WorkflowType>.<scenario>`,
 * the name of the history file that `record-histories` writes into the domain's `histories/` folder.
 */
export interface RecordingScenario {
  name: string;
  run(client: Client, taskQueue: string): Promise<WorkflowHandle>;
}
