#!/usr/bin/env bash
# The reproducibility study of the claims verdicts: N interleaved claims checks back to back (5 by
# default), then a table per claim of how often each verdict came out and how far each ratio moved,
# over every claims check of this build under reports/ (so a second call an hour later adds to it).
#   scripts/reproducibility.sh [N] [--gap MINUTES] [claims options]
# It writes reports/<run-id>-reproducibility/ with reproducibility.md and ratio-spread.csv; copying
# that file to bench/Claims/ makes later checks widen their intervals by the spread measured.
set -euo pipefail
cd "$(dirname "$0")/.."
checks="${1:-5}"
[ $# -gt 0 ] && shift
scripts/setup.sh report
cd bench
exec dotnet run -c Release -- reproducibility --checks "$checks" "$@"
