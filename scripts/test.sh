#!/usr/bin/env bash
# `pnpm test`: every package's tests through turbo, two packages at a time (each starts its own Temporal servers and
# the machine this targets has 2 cores). `pnpm test:e2e` (this script with `e2e`) runs the end-to-end suite the same
# way: every process as a user runs it (the worker and the starter, the documented commands, `pnpm dev`, deploy
# folders, the Web UI in Chromium, the benchmark); it runs apart because it costs about as much CPU as the rest.
# Only a failing package's log is printed (every package's log stays in its .turbo/turbo-<task>.log); the run ends
# with one line per package and `N skipped, N passed, N failed`.
# The summary is scripts/test-summary.sh's (FAILED_STEPS, when set, adds earlier steps that failed).
set -uo pipefail
cd "$(dirname "$0")/.."
export TURBO_TELEMETRY_DISABLED=1

task=test results=test-results.json reports=packages
if [ "${1:-}" = e2e ]; then
  shift
  task=test:e2e results=e2e-test-results.json reports=e2e
  bash scripts/ensure-chromium.sh || exit 1
fi
bash scripts/ensure-temporal-binaries.sh || exit 1
find apps packages -maxdepth 2 -name "$results" -delete
turbo run "$task" --continue --concurrency=2 --output-logs=errors-only "$@"
turbo_status=$?
bash scripts/test-summary.sh "$reports"
summary_status=$?
# Non-zero if either says so: turbo also fails when a package's build fails before its tests.
exit $((turbo_status || summary_status))
