#!/usr/bin/env python3
"""Reference reading of email files with Python's `email` package (policy=default), for
EmailReferenceComparisonTests: Concord's EmailParser must agree with it on real-world mail.

Usage: email_reference.py FILE...
Prints one JSON object per file and line, with the fields the Swift test compares:
  file, has_headers, subject, from_address, from_name, date (UTC ISO 8601 with Z),
  message_id and in_reply_to (without angle brackets), text (the best body: the text/plain
  part, else the HTML part stripped to text the way Concord's HTMLText does), error.

Only the standard library is used.
"""
import email
import email.policy
import html.parser
import json
import re
import sys
from datetime import timezone

HIDDEN = {"script", "style", "title", "template", "noscript"}
BLOCKS = {
    "address", "article", "aside", "caption", "center", "dd", "details", "dialog", "div", "dl", "dt", "fieldset",
    "figcaption", "figure", "footer", "form", "header", "hr", "li", "main", "nav", "ol", "section", "summary",
    "table", "tbody", "tfoot", "thead", "tr", "ul", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6", "p", "pre",
    "br", "td", "th",
}


class TextExtractor(html.parser.HTMLParser):
    """HTML to text: drops hidden elements, turns block boundaries into line breaks."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts = []
        self.hidden = 0

    def handle_starttag(self, tag, attrs):
        if tag in HIDDEN:
            self.hidden += 1
        elif tag in BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in HIDDEN:
            self.hidden = max(0, self.hidden - 1)
        elif tag in BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data):
        if not self.hidden:
            self.parts.append(data)


def html_to_text(markup):
    extractor = TextExtractor()
    extractor.feed(markup)
    extractor.close()
    return "".join(extractor.parts)


def header(msg, name):
    try:
        value = msg[name]
    except Exception as error:  # a header Python cannot even build
        return None, error
    return value, None


def body_text(msg):
    part = msg.get_body(preferencelist=("plain", "html"))
    if part is None:
        return ""
    try:
        text = part.get_content()
    except (LookupError, UnicodeError):
        payload = part.get_payload(decode=True) or b""
        text = payload.decode("utf-8", "replace")
    if isinstance(text, bytes):
        text = text.decode("utf-8", "replace")
    if part.get_content_subtype() == "html":
        text = html_to_text(text)
    return text


def strip_brackets(value):
    return value.strip().strip("<>").strip()


def read(path):
    with open(path, "rb") as handle:
        msg = email.message_from_binary_file(handle, policy=email.policy.default)
    result = {"file": path, "has_headers": len(msg.keys()) > 0}

    subject, _ = header(msg, "subject")
    result["subject"] = None if subject is None else str(subject)

    sender, _ = header(msg, "from")
    result["from_address"] = result["from_name"] = None
    if sender is not None:
        try:
            addresses = sender.addresses
        except Exception:
            addresses = ()
        if addresses:
            result["from_address"] = addresses[0].addr_spec
            result["from_name"] = addresses[0].display_name or None

    date, _ = header(msg, "date")
    result["date"] = None
    if date is not None and getattr(date, "datetime", None) is not None:
        moment = date.datetime
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=timezone.utc)
        result["date"] = moment.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")

    message_id, _ = header(msg, "message-id")
    result["message_id"] = strip_brackets(str(message_id)) or None if message_id is not None else None

    reply, _ = header(msg, "in-reply-to")
    result["in_reply_to"] = None
    if reply is not None:
        value = str(reply)
        found = re.search(r"<([^<>\s]+)>", value)
        if found:
            result["in_reply_to"] = found.group(1)
        elif value.strip() and not re.search(r"\s", strip_brackets(value)):
            result["in_reply_to"] = strip_brackets(value)

    result["text"] = body_text(msg)
    return result


def clean(value):
    """Undeclared 8-bit bytes come back from `email` as surrogate escapes: show them as the
    bytes they were, read as UTF-8 with U+FFFD for what is not, so the output is valid JSON."""
    if isinstance(value, str):
        return value.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    return value


def main(paths):
    for path in paths:
        try:
            record = read(path)
        except Exception as error:  # report, never stop: the Swift test decides what it means
            record = {"file": path, "error": f"{type(error).__name__}: {error}"}
        record = {key: clean(value) for key, value in record.items()}
        print(json.dumps(record, ensure_ascii=False, sort_keys=True))


if __name__ == "__main__":
    main(sys.argv[1:])
