#!/usr/bin/env bash
# Email ingest: concord against mu and notmuch on the same generated Maildir, in one run.
#   Benchmarks/ingest.sh [MESSAGES] [ROUNDS]    (default 20000 messages, 3 interleaved rounds)
# Installs maildir-utils and notmuch when missing. Inputs go to Benchmarks/.data/.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/system-packages.sh
concord_required_packages+=(maildir-utils notmuch)
concord_install_missing_packages
export LANG="$(concord_utf8_locale)"
messages="${1:-20000}"
runs="${2:-3}"
data="$PWD/Benchmarks/.data"
maildir="$data/maildir-$messages"
work="$data/ingest-work"
mkdir -p "$data" "$work"

echo "== Machine"
echo "$(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GB", $2/1048576}' /proc/meminfo), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')"
swift --version 2>/dev/null | head -1
mu --version | head -1
notmuch --version

if [ ! -d "$maildir/cur" ]; then
    echo "== Generating a $messages-message Maildir"
    python3 Benchmarks/inputs/make_maildir.py "$maildir" "$messages" 1
fi
echo "   $(find -L "$maildir" -type f | wc -l) files, $(du -shL "$maildir" | cut -f1)"
swift build -c release --product concord >/dev/null
concord="$PWD/.build/release/concord"

# The team's own address, as a real deployment configures it: the Maildir holds the team's
# replies too, and they belong to the customers they answer, not to a customer of their own.
cat > "$work/concord-config.toml" <<CONFIG
[channels]
own_email = ["support@concord-demo.example"]
CONFIG

cat > "$work/notmuch-config" <<CONFIG
[database]
path=$maildir
mail_root=$maildir
[new]
tags=unread;inbox;
[search]
exclude_tags=
[maildir]
synchronize_flags=false
CONFIG

# Every run starts with the Maildir in the page cache: this VM reclaims idle page cache
# (DAMON), so without it a run may read the files from disk, whichever tool it is.
warm="find -L '$maildir' -type f -print0 | xargs -0 cat > /dev/null"

echo "== Ingest: concord (raw kept, identities, threads, full-text index) vs mu index vs notmuch new"
echo "   $runs interleaved rounds: each round runs every tool once, in turn"
python3 Benchmarks/ingest_rounds.py "$runs" "$messages" \
    "concord=$warm; rm -f '$work/concord.sqlite'*::'$concord' ingest maildir '$maildir' --db '$work/concord.sqlite' --config '$work/concord-config.toml' --quiet" \
    "mu=$warm; rm -rf '$work/mu' && mu init --quiet --muhome='$work/mu' --maildir='$maildir'::mu index --quiet --muhome='$work/mu'" \
    "notmuch=$warm; rm -rf '$maildir/.notmuch'::notmuch --config='$work/notmuch-config' new --quiet"
rm -rf "$maildir/.notmuch"

echo "== Memory of one concord ingest"
rm -f "$work/concord.sqlite"*
/usr/bin/time -f "   %e s wall, %M KB max RSS" "$concord" ingest maildir "$maildir" --db "$work/concord.sqlite" --config "$work/concord-config.toml" --quiet
echo "== Re-ingest of the same Maildir (every item a duplicate)"
/usr/bin/time -f "   %e s wall" "$concord" ingest maildir "$maildir" --db "$work/concord.sqlite" --config "$work/concord-config.toml" --quiet
