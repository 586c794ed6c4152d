#!/usr/bin/env bash
# The Web UI test drives Debian's Chromium (no browser download is reachable from these machines): installs it when
# it is missing and this is a Debian machine we are root on, or says in one line what to do.
set -uo pipefail
[ -x /usr/bin/chromium ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "Installing Chromium for the Web UI test (Debian's package)"
  { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; } && exit 0
fi
echo "The Web UI test needs Chromium at /usr/bin/chromium: install Debian's chromium package (apt-get install chromium)" >&2
exit 1
