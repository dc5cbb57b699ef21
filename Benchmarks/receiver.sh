#!/usr/bin/env bash
# The receiver's fault and load benchmark (issue 7), loopback only, every input generated:
# 10,000 signed messages delivered 3 times over 8 connections; 10,000 forged, tampered or stale
# requests; the redelivery again while the server is killed with kill -9 every 3 s and
# restarted; a steady 200 requests/s for 30 s beside a bare Hummingbird endpoint (the ceiling).
#   Benchmarks/receiver.sh [concord-receiver-bench options]   e.g. --messages 2000 --seconds 10
# Exits non-zero when a target is missed.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/system-packages.sh
concord_install_missing_packages
export LANG="$(concord_utf8_locale)"

swift build -c release --product concord >/dev/null
swift build -c release --product concord-receiver-bench >/dev/null
bin="$(swift build -c release --show-bin-path)"
exec "$bin/concord-receiver-bench" --binary "$bin/concord" "$@"
