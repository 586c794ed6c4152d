import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { bundleWorkflowCode } from '@temporalio/worker';
import { payloadConverterPath } from '@reference/data-converter';

/** Run by `build`: bundles the workflows package once, so the production worker never runs webpack at boot. */
async function main(): Promise<void> {
  // The payload converter runs inside the sandbox too, so a prebuilt bundle must carry it.
  const { code } = await bundleWorkflowCode({
    workflowsPath: require.resolve('@reference/workflows'),
    payloadConverterPath,
  });
  const target = path.join(__dirname, 'workflow-bundle.js');
  writeFileSync(target, code);
  console.log(`wrote ${path.relative(process.cwd(), target)} (${Math.round(code.length / 1024)} KiB)`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
