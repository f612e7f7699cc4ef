#!/usr/bin/env bash
# For the stored-baseline mode of the gate (history, not CI): runs the CI profile — each case in
# 3 processes of 5 measured iterations, 15 samples a side for Mann-Whitney — and stores its
# full-JSON results in reports/baseline/, to be committed with the change that justified it.
#   scripts/refresh-baseline.sh [FILTER...]   default: every case ('*PingPong*' '*Throughput*'), replacing the whole
#                                             baseline; with filters, only the classes they ran are replaced
# A stored baseline was measured in other minutes: `gate --baseline reports/baseline --current DIR`
# says so; `gate --against REF` is the comparison to decide on.
set -euo pipefail
cd "$(dirname "$0")/.."
artifacts="${IPCBENCH_ARTIFACTS:-$PWD/bench/BenchmarkDotNet.Artifacts/baseline-run}"
filters=("$@")
whole=0
[ ${#filters[@]} -eq 0 ] && filters=('*PingPong*' '*Throughput*') && whole=1

rm -rf "$artifacts"
(cd bench && IPCBENCH_NO_REPORT=1 dotnet run -c Release -- --filter "${filters[@]}" --launchCount 3 --iterationCount 5 --warmupCount 2 --artifacts "$artifacts")
[ "$whole" = 1 ] && rm -rf reports/baseline
mkdir -p reports/baseline
cp "$artifacts"/results/*-report-full.json reports/baseline/
echo "baseline refreshed from $artifacts/results ($(ls reports/baseline | wc -l) files)"
