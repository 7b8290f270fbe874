"""Event cue lexicon: words and word pairs that report a PLOVER event, with mode and CAMEO code.

The shared spaCy pipeline runs without its lemmatizer (for speed), so every cue verb is listed
in base form and expanded here to its inflected forms; `base()` maps a surface form back.

Table rows are ``cue|ROOT|mode|cameo``. A cue is a verb or noun ("condemn", "sanctions"), a
verb with a particle or preposition ("call for", "pull out"), or a light verb with its object
noun ("hold talks", "impose curfew"); "*" as the verb of a pair means any verb.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

VERB_CUES = """
visit|CONSULT|visit|042
arrive|CONSULT|visit|042
travel|CONSULT|visit|042
tour|CONSULT|visit|042
host|CONSULT|host|043
receive|CONSULT|host|043
welcome|CONSULT|host|043
meet|CONSULT|meet|040
confer|CONSULT|meet|040
discuss|CONSULT|meet|040
negotiate|CONSULT|meet|046
mediate|CONSULT|mediate|045
broker|CONSULT|mediate|045
phone|CONSULT|phone|041
call|CONSULT|phone|041
consult|CONSULT||040
agree|AGREE||030
pledge|AGREE||030
promise|AGREE||030
vow|AGREE||030
commit|AGREE||030
offer|AGREE||030
sign|AGREE||057
ratify|AGREE||057
accept|AGREE||030
endorse|SUPPORT||051
praise|SUPPORT||051
hail|SUPPORT||051
welcome|SUPPORT||051
commend|SUPPORT||051
applaud|SUPPORT||051
congratulate|SUPPORT||051
thank|SUPPORT||051
defend|SUPPORT||052
back|SUPPORT||051
support|SUPPORT||051
recognize|SUPPORT||054
recognise|SUPPORT||054
apologize|CONCEDE||055
apologise|CONCEDE||055
forgive|CONCEDE||056
cooperate|COOPERATE||060
collaborate|COOPERATE||060
share|COOPERATE|intelligence|064
extradite|COOPERATE|judicial|063
train|COOPERATE|military|062
donate|AID|humanitarian|073
aid|AID||070
assist|AID||070
provide|AID||070
deliver|AID|humanitarian|073
supply|AID||070
fund|AID|economic|071
finance|AID|economic|071
lend|AID|economic|071
grant|AID||070
evacuate|AID|humanitarian|073
rescue|AID|humanitarian|073
shelter|AID|asylum|075
release|CONCEDE|release|0841
free|CONCEDE|release|0841
return|CONCEDE|return|0842
reverse|CONCEDE||080
pardon|CONCEDE|release|0841
concede|CONCEDE||080
yield|CONCEDE||080
relent|CONCEDE||080
lift|CONCEDE|ease|081
ease|CONCEDE|ease|081
relax|CONCEDE|ease|081
reinstate|CONCEDE||080
resign|CONCEDE||0832
surrender|RETREAT|surrender|0874
withdraw|RETREAT|withdraw|0874
retreat|RETREAT|withdraw|0874
evacuate|RETREAT|withdraw|0874
disarm|RETREAT|demobilize|0873
demobilize|RETREAT|demobilize|0873
demobilise|RETREAT|demobilize|0873
urge|REQUEST||100
demand|REQUEST||100
ask|REQUEST||020
appeal|REQUEST||020
request|REQUEST||020
press|REQUEST||100
implore|REQUEST||020
plead|REQUEST||020
seek|REQUEST||020
insist|REQUEST||100
order|REQUEST||100
accuse|ACCUSE|allege|112
condemn|ACCUSE|disapprove|111
criticize|ACCUSE|disapprove|111
criticise|ACCUSE|disapprove|111
denounce|ACCUSE|disapprove|111
blame|ACCUSE|allege|112
slam|ACCUSE|disapprove|111
blast|ACCUSE|disapprove|111
fault|ACCUSE|disapprove|111
rebuke|ACCUSE|disapprove|111
decry|ACCUSE|disapprove|111
deplore|ACCUSE|disapprove|111
allege|ACCUSE|allege|112
charge|ACCUSE|allege|112
indict|ACCUSE|allege|112
convict|ACCUSE|allege|112
sentence|ACCUSE|allege|112
sue|ACCUSE|lawsuit|115
investigate|ACCUSE|investigate|090
probe|ACCUSE|investigate|090
complain|ACCUSE|disapprove|114
reject|REJECT||120
refuse|REJECT||120
deny|REJECT||120
rebuff|REJECT||120
dismiss|REJECT||120
decline|REJECT||120
veto|REJECT||129
oppose|REJECT||120
boycott|PROTEST|boycott|143
defy|REJECT||128
threaten|THREATEN||130
warn|THREATEN||130
protest|PROTEST|demonstrate|141
demonstrate|PROTEST|demonstrate|141
rally|PROTEST|demonstrate|141
march|PROTEST|demonstrate|141
riot|PROTEST|riot|145
picket|PROTEST|strike|143
strike|ASSAULT||190
sanction|SANCTION||163
embargo|SANCTION||163
expel|SANCTION|expel|166
suspend|SANCTION||160
cut|SANCTION||162
sever|SANCTION|relations|161
downgrade|SANCTION|relations|161
halt|SANCTION||160
freeze|SANCTION|economic|163
recall|SANCTION|relations|161
ban|COERCE|ban|172
arrest|COERCE|arrest|173
detain|COERCE|arrest|173
jail|COERCE|arrest|173
imprison|COERCE|arrest|173
round|COERCE|arrest|173
deport|COERCE|deport|174
seize|COERCE|seize|171
confiscate|COERCE|seize|171
raid|COERCE|seize|171
shut|COERCE|ban|172
close|COERCE|ban|172
censor|COERCE|censor|172
block|COERCE|ban|172
crack|COERCE|repress|175
disperse|COERCE|repress|175
restrict|COERCE|ban|172
prosecute|COERCE|arrest|173
attack|ASSAULT||190
shell|ASSAULT|artillery|194
bomb|ASSAULT|aerial|195
airstrike|ASSAULT|aerial|195
shoot|ASSAULT|firearms|193
kill|ASSAULT||190
fire|ASSAULT|firearms|193
storm|ASSAULT||190
invade|ASSAULT||190
ambush|ASSAULT||190
clash|ASSAULT||190
fight|ASSAULT||190
assassinate|ASSAULT|assassinate|186
abduct|ASSAULT|abduct|181
kidnap|ASSAULT|abduct|181
hijack|ASSAULT|abduct|181
beat|ASSAULT|beat|182
torture|ASSAULT|beat|182
massacre|ASSAULT|massacre|200
besiege|ASSAULT|blockade|191
blockade|ASSAULT|blockade|191
occupy|ASSAULT|occupy|192
capture|ASSAULT||190
target|ASSAULT||190
hit|ASSAULT||190
wound|ASSAULT||190
injure|ASSAULT||190
deploy|MOBILIZE|military|154
mobilize|MOBILIZE|military|154
mobilise|MOBILIZE|military|154
mass|MOBILIZE|military|154
station|MOBILIZE|military|154
send|MOBILIZE|military|154
dispatch|MOBILIZE|military|154
reinforce|MOBILIZE|military|154
award|AID||070
give|AID||070
contribute|AID||070
outlaw|COERCE|ban|172
force|COERCE||170
expropriate|COERCE|seize|171
nationalize|COERCE|seize|171
violate|REJECT||128
breach|REJECT||128
bar|COERCE|ban|172
prohibit|COERCE|ban|172
forbid|COERCE|ban|172
reappoint|CONCEDE||080
reduce|CONCEDE|ease|081
"""

PAIR_CUES = """
call for|REQUEST||100
call on|REQUEST||100
push for|REQUEST||100
press for|REQUEST||100
ask for|REQUEST||020
appeal for|REQUEST||020
pull out|RETREAT|withdraw|0874
pull back|RETREAT|withdraw|0874
back down|CONCEDE||080
step down|CONCEDE||0832
give up|CONCEDE||080
hand over|CONCEDE|release|084
roll back|CONCEDE|ease|081
lay down|CONCEDE|disarm|0873
lay arms|CONCEDE|disarm|0873
find guilty|ACCUSE|allege|112
launch action|ACCUSE|lawsuit|115
take action|ACCUSE|lawsuit|115
declare siege|COERCE|emergency|1723
declare state|COERCE|emergency|1723
impose state|COERCE|emergency|1723
reduce tariffs|CONCEDE|ease|085
cut tariffs|CONCEDE|ease|085
lift tariffs|CONCEDE|ease|085
ease restrictions|CONCEDE|ease|081
begin assault|ASSAULT||190
launch assault|ASSAULT||190
mount assault|ASSAULT||190
open fire|ASSAULT|firearms|193
lash out|ACCUSE|disapprove|111
crack down|COERCE|repress|175
round up|COERCE|arrest|173
speak with|CONSULT|phone|041
talk with|CONSULT|meet|040
talk to|CONSULT|meet|040
walk out|PROTEST|boycott|143
take to|PROTEST|demonstrate|141
rise up|PROTEST|riot|145
turn down|REJECT||120
rule out|REJECT||120
hold talks|CONSULT|meet|040
hold meeting|CONSULT|meet|040
hold discussions|CONSULT|meet|040
hold consultations|CONSULT|meet|040
pay visit|CONSULT|visit|042
make visit|CONSULT|visit|042
launch mediation|CONSULT|mediate|045
sign agreement|AGREE||057
sign deal|AGREE||057
sign treaty|AGREE||057
sign accord|AGREE||057
sign memorandum|AGREE||057
sign pact|AGREE||057
reach agreement|AGREE||057
reach deal|AGREE||057
strike deal|AGREE||057
conduct drills|COOPERATE|military|062
conduct exercises|COOPERATE|military|062
hold drills|COOPERATE|military|062
hold exercises|COOPERATE|military|062
share evidence|COOPERATE|judicial|063
share intelligence|COOPERATE|intelligence|064
share information|COOPERATE|intelligence|064
express support|SUPPORT||051
voice support|SUPPORT||051
offer support|SUPPORT||051
provide aid|AID||070
send aid|AID|humanitarian|073
give aid|AID||070
provide assistance|AID||070
send assistance|AID|humanitarian|073
grant asylum|AID|asylum|075
open borders|AID|asylum|075
declare ceasefire|CONCEDE|ceasefire|0871
declare truce|CONCEDE|ceasefire|0871
lift sanctions|CONCEDE|ease|085
lift ban|CONCEDE|ease|081
lift blockade|CONCEDE|ease|0872
lift curfew|CONCEDE|ease|081
lift emergency|CONCEDE|ease|081
grant order|CONCEDE||080
issue ultimatum|THREATEN|ultimatum|139
set deadline|THREATEN|ultimatum|139
issue warning|THREATEN||130
file lawsuit|ACCUSE|lawsuit|115
file suit|ACCUSE|lawsuit|115
file complaint|ACCUSE|lawsuit|114
bring charges|ACCUSE|allege|112
open investigation|ACCUSE|investigate|090
launch investigation|ACCUSE|investigate|090
order investigation|ACCUSE|investigate|090
begin investigation|ACCUSE|investigate|090
express condemnation|ACCUSE|disapprove|111
express concern|ACCUSE|disapprove|111
stage protest|PROTEST|demonstrate|141
hold protest|PROTEST|demonstrate|141
hold rally|PROTEST|demonstrate|141
stage rally|PROTEST|demonstrate|141
stage sit-in|PROTEST|demonstrate|141
go on strike|PROTEST|strike|143
stop work|PROTEST|strike|143
start strike|PROTEST|hunger strike|142
impose sanctions|SANCTION||163
impose embargo|SANCTION||163
impose tariffs|SANCTION|economic|163
slap sanctions|SANCTION||163
suspend aid|SANCTION||162
cut aid|SANCTION||162
cut ties|SANCTION|relations|161
sever ties|SANCTION|relations|161
recall ambassador|SANCTION|relations|161
impose curfew|COERCE|curfew|1721
impose restrictions|COERCE|ban|172
declare emergency|COERCE|emergency|1723
launch attack|ASSAULT||190
carry attack|ASSAULT||190
launch strikes|ASSAULT|aerial|195
carry strikes|ASSAULT|aerial|195
launch offensive|ASSAULT||190
assault|ASSAULT||190
charges|ACCUSE|allege|112
fire missiles|ASSAULT|aerial|195
fire rockets|ASSAULT|artillery|194
send troops|MOBILIZE|military|154
deploy troops|MOBILIZE|military|154
mass troops|MOBILIZE|military|154
put alert|MOBILIZE|military|152
place alert|MOBILIZE|military|152
remain alert|MOBILIZE|military|152
send warships|MOBILIZE|military|154
"""

#: Event nouns that carry the event when they head a sentence or follow a light verb.
NOUN_CUES = """
visit|CONSULT|visit|042
talks|CONSULT|meet|040
meeting|CONSULT|meet|040
summit|CONSULT|multilateral|040
negotiations|CONSULT|meet|046
mediation|CONSULT|mediate|045
agreement|AGREE||057
deal|AGREE||057
treaty|AGREE||057
accord|AGREE||057
pledge|AGREE||030
drills|COOPERATE|military|062
exercises|COOPERATE|military|062
aid|AID||070
assistance|AID||070
donation|AID|humanitarian|073
ceasefire|CONCEDE|ceasefire|0871
truce|CONCEDE|ceasefire|0871
release|CONCEDE|release|0841
withdrawal|RETREAT|withdraw|0874
demand|REQUEST||100
appeal|REQUEST||020
condemnation|ACCUSE|disapprove|111
criticism|ACCUSE|disapprove|111
accusation|ACCUSE|allege|112
lawsuit|ACCUSE|lawsuit|115
investigation|ACCUSE|investigate|090
probe|ACCUSE|investigate|090
rejection|REJECT||120
veto|REJECT||129
threat|THREATEN||130
threats|THREATEN||130
ultimatum|THREATEN|ultimatum|139
protest|PROTEST|demonstrate|141
protests|PROTEST|demonstrate|141
demonstration|PROTEST|demonstrate|141
rally|PROTEST|demonstrate|141
strike|PROTEST|strike|143
sit-in|PROTEST|demonstrate|141
sanctions|SANCTION||163
embargo|SANCTION||163
expulsion|SANCTION|expel|166
suspension|SANCTION||160
curfew|COERCE|curfew|1721
crackdown|COERCE|repress|175
arrest|COERCE|arrest|173
arrests|COERCE|arrest|173
attack|ASSAULT||190
attacks|ASSAULT||190
airstrike|ASSAULT|aerial|195
airstrikes|ASSAULT|aerial|195
bombing|ASSAULT|explosives|183
offensive|ASSAULT||190
shelling|ASSAULT|artillery|194
invasion|ASSAULT||190
deployment|MOBILIZE|military|154
"""

#: Words that report speech or decisions: the event is in their clausal complement.
REPORTING = frozenset(
    "say tell announce state add claim report declare decide confirm insist note explain write "
    "tweet reveal indicate suggest believe think expect hope plan want intend vow try seek move "
    "continue begin start".split()
)

#: Cues of reciprocal events: both actors act on each other ("joint drills", "held talks").
RECIPROCAL_WORDS = frozenset({"joint", "mutual", "bilateral", "together", "each other", "one another"})
RECIPROCAL_ROOTS = frozenset({"CONSULT", "AGREE", "COOPERATE"})

#: Cooperative verbs whose negation ("will not accept") is a rejection.
NEGATES_TO_REJECT = frozenset({"AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE", "RETREAT"})

#: Default mode and CAMEO code of each root, used when the classifier overrides the cue.
ROOT_DEFAULTS = {
    "AGREE": ("", "030"), "CONSULT": ("", "040"), "SUPPORT": ("", "051"), "CONCEDE": ("", "080"),
    "COOPERATE": ("", "060"), "AID": ("", "070"), "RETREAT": ("withdraw", "0874"),
    "REQUEST": ("", "100"), "ACCUSE": ("disapprove", "111"), "REJECT": ("", "120"),
    "THREATEN": ("", "130"), "PROTEST": ("demonstrate", "141"), "SANCTION": ("", "160"),
    "MOBILIZE": ("military", "150"), "COERCE": ("", "170"), "ASSAULT": ("", "190"),
}

_IRREGULAR = {
    "find": "found", "forbid": "forbade forbidden",
    "meet": "met", "hold": "held", "send": "sent", "withdraw": "withdrew withdrawn",
    "strike": "struck stricken", "shoot": "shot", "give": "gave given", "fight": "fought",
    "bring": "brought", "break": "broke broken", "make": "made", "seek": "sought",
    "take": "took taken", "lend": "lent", "forgive": "forgave forgiven", "beat": "beaten",
    "cut": "cut", "hit": "hit", "shut": "shut", "freeze": "froze frozen", "tell": "told",
    "say": "said", "begin": "began begun", "go": "went gone goes", "put": "put", "set": "set",
    "lay": "laid", "speak": "spoke spoken", "rise": "rose risen", "think": "thought",
    "undertake": "undertook undertaken", "write": "wrote written", "lead": "led", "stand": "stood",
}
_DOUBLING = frozenset("ban commit plan stop ship drop admit submit kidnap rob bar jail rebut".split())


def inflect(verb: str) -> set[str]:
    """Base, -s, -ed and -ing forms of a verb, with the irregular forms we need."""
    forms = {verb}
    forms.update(_IRREGULAR.get(verb, "").split())
    stem = verb + verb[-1] if verb in _DOUBLING else verb
    if verb.endswith("e"):
        forms.update({verb + "s", verb + "d", verb[:-1] + "ing"})
    elif verb.endswith("y") and verb[-2:-1] not in ("a", "e", "o", "u"):
        forms.update({verb[:-1] + "ies", verb[:-1] + "ied", verb + "ing"})
    elif verb.endswith(("s", "sh", "ch", "x", "z")):
        forms.update({verb + "es", verb + "ed", verb + "ing"})
    else:
        forms.update({verb + "s", stem + "ed", stem + "ing"})
    return forms


@dataclass(frozen=True, slots=True)
class Cue:
    """What a cue means: PLOVER root, mode ('' when none applies) and CAMEO code."""

    root: str
    mode: str
    cameo: str


def _rows(table: str) -> list[tuple[str, Cue]]:
    rows = []
    for line in table.strip().splitlines():
        words, root, mode, cameo = line.split("|")
        rows.append((words, Cue(root, mode, cameo)))
    return rows


@dataclass(frozen=True, slots=True)
class Lexicon:
    """Lookup tables built from the text tables above."""

    verbs: dict[str, Cue]
    pairs: dict[tuple[str, str], Cue]
    nouns: dict[str, Cue]
    forms: dict[str, str]


def _plural(noun: str) -> str:
    return noun if noun.endswith("s") else noun + "s"


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The cue tables (built once)."""
    verbs: dict[str, Cue] = {}
    forms: dict[str, str] = {}
    for word, cue in _rows(VERB_CUES):
        verbs.setdefault(word, cue)
    pairs: dict[tuple[str, str], Cue] = {}
    bases = set(verbs) | set(REPORTING)
    for words, cue in _rows(PAIR_CUES):
        parts = words.split()
        pairs.setdefault((parts[0], parts[-1]), cue)
        bases.add(parts[0])
    nouns: dict[str, Cue] = {}
    for word, cue in _rows(NOUN_CUES):
        nouns.setdefault(word, cue)
        forms.setdefault(_plural(word), word) if not word.endswith("s") else None
    for verb in sorted(bases):
        for form in inflect(verb):
            forms.setdefault(form, verb)
    for words, _ in _rows(PAIR_CUES):  # plural objects: "signed agreements"
        obj = words.split()[-1]
        forms.setdefault(_plural(obj), obj)
    return Lexicon(verbs, pairs, nouns, forms)


def base(word: str) -> str:
    """Base form of a (lowercased) cue word: 'met' → 'meet', 'sanctions' → 'sanctions'."""
    return lexicon().forms.get(word, word)
