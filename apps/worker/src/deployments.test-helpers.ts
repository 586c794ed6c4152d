import type { Client, WorkflowHandle } from '@temporalio/client';
import { temporal } from '@temporalio/proto';
import { waitFor } from '@reference/testing';

const { RoutingConfigUpdateState, VersioningBehavior } = temporal.api.enums.v1;

function describeDeployment(client: Client, deploymentName: string) {
  return client.workflowService.describeWorkerDeployment({ namespace: client.options.namespace, deploymentName });
}

/**
 * Makes `buildId` the deployment's current version once a worker of it has polled, and waits until the routing
 * change has reached the task queues. (The starter's `deployment set-current` makes the same call.)
 */
export async function setCurrentVersion(client: Client, deploymentName: string, buildId: string): Promise<void> {
  await waitFor(
    async () => {
      const { conflictToken, workerDeploymentInfo } = await describeDeployment(client, deploymentName);
      const known = workerDeploymentInfo?.versionSummaries?.map((v) => v.deploymentVersion?.buildId) ?? [];
      if (!known.includes(buildId))
        throw new Error(`no worker of ${buildId} has polled yet (versions: ${known.join(', ')})`);
      await client.workflowService.setWorkerDeploymentCurrentVersion({
        namespace: client.options.namespace,
        deploymentName,
        buildId,
        conflictToken,
      });
    },
    `${buildId} is made the current version of ${deploymentName}`,
    { holds: () => true, retryErrors: true, intervalMs: 200 },
  );
  await waitFor(
    async () => {
      const info = (await describeDeployment(client, deploymentName)).workerDeploymentInfo;
      const current = info?.routingConfig?.currentDeploymentVersion?.buildId;
      if (current !== buildId) throw new Error(`current version is ${current}, not ${buildId}`);
      if (info?.routingConfigUpdateState === RoutingConfigUpdateState.ROUTING_CONFIG_UPDATE_STATE_IN_PROGRESS) {
        throw new Error('the routing change is still propagating');
      }
    },
    `the routing change to ${buildId} has reached the task queues`,
    // The server's own deployment workflows propagate it: on a loaded machine that took over 30 s.
    { holds: () => true, retryErrors: true, intervalMs: 200, timeoutMs: 90_000 },
  );
}

const BEHAVIOUR_NAMES = new Map<number, string>([
  [VersioningBehavior.VERSIONING_BEHAVIOR_PINNED, 'PINNED'],
  [VersioningBehavior.VERSIONING_BEHAVIOR_AUTO_UPGRADE, 'AUTO_UPGRADE'],
]);

/**
 * Who completed each workflow task of a run, read from its history: `<build id> <behaviour>` per task, e.g.
 * `v1 PINNED`. The server records the worker's deployment version and the behaviour it declared for the run.
 */
export async function workflowTasks(handle: WorkflowHandle): Promise<string[]> {
  const { events } = await handle.fetchHistory();
  return (events ?? []).flatMap((event) => {
    const completed = event.workflowTaskCompletedEventAttributes;
    if (!completed) return [];
    const behaviour = BEHAVIOUR_NAMES.get(completed.versioningBehavior ?? 0) ?? 'unversioned';
    return [`${completed.deploymentVersion?.buildId ?? '-'} ${behaviour}`];
  });
}

/** The identity of the worker that ran each activity of a run (the worker that started its attempt). */
export async function activityWorkers(handle: WorkflowHandle): Promise<string[]> {
  const { events } = await handle.fetchHistory();
  return (events ?? []).flatMap((event) => event.activityTaskStartedEventAttributes?.identity ?? []);
}
