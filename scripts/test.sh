#!/usr/bin/env bash
# `pnpm test`: every package's tests through turbo, two packages at a time (each starts its own Temporal servers and
# the machine this targets has 2 cores). Only a failing package's log is printed (every package's log stays in its
# .turbo/turbo-test.log); the run ends with one line per package and `N passed, N failed`.
# FAILED_STEPS (set by .ci/run) names earlier steps that failed, so the last line counts them too.
set -uo pipefail
cd "$(dirname "$0")/.."
export TURBO_TELEMETRY_DISABLED=1

bash scripts/ensure-chromium.sh || exit 1
find apps packages -maxdepth 2 -name test-results.json -delete
turbo run test --continue --concurrency=2 --output-logs=errors-only "$@"
turbo_status=$?
node - ${FAILED_STEPS:-} <<'JS'
// The last lines of `pnpm test`: each tested package's passed and failed counts, read from the jest JSON report it
// leaves (a package with a test script and no report crashed or never started, and counts as a failure), then
// `N passed, N failed` for the whole run. Arguments name earlier steps that failed (CI's build and lint): one each.
const fs = require('node:fs');
const path = require('node:path');

let passed = 0;
let failed = 0;
for (const group of ['apps', 'packages']) {
  for (const name of fs.readdirSync(group)) {
    const dir = path.join(group, name);
    const manifest = path.join(dir, 'package.json');
    if (!fs.existsSync(manifest) || !JSON.parse(fs.readFileSync(manifest, 'utf8')).scripts?.test) continue;
    const report = path.join(dir, 'test-results.json');
    if (!fs.existsSync(report)) {
      console.log(`${dir}: no jest report (its test run crashed or never started)`);
      failed += 1;
      continue;
    }
    const results = JSON.parse(fs.readFileSync(report, 'utf8'));
    // A suite that fails to run (a compile error, a crash in beforeAll) has no failed test of its own.
    const brokenSuites = results.testResults.filter((s) => s.status === 'failed' && s.assertionResults.length === 0).length;
    console.log(`${dir}: ${results.numPassedTests} passed, ${results.numFailedTests + brokenSuites} failed`);
    passed += results.numPassedTests;
    failed += results.numFailedTests + brokenSuites;
  }
}
const failedSteps = process.argv.slice(2);
if (failedSteps.length) console.log(`failed steps: ${failedSteps.join(', ')}`);
failed += failedSteps.length;
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
JS
summary_status=$?
# Non-zero if either says so: turbo also fails when a package's build fails before its tests.
exit $((turbo_status || summary_status))
