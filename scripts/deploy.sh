#!/usr/bin/env bash
# Usage: scripts/deploy.sh <worker|starter|codec-server> <dir>, after `pnpm build`.
# The deployable folder of an app, as each Dockerfile's build stage makes it and apps/e2e/src/deploy.e2e.test.ts runs
# it: pnpm copies the app's files and production dependencies into <dir>, nothing of the monorepo around them. Then
# what nothing loads at run time goes: Temporal's native bridge for other platforms (~27 MB each) and its Rust
# sources, better-sqlite3's compiler output besides the addon, and type declarations, TypeScript sources and source
# maps of the dependencies.
set -euo pipefail
usage='usage: scripts/deploy.sh <worker|starter|codec-server> <dir>'
app=${1:?$usage}
dir=${2:?$usage}
cd "$(dirname "$0")/.."
pnpm --silent --filter "@reference/$app" deploy --prod --legacy "$dir"
modules="$dir/node_modules/.pnpm"
for bridge in "$modules"/@temporalio+core-bridge@*/node_modules/@temporalio/core-bridge; do
  [ -d "$bridge" ] || continue
  keep=$(node -p "require('$bridge/common').getPrebuiltTargetName()")
  find "$bridge/releases" -mindepth 1 -maxdepth 1 ! -name "$keep" -exec rm -rf {} +
  rm -rf "$bridge/sdk-core" "$bridge/src" "$bridge/bridge-macros"
done
for sqlite in "$modules"/better-sqlite3@*/node_modules/better-sqlite3; do
  [ -d "$sqlite/build" ] || continue
  find "$sqlite/build" -type f ! -path '*/build/Release/better_sqlite3.node' -delete
  rm -rf "$sqlite/deps" "$sqlite/src"
done
# The files are the store's hard links: deleting unlinks them here only.
find "$modules" -type f \( -name '*.ts' -o -name '*.mts' -o -name '*.cts' -o -name '*.map' \) -delete
