#!/usr/bin/env bash
# The regression gate as CI runs it: this working tree's build against a git ref, both measured
# side by side in alternating launches on this machine (gate --against; README, "Regression gate").
#   scripts/ci-bench.sh [REF] [FILTER...]    REF default HEAD~1; FILTER default: the gate's subset (8 cases, ~8 min)
# Writes the table to $IPCBENCH_ARTIFACTS (default bench/BenchmarkDotNet.Artifacts/ci) as gate.md
# and gate.csv. Exit code: the gate's (0 pass, 1 regression or failed case, 2 bad input).
set -euo pipefail
cd "$(dirname "$0")/.."
artifacts="${IPCBENCH_ARTIFACTS:-$PWD/bench/BenchmarkDotNet.Artifacts/ci}"
ref="${1:-HEAD~1}"
shift || true
filter=()
[ $# -gt 0 ] && filter=(--filter "$@")

rm -rf "$artifacts" && mkdir -p "$artifacts"
dotnet build -c Release --nologo -v q bench/IpcBench.Bench.csproj
(cd bench && dotnet run -c Release --no-build -- gate --against "$ref" "${filter[@]}" \
   --markdown "$artifacts/gate.md" --csv "$artifacts/gate.csv")
