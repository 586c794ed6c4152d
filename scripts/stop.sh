#!/usr/bin/env bash
# Stops what scripts/quickstart.sh left running: turbo run dev, the worker and the embedded dev server.
set -euo pipefail
cd "$(dirname "$0")/.."
pid_file=.temporal/state/dev.pid
if [ -f "$pid_file" ] && kill -0 "$(cat "$pid_file")" 2>/dev/null; then
  kill -TERM -- "-$(cat "$pid_file")"
  echo "stopped turbo run dev (process group $(cat "$pid_file"))"
else
  echo "nothing to stop"
fi
rm -f "$pid_file"
