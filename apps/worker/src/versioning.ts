import { createHash } from 'node:crypto';
import type { WorkerDeploymentOptions } from '@temporalio/worker';
import type { WorkerConfig } from './config';

/**
 * The build id of a workflow bundle: the first 12 hex digits of its SHA-256.
 *
 * Derived from the workflow bundle, not from the whole worker, because a build id answers one question: can this
 * worker run that workflow's history? Only the bundle decides that (workflow code, the payload converter and the
 * workflow interceptors are all in it). An activity-only change keeps the build id, so it rolls out in place and
 * reaches pinned runs too; any change to workflow code makes a new version, which pinned runs never see. The bundle is
 * built once by `build` and shipped, so every replica of a release reports the same id without anyone setting it.
 */
export function buildIdOf(workflowBundleCode: string): string {
  return createHash('sha256').update(workflowBundleCode).digest('hex').slice(0, 12);
}

export interface Versioning {
  options: WorkerDeploymentOptions;
  /** Where the build id came from, for the start-up line. */
  buildIdSource: 'set by TEMPORAL_WORKER_BUILD_ID' | 'sha256 of the workflow bundle';
}

/**
 * Worker Versioning from the configuration: undefined (an unversioned worker, as before) unless
 * TEMPORAL_DEPLOYMENT_NAME is set. TEMPORAL_WORKER_BUILD_ID overrides the derived build id, for a deployment system
 * that names versions itself (the Temporal Worker Controller sets both variables).
 */
export function versioningFrom(config: WorkerConfig, workflowBundleCode: string): Versioning | undefined {
  const deploymentName = config.TEMPORAL_DEPLOYMENT_NAME;
  if (deploymentName === undefined) return undefined;
  const override = config.TEMPORAL_WORKER_BUILD_ID;
  return {
    options: {
      version: { deploymentName, buildId: override ?? buildIdOf(workflowBundleCode) },
      useWorkerVersioning: true,
      defaultVersioningBehavior: config.WORKER_DEFAULT_VERSIONING_BEHAVIOR,
    },
    buildIdSource: override === undefined ? 'sha256 of the workflow bundle' : 'set by TEMPORAL_WORKER_BUILD_ID',
  };
}
