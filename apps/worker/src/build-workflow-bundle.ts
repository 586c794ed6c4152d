import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { startTracing } from '@reference/telemetry';
import { bundleWorkflows } from './workflow-code';
import { buildIdOf } from './versioning';

/**
 * Run by `build`: bundles the workflows package once, so the production worker never runs webpack at boot. The
 * tracing plugin adds its workflow interceptors to the bundle, so OTEL_TRACES_EXPORTER can turn tracing on later.
 */
async function main(): Promise<void> {
  const code = await bundleWorkflows([(await startTracing('reference-worker', 'none')).plugin]);
  const target = path.join(__dirname, 'workflow-bundle.js');
  writeFileSync(target, code);
  // With Worker Versioning on, the production worker reports this build id (see versioning.ts).
  console.log(
    `wrote ${path.relative(process.cwd(), target)} (${Math.round(code.length / 1024)} KiB, build id ${buildIdOf(code)})`,
  );
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
