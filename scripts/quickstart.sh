#!/usr/bin/env bash
# One command from a fresh clone to a greeting: installs pnpm (pinned), the dependencies and the Temporal
# binaries, builds, starts `turbo run dev` (the dev server + the worker) in the background, then runs the
# starter once. The dev server and the worker keep running afterwards; `pnpm stop` ends them.
set -euo pipefail
cd "$(dirname "$0")/.."

# The state folder holds the dev server's database (every workflow's history) and the worker's log: this user's only.
state=.temporal/state
mkdir -p "$state"
chmod 700 "$state"

pnpm_pin=$(node -p "require('./package.json').packageManager.split('@')[1]")
if [ "$(pnpm --version 2>/dev/null)" != "$pnpm_pin" ]; then
  echo "installing pnpm $pnpm_pin"
  npm install --global "pnpm@$pnpm_pin" >/dev/null
fi
pnpm install --frozen-lockfile --reporter=silent
pnpm run --silent temporal:install
pnpm run --silent build --output-logs=errors-only

if [ -f "$state/dev.pid" ] && kill -0 "$(cat "$state/dev.pid")" 2>/dev/null; then
  echo "turbo run dev is already running (pid $(cat "$state/dev.pid"))"
else
  # Its own process group, so `pnpm stop` can end turbo and the worker, which drains and then stops the dev server;
  # its log (task ids, workflow ids) readable by this user only.
  default_umask=$(umask)
  umask 077
  setsid pnpm exec turbo run dev --ui=stream >"$state/dev.log" 2>&1 &
  echo $! >"$state/dev.pid"
  umask "$default_umask"
  echo "started turbo run dev (logs: $state/dev.log)"
fi

for _ in $(seq 120); do
  grep -q 'Worker polling task queue' "$state/dev.log" && break
  if ! kill -0 "$(cat "$state/dev.pid")" 2>/dev/null; then
    echo "turbo run dev stopped; the end of $state/dev.log:" >&2
    tail -20 "$state/dev.log" >&2
    exit 1
  fi
  sleep 1
done
grep -h 'Started the Temporal dev server\|Worker polling task queue' "$state/dev.log" | sed 's/^.*dev: //'

pnpm --silent --filter starter start
echo "The dev server and the worker keep running: Web UI http://localhost:8233, stop with 'pnpm stop'."
