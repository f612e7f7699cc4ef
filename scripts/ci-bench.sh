#!/usr/bin/env bash
# The CI profile of the benchmarks, then the regression gate against reports/baseline/.
#   scripts/ci-bench.sh [FILTER...]      default filter: '*PingPong*' '*Throughput*' (everything)
# Each case runs in 3 processes (launches) of 5 measured iterations: 15 samples a side, enough for
# the gate's Mann-Whitney test, and spread over launches, because IPC timings move more between
# processes than within one. Exit code: the gate's (0 pass, 1 regression, 2 bad input).
set -euo pipefail
cd "$(dirname "$0")/.."
artifacts="${IPCBENCH_ARTIFACTS:-$PWD/bench/BenchmarkDotNet.Artifacts/ci}"
filters=("$@")
[ ${#filters[@]} -eq 0 ] && filters=('*PingPong*' '*Throughput*')

rm -rf "$artifacts"
(cd bench && dotnet run -c Release -- --filter "${filters[@]}" --launchCount 3 --iterationCount 5 --warmupCount 2 --artifacts "$artifacts")
(cd bench && dotnet run -c Release --no-build -- gate --baseline ../reports/baseline --current "$artifacts/results" \
   --markdown "$artifacts/gate.md" --csv "$artifacts/gate.csv")
