#!/usr/bin/env bash
# Reproducible benchmarks: generates the inputs, then measures them in release builds.
#   Benchmarks/run.sh [MESSAGES]      (default 1000000)
# Inputs go to Benchmarks/.data/ (ignored by git; regenerated when missing).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/system-packages.sh
concord_install_missing_packages
export LANG="$(concord_utf8_locale)"
messages="${1:-1000000}"
data="Benchmarks/.data"
mkdir -p "$data"
store="$data/store-$messages.sqlite"

echo "== Machine"
echo "$(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GB", $2/1048576}' /proc/meminfo), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')"
swift --version 2>/dev/null | head -1

swift build -c release --product concord >/dev/null
swift build -c release --product concord-bench >/dev/null
if [ ! -f "$store" ]; then
    echo "== Generating $messages messages (concord demo --generate-only)"
    /usr/bin/time -f "   %e s wall, %M KB max RSS" .build/release/concord demo --generate-only --db "$store" \
        --messages "$messages" --seed 1 --now 2026-11-23T09:00:00Z
fi
ls -la "$store" | awk '{printf "   store file: %.0f MB\n", $5/1048576}'
echo "== Console and store (in-process, release)"
.build/release/concord-bench "$store"
