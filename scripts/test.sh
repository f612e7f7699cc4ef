#!/usr/bin/env bash
# The test command: installs what a fresh machine with only the .NET SDK lacks, then runs the tests.
# - chromium (Debian's package): the HTML report is rendered headless in a test
# - the mqueue file system at /dev/mqueue: lets the leak checks list POSIX message queues
set -euo pipefail
cd "$(dirname "$0")/.."

if [ "$(id -u)" = 0 ]; then
  if ! command -v chromium >/dev/null; then
    echo "installing chromium for the report rendering test..."
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  fi
  if ! mountpoint -q /dev/mqueue 2>/dev/null; then
    mkdir -p /dev/mqueue && mount -t mqueue none /dev/mqueue || echo "note: could not mount /dev/mqueue; POSIX queues go unlisted"
  fi
else
  command -v chromium >/dev/null || echo "note: chromium is missing and cannot be installed without root: the rendering test will fail"
fi

exec dotnet test "$@"
