#!/usr/bin/env bash
# The main job: every transport (the namespace pair's too, as root) through both scenarios and every JSON-RPC path with
# BenchmarkDotNet's short job, the interleaved claims check (the report's verdicts come from it), the interleaved use-case
# check (the report's Use cases section), then the report under reports/. Arguments replace the default and go to the
# harness unchanged:
#   scripts/bench.sh                                  = --filter '*' --job short --claims --use-cases
#   scripts/bench.sh --filter '*Shm*' --job short     any BenchmarkDotNet or IpcBench option
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh bench
args=("$@")
[ ${#args[@]} -eq 0 ] && args=(--filter '*' --job short --claims --use-cases)
cd bench
exec dotnet run -c Release -- "${args[@]}"
