#!/usr/bin/env bash
# The console against neomutt, through a pseudo-terminal (Python pty + pyte), in one run.
#   Benchmarks/console.sh [MESSAGES] [BIG]     (default 20000 and 1000000; BIG=0 skips the big store)
# Installs neomutt and python3-venv when missing, and pyte into a venv under Benchmarks/.data/.
# Inputs go to Benchmarks/.data/ (regenerated when missing): the Maildir from
# inputs/make_maildir.py, the store concord ingests from it, and the big store from
# `concord demo --generate-only` (the same file Benchmarks/run.sh makes).
# Environment: STARTS (5), KEYS (200), SIZES (160x45,80x24), QUIET_MS (50), SCRATCH (.build).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/system-packages.sh
concord_required_packages+=(neomutt python3-venv)
concord_install_missing_packages
export LANG="$(concord_utf8_locale)"
messages="${1:-20000}"
big="${2:-1000000}"
data="$PWD/Benchmarks/.data"
scratch="${SCRATCH:-.build}"
maildir="$data/maildir-$messages"
store="$data/console-maildir-$messages.sqlite"
big_store="$data/store-$big.sqlite"
work="$data/console-work"
venv="$data/venv"
mkdir -p "$data" "$work"

if ! "$venv/bin/python" -c "import pyte" 2>/dev/null; then
    echo "== Installing pyte into $venv"
    python3 -m venv "$venv"
    "$venv/bin/pip" install --quiet pyte
fi

echo "== The harness against a program with known timings"
(cd Benchmarks/pty && "$venv/bin/python" -m unittest --quiet test_ptyharness 2>&1 | tail -1)

swift build -c release --product concord --scratch-path "$scratch" >/dev/null
concord="$PWD/$scratch/release/concord"

if [ ! -d "$maildir/cur" ]; then
    echo "== Generating a $messages-message Maildir"
    python3 Benchmarks/inputs/make_maildir.py "$maildir" "$messages" 1
fi
# The team's own address (the Maildir holds its replies too), as in Benchmarks/ingest.sh.
printf '[channels]\nown_email = ["support@concord-demo.example"]\n' > "$work/concord-config.toml"
if [ ! -f "$store" ]; then
    echo "== Ingesting it into $store"
    "$concord" ingest maildir "$maildir" --db "$store" --config "$work/concord-config.toml" --quiet
fi
if [ "$big" != 0 ] && [ ! -f "$big_store" ]; then
    echo "== Generating $big messages (concord demo --generate-only)"
    "$concord" demo --generate-only --db "$big_store" --messages "$big" --seed 1 --now 2026-11-23T09:00:00Z
fi

# neomutt as a person would set it up to read this Maildir: no sidebar, newest-last by date,
# a header cache, and nothing that polls or writes (read-only, no mail checks, no new->old marks).
cat > "$work/neomuttrc" <<RC
set folder = "$maildir"
set spool_file = "$maildir"
set mbox_type = Maildir
set header_cache = "$work/neomutt-hcache/"
set sort = date
set sidebar_visible = no
set mail_check = 30000
set timeout = 30000
set mail_check_stats = no
set mark_old = no
set quit = yes
set beep = no
set sleep_time = 0
set ts_enabled = no
RC
mkdir -p "$work/neomutt-hcache"
if [ -z "$(ls -A "$work/neomutt-hcache")" ]; then
    echo "== Warming neomutt's header cache (one run)"
    "$venv/bin/python" - "$work/neomuttrc" "$messages" <<'PY'
import os, sys
sys.path.insert(0, "Benchmarks/pty")
from ptyharness import PtySession
env = dict(os.environ, TERM="xterm-256color", TZ="UTC")
session = PtySession(["neomutt", "-n", "-R", "-F", sys.argv[1]], 160, 45, env)
print("   first open without a cache: %.2f s" % session.wait_for(r"Msgs:%s\b" % sys.argv[2], timeout=600))
session.close(b"q")
PY
fi

# The 20,000-message Maildir's newest message is from 2026-12-07; concord's clock is frozen just after.
big_arguments=()
if [ "$big" != 0 ]; then big_arguments=(--big-store "$big_store" --big-now 2026-11-23T09:00:00Z); fi
"$venv/bin/python" Benchmarks/pty/console_bench.py --concord "$concord" --store "$store" \
    --store-now 2026-12-08T09:00:00Z --neomuttrc "$work/neomuttrc" --maildir-count "$messages" \
    --starts "${STARTS:-5}" --keys "${KEYS:-200}" --sizes "${SIZES:-160x45,80x24}" --quiet-ms "${QUIET_MS:-50}" \
    --home "$work/home" --json "$work/results.json" "${big_arguments[@]}"
