#!/usr/bin/env bash
# What a machine with only the .NET SDK lacks, from Debian's packages (installing needs root):
#   scripts/setup.sh report   fonts-dejavu-core: ScottPlot draws chart text with it (with no font, every label silently vanishes)
#   scripts/setup.sh bench    the above, iproute2 (ip makes the network namespace pair of TcpVeth and UnixNetns),
#                             python3 and nodejs (the peers in other runtimes, peers/)
#   scripts/setup.sh tests    all of the above, chromium (the report rendering test), git (the A/B gate test builds a worktree)
#                             and the mqueue file system at /dev/mqueue (so that leak checks can list POSIX message queues)
set -euo pipefail
need=()
[ -e /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] || need+=(fonts-dejavu-core)
if [ "${1:-report}" = tests ] || [ "${1:-report}" = bench ]; then
  [ -x /usr/sbin/ip ] || [ -x /sbin/ip ] || [ -x /usr/bin/ip ] || [ -x /bin/ip ] || need+=(iproute2)
  command -v python3 >/dev/null || need+=(python3)
  command -v node >/dev/null || need+=(nodejs)
fi
if [ "${1:-report}" = tests ]; then
  command -v chromium >/dev/null || command -v google-chrome >/dev/null || need+=(chromium)
  command -v git >/dev/null || need+=(git)
fi

if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" != 0 ]; then
    echo "note: ${need[*]} missing and cannot be installed without root (charts lose their text; the rendering test fails)" >&2
  else
    echo "installing ${need[*]} (once)..."
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
  fi
fi

if [ "${1:-report}" = tests ] && ! mountpoint -q /dev/mqueue 2>/dev/null; then
  if [ "$(id -u)" = 0 ]; then
    mkdir -p /dev/mqueue && mount -t mqueue none /dev/mqueue || echo "note: could not mount /dev/mqueue; POSIX queues go unlisted" >&2
  else
    echo "note: /dev/mqueue is not mounted (needs root); POSIX queues go unlisted by the leak checks" >&2
  fi
fi
