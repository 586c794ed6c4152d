import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { startTracing } from '@reference/telemetry';
import { bundleWorkflows, prebuiltBundleFile } from './workflow-code';
import { buildIdOf } from './versioning';

/**
 * Run by `build`: bundles the workflows package once, so the production worker never runs webpack at boot. Two
 * bundles: without tracing (what runs by default) and with the tracing plugin's workflow interceptors, for a worker
 * started with OTEL_TRACES_EXPORTER set. Every workflow evaluates its bundle's interceptor modules, so a worker that
 * traces nothing should not carry OpenTelemetry (BENCHMARKS.md, "Where a workflow's CPU goes").
 */
async function main(): Promise<void> {
  const variants = [
    { traced: false, plugins: [] },
    { traced: true, plugins: [(await startTracing('reference-worker', 'none')).plugin] },
  ];
  for (const { traced, plugins } of variants) {
    const code = await bundleWorkflows(plugins);
    const target = prebuiltBundleFile(traced);
    writeFileSync(target, code);
    // With Worker Versioning on, the production worker reports this build id (see versioning.ts).
    console.log(
      `wrote ${path.relative(process.cwd(), target)} (${Math.round(code.length / 1024)} KiB, build id ${buildIdOf(code)})`,
    );
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
