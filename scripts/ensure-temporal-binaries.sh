#!/usr/bin/env bash
# The Temporal CLI and the time-skipping test server that the tests start: installs them (`pnpm run temporal:install`,
# which keeps binaries already installed at the pinned version) and says only what it installed, or says in one line
# that it could not and why.
set -uo pipefail
cd "$(dirname "$0")/.."
[ -x .temporal/bin/temporal ] && [ -x .temporal/bin/temporal-test-server ] ||
  echo "Installing the Temporal binaries the tests start (pnpm run temporal:install)"
if output=$(bash scripts/install-temporal-binaries.sh 2>&1); then
  grep ' installed from ' <<<"$output"
  exit 0
fi
echo "The tests need the Temporal binaries and \`pnpm run temporal:install\` could not install them: $(tail -n 1 <<<"$output")" >&2
exit 1
