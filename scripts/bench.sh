#!/usr/bin/env bash
# The main job: every transport through both scenarios with BenchmarkDotNet's short job, then the
# report under reports/. Arguments replace the default and go to the harness unchanged:
#   scripts/bench.sh                                  = --filter '*' --job short
#   scripts/bench.sh --filter '*Shm*' --job short     any BenchmarkDotNet or IpcBench option
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh report
args=("$@")
[ ${#args[@]} -eq 0 ] && args=(--filter '*' --job short)
cd bench
exec dotnet run -c Release -- "${args[@]}"
