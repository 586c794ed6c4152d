import { type Command, InvalidArgumentError, Option } from 'commander';
import { type Client, isGrpcServiceError } from '@temporalio/client';
import { temporal } from '@temporalio/proto';
import { withClient } from '../connect';
import { UserError } from '../user-error';

const { WorkerDeploymentVersionStatus: Status } = temporal.api.enums.v1;
const STATUS_NAMES = new Map<number, string>([
  [Status.WORKER_DEPLOYMENT_VERSION_STATUS_INACTIVE, 'inactive'],
  [Status.WORKER_DEPLOYMENT_VERSION_STATUS_CURRENT, 'current'],
  [Status.WORKER_DEPLOYMENT_VERSION_STATUS_RAMPING, 'ramping'],
  [Status.WORKER_DEPLOYMENT_VERSION_STATUS_DRAINING, 'draining'],
  [Status.WORKER_DEPLOYMENT_VERSION_STATUS_DRAINED, 'drained'],
  [Status.WORKER_DEPLOYMENT_VERSION_STATUS_CREATED, 'created'],
]);
// The gRPC status code (the client does not re-export grpc-js's `status` enum).
const NOT_FOUND = 5;

type DeploymentInfo = temporal.api.deployment.v1.IWorkerDeploymentInfo;

/** `--name`, defaulting to the worker's own setting, so a shell that runs both needs it once. */
const nameOption = () =>
  new Option('--name <deployment>', 'the worker deployment (default: TEMPORAL_DEPLOYMENT_NAME)').env(
    'TEMPORAL_DEPLOYMENT_NAME',
  );

function nonBlank(value: string): string {
  if (!/^\S+$/.test(value)) throw new InvalidArgumentError('expected a build id, as the worker prints it at start.');
  return value;
}

function requireName(name: string | undefined): string {
  if (name?.trim()) return name.trim();
  throw new UserError('no worker deployment named: pass --name or set TEMPORAL_DEPLOYMENT_NAME (as for the worker)');
}

/** `starter deployment describe | set-current`: Worker Versioning's routing, as `temporal worker deployment` does it. */
export function registerDeploymentCommands(program: Command): void {
  const deployment = program
    .command('deployment')
    .description('Worker Versioning: the versions of a worker deployment, and which one new workflows go to');
  deployment
    .command('describe')
    .description('list the versions of a worker deployment (build id and status) and its current version')
    .addOption(nameOption())
    .action(async (options: { name?: string }) => {
      const name = requireName(options.name);
      await withClient(async (client) => {
        const { info } = await describe(client, name);
        for (const line of describeLines(name, info)) console.log(line);
      });
    });
  deployment
    .command('set-current')
    .description(
      'make a version current: new workflows and AUTO_UPGRADE ones go to it, PINNED ones stay where they started',
    )
    .addOption(nameOption())
    .requiredOption('--build-id <id>', 'the build id of the version (the worker prints it at start)', nonBlank)
    .action(async (options: { name?: string; buildId: string }) => {
      const name = requireName(options.name);
      await withClient(async (client) => {
        const { info, conflictToken } = await describe(client, name);
        const known = buildIds(info);
        if (!known.includes(options.buildId)) {
          throw new UserError(
            `deployment ${name} has no version ${options.buildId} (its versions: ${known.join(', ') || 'none'}); ` +
              'a version appears once one of its workers polls',
          );
        }
        const previous = info.routingConfig?.currentDeploymentVersion?.buildId || undefined;
        if (previous === options.buildId) {
          console.log(`${options.buildId} already is the current version of ${name}`);
          return;
        }
        try {
          await client.workflowService.setWorkerDeploymentCurrentVersion({
            namespace: client.options.namespace,
            deploymentName: name,
            buildId: options.buildId,
            // Fails rather than overwrite a change someone made since the describe above.
            conflictToken,
            identity: client.options.identity,
          });
        } catch (err) {
          throw new UserError(`cannot make ${options.buildId} current in ${name}: ${grpcDetails(err)}`);
        }
        console.log(`Current version of ${name}: ${options.buildId} (was ${previous ?? 'none'})`);
      });
    });
}

async function describe(client: Client, name: string): Promise<{ info: DeploymentInfo; conflictToken: Uint8Array }> {
  try {
    const response = await client.workflowService.describeWorkerDeployment({
      namespace: client.options.namespace,
      deploymentName: name,
    });
    return { info: response.workerDeploymentInfo ?? {}, conflictToken: response.conflictToken };
  } catch (err) {
    if (isGrpcServiceError(err) && Number(err.code) === NOT_FOUND) {
      throw new UserError(
        `no worker deployment ${name} in namespace ${client.options.namespace}: ` +
          `start a worker with TEMPORAL_DEPLOYMENT_NAME=${name} first`,
      );
    }
    throw new UserError(`cannot describe deployment ${name}: ${grpcDetails(err)}`);
  }
}

function buildIds(info: DeploymentInfo): string[] {
  return (info.versionSummaries ?? []).flatMap((summary) => summary.deploymentVersion?.buildId ?? []);
}

function describeLines(name: string, info: DeploymentInfo): string[] {
  const routing = info.routingConfig;
  const ramping = routing?.rampingDeploymentVersion?.buildId;
  return [
    `Worker deployment ${name}`,
    `current version: ${routing?.currentDeploymentVersion?.buildId || 'none (new workflows go to unversioned workers)'}`,
    ...(ramping ? [`ramping version: ${ramping} (${routing?.rampingVersionPercentage ?? 0}%)`] : []),
    ...(info.versionSummaries ?? []).map(
      (summary) =>
        `  ${summary.deploymentVersion?.buildId ?? '?'}  ${STATUS_NAMES.get(summary.status ?? 0) ?? 'unknown'}`,
    ),
  ];
}

/** A gRPC error's own message, without the status-code prefix; anything else as its message's first line. */
function grpcDetails(err: unknown): string {
  if (isGrpcServiceError(err)) return err.details;
  return (err instanceof Error ? err.message : String(err)).split('\n')[0] ?? '';
}
