"""Literal pieces found page-wide in one pass: the cheap pre-filters of the clean stage.

Many rules and signals can only fire when a line holds some literal piece ("sponsor", "cookie",
"$", "http"). Asking each line for each piece costs one scan per piece and line; here all pieces
of all groups are found in one Aho-Corasick pass over the page (the `ahocorasick-rs` package),
and each line learns which groups it holds. Without that package the same answer comes from
one substring search per piece over the joined page.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Mapping

try:  # a compiled multi-pattern matcher; optional, the fallback gives the same groups
    import ahocorasick_rs
except ImportError:  # pragma: no cover - exercised only where the package is missing
    ahocorasick_rs = None  # type: ignore[assignment]


class NeedleSet:
    """Named groups of literal pieces; `line_groups` says which groups each line holds.
    `use_matcher=False` takes the fallback even where the package is installed."""

    def __init__(self, groups: Mapping[str, tuple[str, ...]], use_matcher: bool = True) -> None:
        owners: dict[str, set[str]] = {}
        for name, pieces in groups.items():
            for piece in pieces:
                if piece and "\n" not in piece:
                    owners.setdefault(piece, set()).add(name)
        self.pieces = sorted(owners)
        self.owners = [frozenset(owners[p]) for p in self.pieces]
        self._matcher = _matcher(self.pieces) if (use_matcher and ahocorasick_rs is not None
                                                      and self.pieces) else None

    def line_groups(self, lows: list[str]) -> list[set[str]]:
        """Per line (lower-cased by the caller), the names of the groups whose pieces it contains."""
        if self._matcher is not None:  # the matcher scans UTF-8 bytes: offsets count bytes, not characters
            parts = [low.encode("utf-8", "surrogatepass") for low in lows]
            starts = _starts([len(part) for part in parts])
            hits = [(k, s) for k, s, _ in self._matcher.find_matches_as_indexes(b"\n".join(parts),
                                                                               overlapping=True)]
        else:
            starts = _starts([len(low) for low in lows])
            hits = self._found("\n".join(lows), starts)
        out: list[set[str]] = [set() for _ in lows]
        owners = self.owners
        line = 0
        for k, start in hits:
            # hits come in (near) text order: step the line forward, bisect only when going back
            if start < starts[line]:
                line = bisect_right(starts, start) - 1
            while start >= starts[line + 1]:
                line += 1
            out[line].update(owners[k])
        return out

    def _found(self, text: str, starts: list[int]) -> list[tuple[int, int]]:
        """(piece index, start) of piece occurrences without the matcher: one per piece and line."""
        hits = []
        for k, piece in enumerate(self.pieces):
            pos = text.find(piece)
            while pos >= 0:
                hits.append((k, pos))
                pos = text.find(piece, starts[bisect_right(starts, pos)])
        return hits


def _starts(sizes: list[int]) -> list[int]:
    """Offsets where each line starts in the lines joined by one separator, and one past the end."""
    starts = [0]
    for size in sizes:
        starts.append(starts[-1] + size + 1)
    return starts


def _matcher(pieces: list[str]) -> ahocorasick_rs.BytesAhoCorasick:
    """All pieces in one automaton over UTF-8 bytes, as a DFA: built once per worker, it finds the same
    matches as the default NFA in about a third of the time, and scanning bytes spares the matcher
    converting every byte offset of a non-ASCII text back to a character offset (half the time again,
    measured on AEB pages). UTF-8 is self-synchronising, so a piece's bytes match only where its
    characters do."""
    return ahocorasick_rs.BytesAhoCorasick([piece.encode("utf-8") for piece in pieces],
                                           matchkind=ahocorasick_rs.MatchKind.Standard,
                                           implementation=ahocorasick_rs.Implementation.DFA)
