#!/usr/bin/env bash
# Installs the Debian packages Concord builds and tests against, when any is missing.
# Sourced by scripts/demo.sh and scripts/test.sh; safe to run again.
set -euo pipefail

concord_required_packages=(libncurses-dev libsqlite3-dev libgmime-3.0-dev libfribidi-dev zlib1g-dev libzstd-dev libmimalloc-dev pkg-config tmux locales python3)

concord_install_missing_packages() {
    local missing=()
    for package in "${concord_required_packages[@]}"; do
        dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
    done
    if [ ${#missing[@]} -eq 0 ]; then
        return 0
    fi
    echo "Installing missing Debian packages: ${missing[*]}" >&2
    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        if command -v sudo >/dev/null 2>&1; then sudo=(sudo); else
            echo "These packages are missing and this user cannot install them: ${missing[*]}. Install them as root (apt-get install ${missing[*]}) and run again." >&2
            return 1
        fi
    fi
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

# ncurses needs a UTF-8 locale to measure Korean, Chinese and emoji correctly.
concord_utf8_locale() {
    if locale -a 2>/dev/null | grep -qi '^c\.utf-\?8$'; then echo "C.UTF-8"; else echo "en_US.UTF-8"; fi
}
