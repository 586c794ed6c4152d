import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { startTracing } from '@reference/telemetry';
import { bundleWorkflowCode } from '@temporalio/worker';
import { payloadConverterPath } from '@reference/data-converter';

/**
 * Run by `build`: bundles the workflows package once, so the production worker never runs webpack at boot. The
 * tracing plugin adds its workflow interceptors to the bundle, so OTEL_TRACES_EXPORTER can turn tracing on later.
 */
async function main(): Promise<void> {
  // The payload converter runs inside the sandbox too, so a prebuilt bundle must carry it.
  const { code } = await bundleWorkflowCode({
    workflowsPath: require.resolve('@reference/workflows'),
    payloadConverterPath,
    plugins: [(await startTracing('reference-worker', 'none')).plugin],
  });
  const target = path.join(__dirname, 'workflow-bundle.js');
  writeFileSync(target, code);
  console.log(`wrote ${path.relative(process.cwd(), target)} (${Math.round(code.length / 1024)} KiB)`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
