#!/usr/bin/env bash
# The last lines of a test run (pnpm test, pnpm test:cluster, CI): each tested package's passed, failed and skipped
# counts, read from the jest JSON report it leaves (a package with a test script and no report crashed or never
# started, and counts as a failure), each skipped test by name, then `N skipped, N passed, N failed` for the whole
# run. Arguments choose the reports: `packages` (every package's `pnpm test` report), `e2e` (`pnpm test:e2e`'s),
# `cluster` (`pnpm test:cluster`'s).
# FAILED_STEPS names earlier steps that failed (CI's build and lint): one failure each. Exits non-zero when anything
# failed.
cd "$(dirname "$0")/.."
node - "$@" <<'JS'
const fs = require('node:fs');
const path = require('node:path');

const root = process.cwd();
/** The report of every package whose package.json has `script`, in `file`. */
const byScript = (script, file, suffix = '') =>
  ['apps', 'packages'].flatMap((group) =>
    fs
      .readdirSync(path.join(root, group))
      .map((name) => path.join(group, name))
      .filter((dir) => {
        const manifest = path.join(root, dir, 'package.json');
        return fs.existsSync(manifest) && JSON.parse(fs.readFileSync(manifest, 'utf8')).scripts?.[script];
      })
      .map((dir) => ({ label: `${dir}${suffix}`, file: path.join(dir, file) })),
  );
const reports = {
  packages: () => byScript('test', 'test-results.json'),
  e2e: () => byScript('test:e2e', 'e2e-test-results.json', ' (end to end)'),
  cluster: () => [{ label: 'apps/e2e (on the cluster)', file: 'apps/e2e/cluster-test-results.json' }],
};

let passed = 0;
let failed = 0;
const skipped = [];
for (const set of process.argv.slice(2)) {
  if (!reports[set]) throw new Error(`unknown report set ${set}: packages, e2e or cluster`);
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
    // A test that cannot run here (no network interface, not root) is skipped by name, never passed on a weaker check.
    const skippedHere = results.testResults.flatMap((s) =>
      s.assertionResults
        .filter((a) => a.status === 'pending' || a.status === 'skipped' || a.status === 'todo')
        .map((a) => `${label}: ${a.fullName}`),
    );
    console.log(
      `${label}: ${results.numPassedTests} passed, ${results.numFailedTests + brokenSuites} failed, ` +
        `${skippedHere.length} skipped`,
    );
    passed += results.numPassedTests;
    failed += results.numFailedTests + brokenSuites;
    skipped.push(...skippedHere);
  }
}
const failedSteps = (process.env.FAILED_STEPS ?? '').split(' ').filter(Boolean);
if (failedSteps.length) console.log(`failed steps: ${failedSteps.join(', ')}`);
failed += failedSteps.length;
for (const test of skipped) console.log(`skipped: ${test}`);
// CI reads the run's outcome from the end of this line: `N passed, N failed`.
console.log(`${skipped.length} skipped, ${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
JS
