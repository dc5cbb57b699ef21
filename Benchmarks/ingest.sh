#!/usr/bin/env bash
# Email ingest: concord against mu and notmuch on the same generated Maildir, in one run.
#   Benchmarks/ingest.sh [MESSAGES] [RUNS]      (default 20000 messages, 3 runs each)
# Installs maildir-utils, notmuch and hyperfine when missing. Inputs go to Benchmarks/.data/.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/system-packages.sh
concord_required_packages+=(maildir-utils notmuch hyperfine)
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
hyperfine --runs "$runs" --style basic --export-json "$work/ingest.json" \
    --prepare "$warm; rm -f '$work/concord.sqlite'*" \
    -n concord "'$concord' ingest maildir '$maildir' --db '$work/concord.sqlite' --config '$work/concord-config.toml' --quiet" \
    --prepare "$warm; rm -rf '$work/mu' && mu init --quiet --muhome='$work/mu' --maildir='$maildir'" \
    -n mu "mu index --quiet --muhome='$work/mu'" \
    --prepare "$warm; rm -rf '$maildir/.notmuch'" \
    -n notmuch "notmuch --config='$work/notmuch-config' new --quiet"
python3 - "$work/ingest.json" "$messages" <<'PY'
import json, sys
results = {r["command"]: r for r in json.load(open(sys.argv[1]))["results"]}
count = int(sys.argv[2])
for name in ("concord", "mu", "notmuch"):
    r = results[name]
    print("   %-8s median %6.2f s  %7.0f messages/s" % (name, r["median"], count / r["median"]))
c = results["concord"]["median"]
print("   concord is %.2fx mu and %.2fx notmuch" % (results["mu"]["median"] / c, results["notmuch"]["median"] / c))
PY
rm -rf "$maildir/.notmuch"

echo "== Memory of one concord ingest"
rm -f "$work/concord.sqlite"*
/usr/bin/time -f "   %e s wall, %M KB max RSS" "$concord" ingest maildir "$maildir" --db "$work/concord.sqlite" --config "$work/concord-config.toml" --quiet
echo "== Re-ingest of the same Maildir (every item a duplicate)"
/usr/bin/time -f "   %e s wall" "$concord" ingest maildir "$maildir" --db "$work/concord.sqlite" --config "$work/concord-config.toml" --quiet
