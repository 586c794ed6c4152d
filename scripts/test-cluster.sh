#!/usr/bin/env bash
# `pnpm test:cluster`: the worker and the starter on the cluster that `pnpm cluster up` runs (apps/e2e/src/cluster),
# ending like `pnpm test` with `N skipped, N passed, N failed`. It starts no cluster itself: without one it says so and
# fails.
set -uo pipefail
cd "$(dirname "$0")/.."
export TURBO_TELEMETRY_DISABLED=1

rm -f apps/e2e/cluster-test-results.json
turbo run build --filter=@reference/e2e... --output-logs=errors-only >/dev/null || {
  echo 'the build failed: see `pnpm build`'
  echo "0 skipped, 0 passed, 1 failed"
  exit 1
}
if ! node apps/cluster/dist/main.js status >/dev/null; then
  echo 'the cluster is not serving: run `pnpm cluster up` first (`pnpm cluster status` shows what is down)'
  echo "0 skipped, 0 passed, 1 failed"
  exit 1
fi
pnpm --silent --filter @reference/e2e test:cluster
bash scripts/test-summary.sh cluster
