#!/usr/bin/env bash
# `pnpm test`: every package's tests through turbo, two packages at a time (each starts its own Temporal servers and
# the machine this targets has 2 cores); the end-to-end suite is `pnpm test:e2e` (scripts/test-e2e.sh). Only a failing package's log is printed (every package's log stays in its
# .turbo/turbo-test.log); the run ends with one line per package and `N skipped, N passed, N failed`.
# The summary is scripts/test-summary.sh's (FAILED_STEPS, when set, adds earlier steps that failed).
set -uo pipefail
cd "$(dirname "$0")/.."
export TURBO_TELEMETRY_DISABLED=1

bash scripts/ensure-temporal-binaries.sh || exit 1
find apps packages -maxdepth 2 -name test-results.json -delete
turbo run test --continue --concurrency=2 --output-logs=errors-only "$@"
turbo_status=$?
bash scripts/test-summary.sh packages
summary_status=$?
# Non-zero if either says so: turbo also fails when a package's build fails before its tests.
exit $((turbo_status || summary_status))
