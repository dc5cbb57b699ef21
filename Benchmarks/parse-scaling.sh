#!/usr/bin/env bash
# Email parsing time against message size: `concord parse email` on generated messages of
# 1, 2, 4, 8 and 16 MB, in four shapes that stress different parts of the parser (a long
# plain body, many MIME parts, a huge header, deep nesting). Linear growth means the time per
# MB stays flat as the size doubles.
#   Benchmarks/parse-scaling.sh [RUNS]      (default 3 runs per file)
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/system-packages.sh
concord_required_packages+=(hyperfine)
concord_install_missing_packages
export LANG="$(concord_utf8_locale)"
runs="${1:-3}"
data="$PWD/Benchmarks/.data/parse-scaling"
mkdir -p "$data"
swift build -c release --product concord >/dev/null
concord="$PWD/.build/release/concord"

python3 - "$data" <<'PY'
import os, sys
out = sys.argv[1]
head = "From: Анна <anna@example.ru>\r\nTo: support@example.com\r\nSubject: =?UTF-8?B?0JfQsNC60LDQtw==?=\r\nMessage-ID: <s@example.ru>\r\nDate: Tue, 01 Dec 2026 10:00:00 +0300\r\nMIME-Version: 1.0\r\n"
line = "Здравствуйте! Заказ 5521 так и не пришёл, 환불은 언제 되나요? 退款什么时候到账？\r\n"
with open(f"{out}/tiny.eml", "w", encoding="utf-8", newline="") as f:
    f.write(head + "Content-Type: text/plain; charset=UTF-8\r\n\r\n" + line)
for mb in (1, 2, 4, 8, 16):
    size = mb * 1024 * 1024
    body = line * (size // len(line.encode()))
    with open(f"{out}/body-{mb}mb.eml", "w", encoding="utf-8", newline="") as f:
        f.write(head + "Content-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n" + body)
    part = "--b\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n" + line
    count = size // len(part.encode())
    with open(f"{out}/parts-{mb}mb.eml", "w", encoding="utf-8", newline="") as f:
        f.write(head + 'Content-Type: multipart/mixed; boundary="b"\r\n\r\n' + part * count + "--b--\r\n")
    with open(f"{out}/header-{mb}mb.eml", "w", encoding="utf-8", newline="") as f:
        f.write(head + "X-Long: " + ("a" * 76 + "\r\n ") * (size // 80) + "end\r\nContent-Type: text/plain\r\n\r\nok\r\n")
    depth = min(100, mb * 6)
    nested = "".join(f'--n{i}\r\nContent-Type: multipart/mixed; boundary="n{i+1}"\r\n\r\n' for i in range(depth))
    leaf = f"--n{depth}\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n" + line * (size // len(line.encode()) // 2)
    closing = "".join(f"--n{i}--\r\n" for i in range(depth, -1, -1))
    with open(f"{out}/nested-{mb}mb.eml", "w", encoding="utf-8", newline="") as f:
        f.write(head + 'Content-Type: multipart/mixed; boundary="n0"\r\n\r\n' + nested + leaf + closing)
PY

echo "== Machine"
echo "$(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')"
# The process start and a tiny message: subtracted, so the figures are the parsing alone.
hyperfine --runs "$runs" --style none --export-json "$data/tiny.json" "'$concord' parse email --json '$data/tiny.eml' >/dev/null" >/dev/null
for shape in body parts header nested; do
    echo "== $shape"
    files=()
    for mb in 1 2 4 8 16; do files+=("$data/$shape-${mb}mb.eml"); done
    hyperfine --runs "$runs" --style none --export-json "$data/$shape.json" \
        --parameter-list mb 1,2,4,8,16 "'$concord' parse email --json '$data/$shape-{mb}mb.eml' >/dev/null" >/dev/null
    python3 - "$data/$shape.json" "$data/tiny.json" <<'PY'
import json, sys
results = json.load(open(sys.argv[1]))["results"]
base = json.load(open(sys.argv[2]))["results"][0]["median"]
per = {}
for r in results:
    mb = int(r["parameters"]["mb"])
    per[mb] = max(0.0, r["median"] - base) / mb
    print("   %2d MB  median %7.3f s  parsing %6.3f s/MB" % (mb, r["median"], per[mb]))
print("   parsing time per MB at 16 MB is %.2fx that at 2 MB (1.00 is linear; the header shape stops at its 1 MB limit)"
      % (per[16] / per[2] if per[2] > 0 else float("nan")))
PY
done
