import { loadWorkerConfig } from './config';
import { tuningFrom } from './tuning';

test('the defaults: fixed slots (100 activities, 40 workflow tasks), autoscaled pollers, 10 s grace, SDK-sized cache', () => {
  expect(tuningFrom(loadWorkerConfig({}))).toEqual({
    maxConcurrentActivityTaskExecutions: 100,
    maxConcurrentWorkflowTaskExecutions: 40,
    workflowTaskPollerBehavior: { type: 'autoscaling' },
    activityTaskPollerBehavior: { type: 'autoscaling' },
    shutdownGraceTime: 10_000,
  });
});

test('the resource-based tuner replaces fixed slots; a fixed poller count; cache and grace as given', () => {
  const tuning = tuningFrom(
    loadWorkerConfig({
      WORKER_TUNER: 'resource-based',
      WORKER_TARGET_CPU: '0.7',
      WORKER_TARGET_MEMORY: '0.6',
      WORKER_POLLERS: '4',
      WORKER_MAX_CACHED_WORKFLOWS: '0',
      WORKER_SHUTDOWN_GRACE_SECONDS: '3',
    }),
  );
  expect(tuning).toEqual({
    tuner: {
      tunerOptions: { targetCpuUsage: 0.7, targetMemoryUsage: 0.6 },
      activityTaskSlotOptions: { maximumSlots: 100 },
    },
    maxCachedWorkflows: 0,
    workflowTaskPollerBehavior: { type: 'simple-maximum', maximum: 4 },
    activityTaskPollerBehavior: { type: 'simple-maximum', maximum: 4 },
    shutdownGraceTime: 3_000,
  });
});

test('bad values are one error naming each variable', () => {
  expect(() =>
    loadWorkerConfig({
      LOG_LEVEL: 'loud',
      WORKER_POLLERS: '1',
      PROMETHEUS_BIND_ADDRESS: '9464',
      OTEL_TRACES_EXPORTER: 'x',
    }),
  ).toThrow(
    /^bad worker configuration: LOG_LEVEL: .*; PROMETHEUS_BIND_ADDRESS: must be host:port.*; OTEL_TRACES_EXPORTER: .*; WORKER_POLLERS: /,
  );
});
