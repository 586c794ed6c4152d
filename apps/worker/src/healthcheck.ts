import { loadWorkerConfig } from './config';

/**
 * The image's HEALTHCHECK (`node dist/healthcheck.js`): healthy while the worker's metrics show workflow-task
 * pollers, which exist only once it has connected and started polling. Reads PROMETHEUS_BIND_ADDRESS, which the
 * image sets to the container's loopback.
 */
async function main(): Promise<void> {
  const address = loadWorkerConfig().PROMETHEUS_BIND_ADDRESS;
  if (!address) throw new Error('PROMETHEUS_BIND_ADDRESS is not set, so there are no metrics to check');
  const response = await fetch(`http://${address}/metrics`, { signal: AbortSignal.timeout(3_000) });
  const pollers = /^temporal_num_pollers\{[^}]*poller_type="workflow_task"[^}]*\} (\d+)$/m.exec(await response.text());
  if (!pollers || pollers[1] === '0') throw new Error(`no workflow task pollers in http://${address}/metrics`);
  console.log(`healthy: ${pollers[1]} workflow task pollers`);
}

main().catch((err: unknown) => {
  console.error(`worker healthcheck: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
