#!/usr/bin/env bash
# The A/B gate's own study (README, "Regression gate"): how often it fails identical code, and
# whether it catches injected slowdowns. On a clean tree at a commit that has the A/B gate:
#   1. RUNS times `gate --against HEAD` with this build (identical code on both sides);
#   2. for each scripts/gate-study/*.patch: a worktree of HEAD with the patch applied, built, and
#      its `gate --against HEAD` (tcp-1.5x-slower: TCP ping-pong does 1.5x the round trips;
#      fixed-1us-delay: every echo round trip busy-waits 1 µs more).
# Logs and gate tables go to bench/BenchmarkDotNet.Artifacts/gate-study/; summary.txt sums up.
#   scripts/gate-study.sh [RUNS=5] [GATE OPTIONS...]
# Nothing else may run on the machine meanwhile (~7 minutes a gate).
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-5}"
shift || true
git diff --quiet HEAD || { echo "gate-study: the tree has uncommitted changes; the identical runs need a clean tree" >&2; exit 2; }
out="$PWD/bench/BenchmarkDotNet.Artifacts/gate-study"
rm -rf "$out" && mkdir -p "$out"
work="$(mktemp -d)"
cleanup() {
  for wt in "$work"/*/; do [ -d "$wt" ] && git worktree remove --force "$wt" >/dev/null 2>&1 || true; done
  rm -rf "$work"; git worktree prune
}
trap cleanup EXIT

gate() { # NAME FOLDER: one gate run from the bench folder FOLDER
  local name="$1" folder="$2" start code
  start=$(date +%s)
  set +e
  (cd "$folder" && dotnet run -c Release --no-build -- gate --against HEAD --csv "$out/$name.csv" "${@:3}") >"$out/$name.log" 2>&1
  code=$?
  set -e
  echo "$name: exit $code in $(( $(date +%s) - start )) s; $(grep -E '^gate (passed|FAILED)' "$out/$name.log" || tail -1 "$out/$name.log")" | tee -a "$out/summary.txt"
}

dotnet build -c Release --nologo -v q bench/IpcBench.Bench.csproj >/dev/null
for i in $(seq 1 "$runs"); do
  gate "identical-$i" bench "$@"
done
for patch in scripts/gate-study/*.patch; do
  name="$(basename "$patch" .patch)"
  git worktree add --detach "$work/$name" HEAD >/dev/null 2>&1
  git -C "$work/$name" apply "$PWD/$patch"
  dotnet build -c Release --nologo -v q "$work/$name/bench/IpcBench.Bench.csproj" >/dev/null
  gate "$name" "$work/$name/bench" "$@"
done
echo "gate-study: tables and logs in $out"
