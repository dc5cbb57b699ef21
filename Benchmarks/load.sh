#!/usr/bin/env bash
# Team mode under load (issue 6): 50 live consoles on one PostgreSQL store while 20 messages a
# second are ingested for MINUTES minutes, then a burst of 1,000 in 10 s. Loopback only; the
# server is a throwaway cluster in /tmp and every input is generated (seeded, reproducible).
#   Benchmarks/load.sh [MINUTES] [more concord-load options]     (default 10)
#   Benchmarks/load.sh --minutes 1 --agents 10                  (the same, named)
# Exits non-zero when a target is missed: p95 view refresh and p95 ingest to screen under 500 ms, the backlog back to
# zero within 60 s of the burst, nothing lost or duplicated. Installs PostgreSQL when missing.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/system-packages.sh
concord_required_packages+=(postgresql)
concord_install_missing_packages
export LANG="$(concord_utf8_locale)"

arguments=()
if [ $# -gt 0 ] && [[ "$1" != --* ]]; then
    arguments+=(--minutes "$1")
    shift
fi
arguments+=("$@")
case " ${arguments[*]-} " in
    *" --minutes "*) ;;
    *) arguments=(--minutes 10 "${arguments[@]}") ;;
esac

swift build -c release --product concord-load >/dev/null
exec "$(swift build -c release --show-bin-path)/concord-load" "${arguments[@]}"
