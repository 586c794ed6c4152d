import { LOG_LEVELS, TRACES_EXPORTERS } from '@reference/telemetry';
import { z } from 'zod';

const count = z.coerce.number().int().positive();
const share = z.coerce.number().gt(0).lte(1);
// An empty variable (`TEMPORAL_DEPLOYMENT_NAME=`) counts as unset, so blanking a setting switches it off.
const unlessEmpty = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (value === '' ? undefined : value), schema.optional());
const identifier = z.string().max(255).regex(/^\S+$/, 'must not contain whitespace');

/** Everything the worker reads from the environment besides the connection (that is envconfig's). */
const schema = z
  .object({
    LOG_LEVEL: z.enum(LOG_LEVELS).default('info'),
    /** host:port for the Prometheus scrape endpoint; unset, no endpoint (two workers on one host would collide). */
    PROMETHEUS_BIND_ADDRESS: z
      .string()
      .regex(/^[^\s:]+:\d+$/, 'must be host:port, e.g. 127.0.0.1:9464')
      .optional(),
    OTEL_TRACES_EXPORTER: z.enum(TRACES_EXPORTERS).default('none'),
    WORKER_TUNER: z.enum(['fixed', 'resource-based']).default('fixed'),
    // A Python worker runs activities on a thread pool of 100; in Node they share the event loop, so this caps concurrency.
    WORKER_MAX_CONCURRENT_ACTIVITIES: count.default(100),
    // The SDK's default: workflow tasks are short bursts of CPU in the isolates.
    WORKER_MAX_CONCURRENT_WORKFLOW_TASKS: count.default(40),
    // Aim the resource-based tuner below saturation so the process keeps headroom for GC and bursts.
    WORKER_TARGET_CPU: share.default(0.8),
    WORKER_TARGET_MEMORY: share.default(0.8),
    // Unset: the SDK sizes the sticky cache from the heap (about 600 workflows per GiB).
    WORKER_MAX_CACHED_WORKFLOWS: z.coerce.number().int().nonnegative().optional(),
    // Autoscaling: as fast as any fixed count in BENCHMARKS.md, and it follows the load instead of a guessed count.
    // A fixed count needs at least 2 (one for the sticky queue, one for the normal queue).
    WORKER_POLLERS: z.union([z.literal('autoscaling'), z.coerce.number().int().min(2)]).default('autoscaling'),
    // On SIGINT/SIGTERM, in-flight activities get this long to finish before they are cancelled.
    WORKER_SHUTDOWN_GRACE_SECONDS: z.coerce.number().nonnegative().default(10),
    // Worker Versioning, off unless a deployment is named. The names are the ones the Temporal Worker Controller
    // sets in the pods it runs, so under the controller the worker joins its deployment with no further settings.
    TEMPORAL_DEPLOYMENT_NAME: unlessEmpty(identifier),
    // Unset: derived from the workflow code (see versioning.ts).
    TEMPORAL_WORKER_BUILD_ID: unlessEmpty(identifier),
    // For workflow types that declare no behaviour of their own (the SDK requires a default once versioning is on).
    WORKER_DEFAULT_VERSIONING_BEHAVIOR: z.enum(['AUTO_UPGRADE', 'PINNED']).default('AUTO_UPGRADE'),
    // A second namespace whose workflows this process also runs: the Nexus caller's (docs/nexus.md). Unset, none.
    NEXUS_CALLER_NAMESPACE: unlessEmpty(identifier),
  })
  .refine((config) => config.TEMPORAL_WORKER_BUILD_ID === undefined || config.TEMPORAL_DEPLOYMENT_NAME !== undefined, {
    path: ['TEMPORAL_WORKER_BUILD_ID'],
    message: 'set without TEMPORAL_DEPLOYMENT_NAME, which switches Worker Versioning on',
  });

export type WorkerConfig = z.infer<typeof schema>;

/** The worker's settings; a bad value is one error naming every offending variable. */
export function loadWorkerConfig(env: NodeJS.ProcessEnv = process.env): WorkerConfig {
  const parsed = schema.safeParse(env);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
  throw new Error(`bad worker configuration: ${problems.join('; ')}`);
}
