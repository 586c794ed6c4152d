import { writeFileSync } from 'node:fs';
import { bundleWorkflowCode } from '@temporalio/worker';
import { FLOOR_BUNDLE_PATH } from './floor-bundle';

/** Run by `build`, as the project's worker bundles its workflows: the floor worker never runs webpack at boot. */
async function main(): Promise<void> {
  const { code } = await bundleWorkflowCode({ workflowsPath: require.resolve('./floor-workflow') });
  writeFileSync(FLOOR_BUNDLE_PATH, code);
  console.log(`wrote the floor worker's workflow bundle (${Math.round(code.length / 1024)} KiB)`);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
