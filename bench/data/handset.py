"""Read the hand-written clean-stage test sets (`handset_*.txt`) into cleanset-style records.

Each record in a `.txt` file is written as plain text so that articles are easy to write and read:

    === junk | Harbour City Courier | https://harbourcity.example/politics/2026/05/budget-row
    title: Council budget row deepens as vote nears
    An article line (one paragraph).
    !teaser One year on, and it's getting worse
    !sponsored Patriot Action Fund Sponsored

The header gives kind (`junk`, `clean` or `tricky`), site and URL; the `title:` line gives the
page title (metadata, not a body line). Every other non-blank line is one body line; a line that
opens with `!reason ` is junk with that reason (one of `copydesk.article.REASONS`). Lines opening
with `#` are comments.

Run `python bench/data/handset.py FILE...` to check files and print their counts.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

from copydesk.article import REASONS

KINDS = frozenset({"junk", "clean", "tricky"})
#: Sets the shipped clean model is trained on (bench/train_cleaner.py); the others (handset_c,
#: handset_d, handset_zu … handset_zx) are held out: their figures are the honest estimate for new
#: hand-written articles.
TRAINED = tuple(f"handset_{name}" for name in (
    "a", "b", "e", "f", "g", "h", "i", "j", "k", "l", "m", "n",  # round 13
    "o", "p", "q", "r", "s", "t", "u", "v", "w", "x", "y", "z", "za", "zb", "zc", "zd",  # round 14
    "ze", "zf", "zg", "zh", "zi", "zj", "zk", "zl", "zm", "zn", "zo", "zp", "zq", "zr", "zs", "zt"))


class HandsetError(ValueError):
    """A record in a hand-written set is malformed; the message names the file and line."""


def _header(text: str, where: str) -> dict:
    parts = [p.strip() for p in text[3:].split("|")]
    if len(parts) != 3 or parts[0] not in KINDS:
        raise HandsetError(f"{where}: header needs 'kind | site | url' with kind in {sorted(KINDS)}")
    return {"kind": parts[0], "site": parts[1] or None, "url": parts[2] or None, "title": None, "lines": []}


def _body_line(text: str, where: str) -> dict:
    if not text.startswith("!"):
        return {"text": text, "label": "article", "reason": None}
    reason, _, rest = text[1:].partition(" ")
    if reason not in REASONS or not rest.strip():
        raise HandsetError(f"{where}: junk line needs '!reason text' with reason in {sorted(REASONS)}")
    return {"text": rest.strip(), "label": "junk", "reason": reason}


def parse(path: Path) -> list[dict]:
    """Records of one file, ids `<file stem>-NNN` in file order."""
    records: list[dict] = []
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        text, where = raw.strip(), f"{path.name}:{number}"
        if not text or text.startswith("#"):
            continue
        if text.startswith("==="):
            records.append(_header(text, where))
        elif not records:
            raise HandsetError(f"{where}: text before the first '===' header")
        elif text.startswith("title:") and records[-1]["title"] is None and not records[-1]["lines"]:
            records[-1]["title"] = text[6:].strip()
        else:
            records[-1]["lines"].append(_body_line(text, where))
    for index, record in enumerate(records, 1):
        record["id"] = f"{path.stem}-{index:03d}"
        _check(record, path.name)
    return records


def _check(record: dict, name: str) -> None:
    junk = sum(line["label"] == "junk" for line in record["lines"])
    if not record["title"] or len(record["lines"]) < 3:
        raise HandsetError(f"{name} {record['id']}: needs a title and at least 3 body lines")
    if record["kind"] == "clean" and junk:
        raise HandsetError(f"{name} {record['id']}: a clean record holds junk")
    if record["kind"] == "junk" and not junk:
        raise HandsetError(f"{name} {record['id']}: a junk record holds no junk")


def main(paths: list[str]) -> int:
    for name in paths:
        records = parse(Path(name))
        kinds = Counter(r["kind"] for r in records)
        reasons = Counter(line["reason"] for r in records for line in r["lines"] if line["reason"])
        lines = sum(len(r["lines"]) for r in records)
        print(f"{name}: {len(records)} records {dict(kinds)}, {lines} lines, "
              f"{sum(reasons.values())} junk: {dict(sorted(reasons.items()))}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
