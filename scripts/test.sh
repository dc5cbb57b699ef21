#!/usr/bin/env bash
# Runs every Concord test: unit, store, console golden screens, and end-to-end tests that
# drive the real binary in tmux, and tests against a throwaway PostgreSQL server they start
# themselves. Installs missing Debian packages first.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/system-packages.sh
# The PostgreSQL tests start a throwaway server of their own (ConcordTestSupport.PostgresCluster).
concord_required_packages+=(postgresql)
concord_install_missing_packages
export LANG="$(concord_utf8_locale)"
swift build --build-tests
swift test --skip-build "$@"
