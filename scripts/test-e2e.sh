#!/usr/bin/env bash
# `pnpm test:e2e`: the end-to-end suite, every process as a user runs it (the worker and the starter, the documented
# commands, `pnpm dev`, deploy folders, the Web UI in Chromium, the benchmark), each file with its own dev server. It
# runs apart from `pnpm test` because it costs about as much CPU as everything else together; it ends the same way,
# with one line per package and `N skipped, N passed, N failed` (scripts/test-summary.sh).
set -uo pipefail
cd "$(dirname "$0")/.."
export TURBO_TELEMETRY_DISABLED=1

bash scripts/ensure-chromium.sh || exit 1
bash scripts/ensure-temporal-binaries.sh || exit 1
find apps packages -maxdepth 2 -name e2e-test-results.json -delete
turbo run test:e2e --continue --concurrency=2 --output-logs=errors-only "$@"
turbo_status=$?
bash scripts/test-summary.sh e2e
summary_status=$?
exit $((turbo_status || summary_status))
