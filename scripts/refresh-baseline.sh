#!/usr/bin/env bash
# Makes the last CI-profile run (scripts/ci-bench.sh) the new baseline: copies its full-JSON
# results into reports/baseline/, to be committed with the change that justified it.
set -euo pipefail
cd "$(dirname "$0")/.."
artifacts="${IPCBENCH_ARTIFACTS:-$PWD/bench/BenchmarkDotNet.Artifacts/ci}"
ls "$artifacts"/results/*-report-full.json >/dev/null 2>&1 || { echo "no CI-profile results in $artifacts/results: run scripts/ci-bench.sh first" >&2; exit 2; }
rm -rf reports/baseline && mkdir -p reports/baseline
cp "$artifacts"/results/*-report-full.json reports/baseline/
echo "baseline refreshed from $artifacts/results ($(ls reports/baseline | wc -l) files)"
