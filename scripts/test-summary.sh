#!/usr/bin/env bash
# The last lines of a test run (pnpm test, pnpm test:cluster, CI): each tested package's passed and failed counts,
# read from the jest JSON report it leaves (a package with a test script and no report crashed or never started, and
# counts as a failure), then `N passed, N failed` for the whole run. Arguments choose the reports: `packages` (every
# package's `pnpm test` report), `cluster` (`pnpm test:cluster`'s). FAILED_STEPS names earlier steps that failed
# (CI's build and lint): one failure each. Exits non-zero when anything failed.
cd "$(dirname "$0")/.."
node - "$@" <<'JS'
const fs = require('node:fs');
const path = require('node:path');

const root = process.cwd();
const reports = {
  packages: () =>
    ['apps', 'packages'].flatMap((group) =>
      fs
        .readdirSync(path.join(root, group))
        .map((name) => path.join(group, name))
        .filter((dir) => {
          const manifest = path.join(root, dir, 'package.json');
          return fs.existsSync(manifest) && JSON.parse(fs.readFileSync(manifest, 'utf8')).scripts?.test;
        })
        .map((dir) => ({ label: dir, file: path.join(dir, 'test-results.json') })),
    ),
  cluster: () => [{ label: 'apps/e2e (on the cluster)', file: 'apps/e2e/cluster-test-results.json' }],
};

let passed = 0;
let failed = 0;
for (const set of process.argv.slice(2)) {
  if (!reports[set]) throw new Error(`unknown report set ${set}: packages or cluster`);
  for (const { label, file } of reports[set]()) {
    const report = path.join(root, file);
    if (!fs.existsSync(report)) {
      console.log(`${label}: no jest report (its test run crashed or never started)`);
      failed += 1;
      continue;
    }
    const results = JSON.parse(fs.readFileSync(report, 'utf8'));
    // A suite that fails to run (a compile error, a crash in beforeAll) has no failed test of its own.
    const brokenSuites = results.testResults.filter(
      (s) => s.status === 'failed' && s.assertionResults.length === 0,
    ).length;
    console.log(`${label}: ${results.numPassedTests} passed, ${results.numFailedTests + brokenSuites} failed`);
    passed += results.numPassedTests;
    failed += results.numFailedTests + brokenSuites;
  }
}
const failedSteps = (process.env.FAILED_STEPS ?? '').split(' ').filter(Boolean);
if (failedSteps.length) console.log(`failed steps: ${failedSteps.join(', ')}`);
failed += failedSteps.length;
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
JS
