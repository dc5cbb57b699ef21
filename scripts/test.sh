#!/usr/bin/env bash
# Runs every Concord test: unit, store, console golden screens, and end-to-end tests that
# drive the real binary in tmux. Installs missing Debian packages first.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/system-packages.sh
concord_install_missing_packages
export LANG="$(concord_utf8_locale)"
swift build --build-tests
swift test --skip-build "$@"
