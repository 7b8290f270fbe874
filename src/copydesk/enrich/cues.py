"""Cue lexicon: verbs that introduce speech, writing or stated belief, in all their forms.

The lemmatizer is disabled for speed, so the forms are generated here once from base verbs.
"""

from __future__ import annotations

from functools import lru_cache

#: Verbs of saying and writing: a quotation next to one of these is attributed to its subject.
SPEECH = (
    "say tell add warn write ask note report announce explain argue claim insist declare state "
    "reply respond answer acknowledge concede confirm deny suggest predict promise pledge vow "
    "recall remark comment caution complain contend assert maintain stress emphasize emphasise "
    "observe continue conclude testify tweet post urge repeat reiterate joke quip boast "
    "agree disagree question counter retort concur criticize criticise blast accuse "
    "describe call mention indicate reveal disclose allege estimate recount explain "
    "lament concede shout yell scream whisper cry exclaim muse wonder speculate add "
    "announce proclaim predict threaten demand plead propose recommend advise inform "
    "assure reassure tout hail praise dismiss acknowledge signal hint admit swear read point "
    "mock charge scoff snap fume rail shoot fire interject interrupt chime "
    "chant press surmise bark bemoan decry denounce condemn cite quote dub label email retweet "
    "remember pronounce confess echo beam boom gloat jeer affirm utter recite opine exhort"
)
#: Verbs of belief and intention: attributions in PolNeAR's sense, used for indirect speech only.
BELIEF = ("think believe hope expect fear feel know worry doubt suspect consider want plan decide "
          "show find see endorse support oppose seek refuse accuse blame seem appear wish")

_IRREGULAR = {
    "say": ("says", "said", "saying"),
    "tell": ("tells", "told", "telling"),
    "write": ("writes", "wrote", "written", "writing"),
    "think": ("thinks", "thought", "thinking"),
    "feel": ("feels", "felt", "feeling"),
    "find": ("finds", "found", "finding"),
    "see": ("sees", "saw", "seen", "seeing"),
    "show": ("shows", "showed", "shown", "showing"),
    "seek": ("seeks", "sought", "seeking"),
    "know": ("knows", "knew", "known", "knowing"),
    "admit": ("admits", "admitted", "admitting"),
    "quip": ("quips", "quipped", "quipping"),
    "plan": ("plans", "planned", "planning"),
    "swear": ("swears", "swore", "sworn", "swearing"),
    "shoot": ("shoots", "shot", "shooting"),
    "snap": ("snaps", "snapped", "snapping"),
    "read": ("reads", "read", "reading"),
    "cry": ("cries", "cried", "crying"),
    "label": ("labels", "labeled", "labelled", "labeling", "labelling"),
    "dub": ("dubs", "dubbed", "dubbing"),
}


def inflect(verb: str) -> tuple[str, ...]:
    """Base form plus third person, past and -ing forms of a regular (or listed) verb."""
    if verb in _IRREGULAR:
        return (verb, *_IRREGULAR[verb])
    if verb.endswith("e"):
        return verb, verb + "s", verb + "d", verb + "ing" if verb.endswith("ee") else verb[:-1] + "ing"
    if verb.endswith("y") and verb[-2:-1] not in "aeiou":
        return verb, verb[:-1] + "ies", verb[:-1] + "ied", verb + "ing"
    if verb.endswith(("s", "sh", "ch", "x", "z")):
        return verb, verb + "es", verb + "ed", verb + "ing"
    return verb, verb + "s", verb + "ed", verb + "ing"


@lru_cache(maxsize=1)
def speech_forms() -> frozenset[str]:
    return frozenset(form for verb in SPEECH.split() for form in inflect(verb))


@lru_cache(maxsize=1)
def belief_forms() -> frozenset[str]:
    return frozenset(form for verb in BELIEF.split() for form in inflect(verb))
