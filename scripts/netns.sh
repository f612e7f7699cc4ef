#!/usr/bin/env bash
# The suite's network namespace pair by hand (root): two namespaces joined by a veth pair, the TCP
# path between hosts on one machine (198.18.0.0/15 is the range set aside for benchmarking).
#   scripts/netns.sh up [TAG]     makes ipcb-TAG-c (198.18.0.1) and ipcb-TAG-p (198.18.0.2); TAG is "manual" by default
#   scripts/netns.sh down [TAG]   removes both, and the veth pair with them
#   scripts/netns.sh list         the suite's namespaces now present
# Runs need none of this: TcpVeth and UnixNetns make their own pair (tagged with the process id) and
# remove it; `cleanup` removes the pair of a run that was killed. By hand, e.g. a listening peer in one:
#   ip netns exec ipcb-manual-p bench/bin/Release/net10.0/IpcBench.Peer --listen 198.18.0.2:7000 --secret-file ~/.ipcbench-secret
#   cd bench && IPCBENCH_REMOTE_NETNS=ipcb-manual-c dotnet run -c Release -- --remote 198.18.0.2:7000 --secret-file ~/.ipcbench-secret --filter '*TcpRemote*'
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh bench
cd bench
case "${1:-}" in
  up|down) exec dotnet run -c Release -- netns "$1" --tag "${2:-manual}" ;;
  list) exec dotnet run -c Release -- netns list ;;
  *) echo "usage: scripts/netns.sh up|down [TAG] | list" >&2; exit 2 ;;
esac
