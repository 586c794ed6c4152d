import type { VersioningBehavior } from '@temporalio/common';
import { setWorkflowOptions, workflowInfo } from '@temporalio/workflow';

/**
 * Declares how a workflow type moves between Worker Deployment Versions (README "Worker Versioning"): PINNED runs
 * finish on the version they started on, AUTO_UPGRADE runs move to the current version at their next task.
 *
 * Only a versioned worker declares it. SDK 1.24 would send a plain `setWorkflowOptions({ versioningBehavior })` from
 * an unversioned worker too, and the server fails every such workflow task ("versioning behavior cannot be specified
 * without deployment options being set with versioned mode"). So the options are a getter, evaluated when a worker
 * first runs the workflow: a task run by a versioned worker carries its deployment name, an unversioned one none
 * (only the SDK's own build id).
 */
export function declareVersioningBehavior<A extends unknown[], R>(
  versioningBehavior: VersioningBehavior,
  workflow: (...args: A) => Promise<R>,
): void {
  setWorkflowOptions(
    () => (workflowInfo().currentDeploymentVersion?.deploymentName ? { versioningBehavior } : {}),
    workflow,
  );
}
