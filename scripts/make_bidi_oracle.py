#!/usr/bin/env python3
"""Writes Tests/ConcordTerminalTests/Fixtures/bidi-oracle.json: display lines in logical order
and their visual order by python-bidi, an implementation of UAX #9 independent of GNU FriBidi
(python-bidi 0.6 wraps the Rust crate unicode-bidi). BidiOracleTests compare Concord's
reordering with it; Python is needed only to regenerate the file:

    python3 -m venv /tmp/bidi-venv && /tmp/bidi-venv/bin/pip install 'python-bidi>=0.6,<0.7'
    /tmp/bidi-venv/bin/python scripts/make_bidi_oracle.py

The Rust crate leaves out rule L4 (mirroring). The script takes the crate's resolved levels
(from its debug output), checks that reversing runs by rule L2 over those levels gives exactly
the crate's display string, and then mirrors the characters at odd levels with python-bidi's
own mirroring table. Cases keep to one scalar per grapheme cluster (the crate reorders scalars,
Concord whole clusters); combining marks and ZWNJ are covered by hand-written tests.
"""
import json
import os
import re
import sys
import unicodedata

from bidi import get_display
from bidi.mirror import MIRRORED

CASES = [
    # (logical text, paragraph direction: "L", "R" or None for the first strong character)
    ("سلام ۱۲۳ دنیا", None),
    ("سفارش 123 رسید", None),
    ("شماره سفارش ۴۴۲۱ است.", None),
    ("مبلغ 121,000 تومان برگشت داده شد", None),
    ("۳ تا ۵ روز کاری", None),
    ("پرداخت 2025-06-25 ساعت 10:30 انجام شد", None),
    ("تلفن +98 912 345 6789 است", None),
    ("50% تخفیف", None),
    ("سفارش شما با کد ABC-123 ثبت شد", None),
    ("محصول Galaxy S24 Ultra رسید", None),
    ("ایمیل sara@example.com را ببینید", None),
    ("Your order سفارش ۵ is ready", None),
    ("Hello سلام دنیا world", "L"),
    ("Subject: سلام دنیا!", "L"),
    ("Re: سفارش #123 رسید", "L"),
    ("(سلام)", "R"),
    ("سلام (دنیا) 123", "R"),
    ("قیمت [۱۲] است", "R"),
    ("a (سلام) b", "L"),
    ("سلام {x} دنیا", None),
    ("چرا؟ «پاسخ» بدهید", None),
    ("سلام 中文 دنیا", None),
    ("سلام 한국어 دنیا", None),
    ("سلام 😀 دنیا", None),
    ("سلام Привет دنیا", None),
    ("שלום world 42", None),
    ("رمز: abc def! چرا؟", None),
    ("سلام دنیا  ", "R"),
    ("plain English text 123", "L"),
    ("", None),
]


def crate_levels(text, base):
    """The crate's resolved level of each character (its debug output lists one per UTF-8 byte)."""
    debug = get_display(text, base_dir=base, debug=True) if base else get_display(text, debug=True)
    block = debug.split("levels: [", 1)[1].split("],", 1)[0]
    per_byte = [int(n) for n in re.findall(r"Level\(\s*(\d+),\s*\)", block)]
    levels = []
    offset = 0
    for character in text:
        levels.append(per_byte[offset])
        offset += len(character.encode("utf-8"))
    return levels


def reverse_runs(text, levels):
    """Rule L2 over characters."""
    order = list(range(len(text)))
    if not levels:
        return order
    highest, lowest_odd = max(levels), min(levels) | 1
    level = highest
    while level >= lowest_odd:
        index = 0
        while index < len(order):
            if levels[order[index]] < level:
                index += 1
                continue
            end = index
            while end < len(order) and levels[order[end]] >= level:
                end += 1
            order[index:end] = reversed(order[index:end])
            index = end
        level -= 1
    return order


def main():
    cases = []
    for text, base in CASES:
        display = (get_display(text, base_dir=base) if base else get_display(text)) if text else ""
        levels = crate_levels(text, base) if text else []
        order = reverse_runs(text, levels)
        if "".join(text[i] for i in order) != display:
            sys.exit(f"L2 over the crate's levels does not give its display for {text!r}")
        visual = "".join(MIRRORED.get(text[i], text[i]) if levels[i] % 2 else text[i] for i in order)
        cases.append({"logical": text, "direction": {"L": "ltr", "R": "rtl", None: "auto"}[base], "visual": visual})
    path = os.path.join(os.path.dirname(__file__), "..", "Tests", "ConcordTerminalTests", "Fixtures", "bidi-oracle.json")
    with open(path, "w", encoding="utf-8") as file:
        json.dump({"generator": "python-bidi " + __import__("bidi").VERSION, "cases": cases}, file, ensure_ascii=False, indent=1)
        file.write("\n")


if __name__ == "__main__":
    main()
