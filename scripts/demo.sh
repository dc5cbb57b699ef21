#!/usr/bin/env bash
# Builds Concord and opens the agent console on a generated demo contact centre.
# Extra arguments go to `concord demo` (e.g. --seed 7, --theme light, --customers 500).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/system-packages.sh
concord_install_missing_packages
case "${LANG:-}${LC_ALL:-}" in *UTF-8*|*utf8*|*UTF8*|*utf-8*) ;; *) export LANG="$(concord_utf8_locale)" ;; esac
swift build -c release --product concord
exec .build/release/concord demo "$@"
