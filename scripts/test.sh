#!/usr/bin/env bash
# The test command: installs what a fresh machine with only the .NET SDK lacks (scripts/setup.sh
# tests), then runs every test. Extra arguments go to dotnet test (--filter NAME, say).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh tests
exec dotnet test "$@"
