#!/usr/bin/env bash
# The main job: every transport (the namespace pair's too, as root) through both scenarios with BenchmarkDotNet's short job, the
# interleaved claims check (the report's verdicts come from it), then the
# report under reports/. Arguments replace the default and go to the harness unchanged:
#   scripts/bench.sh                                  = --filter '*' --job short --claims
#   scripts/bench.sh --filter '*Shm*' --job short     any BenchmarkDotNet or IpcBench option
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh bench
args=("$@")
[ ${#args[@]} -eq 0 ] && args=(--filter '*' --job short --claims)
cd bench
exec dotnet run -c Release -- "${args[@]}"
