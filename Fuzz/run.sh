#!/usr/bin/env bash
# Builds Concord's parser fuzz targets with libFuzzer and AddressSanitizer, seeds each corpus
# from the test fixtures, and runs the targets one after another (one at a time: a fuzzer
# keeps a core busy).
#
#   Fuzz/run.sh [SECONDS_PER_TARGET] [TARGET...]
#
# SECONDS_PER_TARGET defaults to 600; TARGET is fuzz-email, fuzz-chat, fuzz-calls or
# fuzz-social (the "fuzz-" may be left out), all four by default. Environment:
#   FUZZ_SANITIZE=fuzzer        build without AddressSanitizer (default fuzzer,address)
#   FUZZ_NO_BUILD=1             skip the build (another run.sh is building or has built)
#   FUZZ_FLAGS="-jobs=2 ..."    more libFuzzer flags
#
# Per target it prints executions, exec/s, coverage (cov/ft of libFuzzer's final status line)
# and the crashes found (crash-, timeout-, oom- and leak- files in Fuzz/.artifacts/NAME/).
# The corpus grows in Fuzz/.corpus/NAME across runs; the full log of the latest run is
# Fuzz/.artifacts/NAME/last-run.log. Exits 1 when any target found a crash.
set -euo pipefail

fuzz_dir="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$fuzz_dir")"
seconds="${1:-600}"
[ $# -gt 0 ] && shift
case "$seconds" in
    '' | *[!0-9]*) echo "usage: Fuzz/run.sh [SECONDS_PER_TARGET] [TARGET...]" >&2; exit 2 ;;
esac
all_targets=(fuzz-email fuzz-chat fuzz-calls fuzz-social)
requested=("$@")
[ ${#requested[@]} -eq 0 ] && requested=("${all_targets[@]}")
targets=()
for name in "${requested[@]}"; do
    name="fuzz-${name#fuzz-}"
    case " ${all_targets[*]} " in
        *" $name "*) targets+=("$name") ;;
        *) echo "unknown target $name (known: ${all_targets[*]})" >&2; exit 2 ;;
    esac
done

cd "$root"
source scripts/system-packages.sh
concord_install_missing_packages

cd "$fuzz_dir"
sanitize="${FUZZ_SANITIZE:-fuzzer,address}"
bin_dir=".build/release"
if [ "${FUZZ_NO_BUILD:-}" != 1 ]; then
    # The same dependency versions as the main build (and no network needed when SwiftPM's
    # cache already holds them).
    [ -f Package.resolved ] || cp "$root/Package.resolved" Package.resolved
    for target in "${targets[@]}"; do
        echo "== building $target (-sanitize=$sanitize)"
        swift build -c release --product "$target" -Xswiftc "-sanitize=$sanitize" -Xswiftc -parse-as-library
    done
fi

fixtures="$root/Tests/ConcordChannelsTests/Fixtures"

# Copies every file under the given fixture folders into a corpus, named after its folder so
# that equal names in different folders do not collide; files already there are kept.
seed() {
    local corpus="$1"
    shift
    mkdir -p "$corpus"
    local folder file
    for folder in "$@"; do
        while IFS= read -r -d '' file; do
            local relative="${file#"$fixtures"/}"
            cp -n "$file" "$corpus/seed-${relative//\//-}"
        done < <(find "$fixtures/$folder" -type f ! -name LICENSE ! -name README.md -print0)
    done
}

status=0
summary=()
for target in "${targets[@]}"; do
    name="${target#fuzz-}"
    corpus=".corpus/$name"
    artifacts=".artifacts/$name"
    case "$name" in
        email) seed "$corpus" email corpora/enmime ;;
        chat) seed "$corpus" providers/chat ;;
        calls) seed "$corpus" providers/calls ;;
        social) seed "$corpus" providers/social providers/sms ;;
    esac
    mkdir -p "$artifacts"
    dict=()
    [ -f "dictionaries/$name.dict" ] && dict=("-dict=dictionaries/$name.dict")
    log="$artifacts/last-run.log"
    marker="$(mktemp)"
    echo "== running $target for $seconds s (corpus $corpus: $(find "$corpus" -type f | wc -l) files)"
    started=$SECONDS
    fuzz_status=0
    # shellcheck disable=SC2086
    "$bin_dir/$target" "$corpus" -max_total_time="$seconds" -rss_limit_mb=2048 -timeout=10 \
        -artifact_prefix="$artifacts/" -print_final_stats=1 "${dict[@]}" ${FUZZ_FLAGS:-} >"$log" 2>&1 || fuzz_status=$?
    elapsed=$((SECONDS - started))
    executions="$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)"
    rate="$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -1)"
    peak="$(sed -n 's/^stat::peak_rss_mb: *//p' "$log" | tail -1)"
    final="$(grep -E '^#[0-9]+.* cov: ' "$log" | tail -1 || true)"
    cov="$(sed -n 's/.* cov: \([0-9]*\).*/\1/p' <<<"$final")"
    ft="$(sed -n 's/.* ft: \([0-9]*\).*/\1/p' <<<"$final")"
    crashes=()
    while IFS= read -r -d '' file; do crashes+=("$file"); done < <(find "$artifacts" -maxdepth 1 -type f \
        \( -name 'crash-*' -o -name 'timeout-*' -o -name 'oom-*' -o -name 'leak-*' \) -newer "$marker" -print0)
    rm -f "$marker"
    line="$target: ${elapsed} s, ${executions:-?} executions, ${rate:-?} exec/s, cov ${cov:-?}, ft ${ft:-?}, peak rss ${peak:-?} MB, crashes ${#crashes[@]}"
    if [ ${#crashes[@]} -gt 0 ] || [ "$fuzz_status" -ne 0 ]; then
        status=1
        line+=" (libFuzzer exit $fuzz_status; log $fuzz_dir/$log)"
    fi
    echo "$line"
    for file in "${crashes[@]}"; do echo "   artifact: $fuzz_dir/$file"; done
    summary+=("$line")
done

echo "== summary (-sanitize=$sanitize)"
printf '%s\n' "${summary[@]}"
exit $status
