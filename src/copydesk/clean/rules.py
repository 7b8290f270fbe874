"""Shape rules for junk lines: each pattern names the removal reason it stands for.

Patterns are anchored on the whole line and kept deliberately narrow: a missed ad costs less
than a lost article line.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_F = re.IGNORECASE | re.UNICODE


def _rx(*alternatives: str) -> re.Pattern[str]:
    return re.compile(r"^\s*(?:" + "|".join(alternatives) + r")\s*$", _F)


_NAME = r"[A-Z][\w'’.-]+(?:\s+(?:[A-Z][\w'’.-]+|de|van|von|da|del|la|le|di|al|el|bin)){1,4}"
_AGENCY = (r"(?:ap|afp|reuters|dpa|efe|epa|ansa|sipa|xinhua|anadolu|bloomberg|europa press|pa(?: media|"
           r" wire)?"
           r"|associated press|agence france-presse|getty images|shutterstock|alamy|imago|keystone)")

RULES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("ad", _rx(r"[-–—•|*·(\[\s]*(?:advertisement|advertising|ad|anzeige|werbung|publicidad|publicité|anuncio"
               r"|sponsored ad)[-–—•|*·)\]\s]*",
               r"(?:the )?(?:content|story|article|text) continues (?:below|after)\b.{0,30}",
               r"(?:poll|quiz|umfrage|encuesta|sondage|vote now)\s*[:!?-].{0,120}",
               r"(?:do|would|will|should|did|are|have) you (?:agree|support|think|believe|back|trust|approve|"
               r"want)\b.{0,80}\?",
               r"(?:have your say|tell us what you think|what do you think)\b.{0,60}",
               r"(?:la )?(?:noticia|información) continúa (?:debajo|abajo|después).{0,30}",
               r"(?:der )?artikel (?:wird unten fortgesetzt|geht (?:unten|nach der anzeige) weiter).{0,30}",
               r"(?:la )?suite (?:de l'article )?(?:ci-dessous|après (?:cette |la )?publicité).{0,30}",
               r"(?:the )?(?:story|article) continues (?:below|after) (?:this )?(?:ad|advertisement)",
               r"continue reading (?:below|the main story)", r"(?:ad(?:vertisement)?\s*[-:·]?\s*)?"
               r"scroll (?:down )?to continue(?: with content| reading)?")),
    ("sponsored", _rx(r".{0,60}\b(?:sponsored|promoted|paid content|partner content|publireportage)",
                      r"(?:sponsored|paid) (?:by|content)\b.{0,80}",
                      r"paid for by\b.{0,120}", r"gesponsert.{0,60}", r"patrocinado.{0,60}",
                      r"(?:contenu )?sponsoris[ée]e?.{0,60}", r"contenido patrocinado.{0,60}",
                      r"(?:in partnership with|presented by|brought to you by|en colaboración con"
                      r"|in zusammenarbeit mit|en partenariat avec)\b.{0,60}",
                      r".{0,100}\baffiliate (?:links?|commissions?|partners?|programs?)\b.{0,160}",
                      r".{0,100}\bwe (?:may|might) (?:earn|receive|get|be compensated)\b.{0,160}")),
    ("related", _rx(r"(?:read more|related|see also|more on this|recommended(?: for you)?|further reading"
                    r"|you may also like|more from \w+|also read|read next|watch|sur le même sujet"
                    r"|lire la suite"
                    r"|lesen sie (?:auch|mehr)|leer más|lee también|à lire|a lire)\s*[:|»›>-].{0,200}",
                    r"read more|further reading|read next|also read|more on this|leer más|lesen sie auch",
                    r"more\s*:\s*.{1,200}",
                    r"related (?:stories|articles|coverage|content|topics?|links|news)",
                    r"recommended(?: for you| stories| reading| articles)?", r"more stories",
                    r"most (?:read|popular|viewed|shared|watched)(?: (?:stories|articles|today|now|"
                    r"in [\w ]{1,20}))?",
                    r"top (?:stories|news|headlines)", r"trending(?: now| stories)?",
                    r"popular (?:now|stories)",
                    r"more (?:news|headlines|on this story|on this topic|in [\w &-]{1,30})",
                    r"editor'?’?s picks?", r"you (?:might|may) also (?:like|enjoy)", r"don'?’?t miss",
                    r"latest (?:news|stories|headlines)", r"in other news", r"what to read next",
                    r"mehr zum thema.{0,100}", r"meistgelesen(?:e artikel)?", r"empfohlen",
                    r"weitere artikel",
                    r"das könnte sie auch interessieren", r"lo más (?:leído|visto)", r"más noticias",
                    r"(?:también )?te puede interesar", r"noticias relacionadas", r"lea también.{0,150}",
                    r"les plus (?:lus|populaires|partagés)", r"sur le même sujet", r"à voir aussi",
                    r"dans la même rubrique", r"lire aussi.{0,150}", r"à lire aussi.{0,150}")),
    ("newsletter", _rx(r".{0,80}\b(?:sign up|subscribe)\b.{0,60}\bnewsletters?\b.{0,120}",
                       r".{0,40}\bnewsletters?\b.{0,40}\b(?:sign up|subscribe|inbox)\b.{0,80}",
                       r".{0,60}\bnewsletter\s+(?:abonnieren|anmelden).{0,80}",
                       r".{0,60}suscr[íi]bete.{0,100}", r".{0,60}abonnez-vous.{0,100}",
                       r".{0,60}inscrivez-vous.{0,100}", r"get (?:our|the) .{0,40} in your inbox.{0,60}",
                       r"sign up (?:to|for) .{0,100}\b(?:newsletters?|inbox|daily|weekly|alerts?|briefing|"
                       r"updates"
                       r"|latest|digest|emails?)\b.{0,80}",
                       r".{0,60}\bcheck your inbox\b.{0,100}",
                       r".{0,30}(?:thanks|thank you) for (?:signing up|"
                       r"subscribing).{0,80}", r"(?:our |the )?newsletters?", r"recevez .{0,100}",
                       r"recibe .{0,80}\b(?:correo|email|bandeja)\b.{0,60}")),
    ("social", _rx(r"(?:share|follow us|like us)\b.{0,20}\b(?:on )?(?:facebook|twitter|x|"
                   r"instagram|linkedin|whatsapp|tiktok|threads|bluesky|email).{0,80}",
                   r"share (?:this|the) (?:article|story|post)\b.{0,40}", r"share|teilen|compartir|partager",
                   r"(?:facebook|twitter|linkedin|whatsapp|email|print|copy link)(?:\s*[|/,·]?\s*"
                   r"(?:facebook|twitter|linkedin|whatsapp|email|print|copy link|x))+",
                   r"folgen sie uns.{0,80}", r"síguenos.{0,80}", r"suivez-nous.{0,80}")),
    ("credit", _rx(r"(?:photo|image|picture|video|graphic|illustration|foto|bild)s?"
                   r"(?: credit)?\s*[:/©].{0,80}",
                   r"©.{0,80}", r"(?:copyright|©).{0,150}\ball rights reserved\b.{0,200}",
                   r"(?:credit|source)s?\s*:.{0,60}",
                   r"[\w .'-]{2,60}\s*/\s*(?:getty images|ap|afp|reuters|epa|shutterstock)"
                   r"(?:\s+via\s+[\w ]+)?", _AGENCY + r"(?:\s*[/,|]\s*" + _AGENCY + r")*",
                   r"(?:photo(?:graph)?s?|pictures?|images?|video|illustration|fotos?) by .{1,60}",
                   r"(?:edited|editing|additional reporting|reporting|written|compiled|produced) by .{1,80}",
                   r"(?:edición|redaktion|rédaction|edited|mitarbeit)\s*:\s*.{1,60}",
                   r"(?:cr[ée]dit[oa]?s?|bildquelle|quelle|fuente|source)\s*:\s*.{1,60}",
                   r"\(\s*(?:photo|foto|image|picture|bild|video)s?\s*[:/©].{1,80}\)",
                   r"(?:with )?(?:additional )?(?:reporting|research|photo illustration|illustration)"
                   r" by .{1,100}",
                   r"(?:avec la collaboration|con la colaboración|con información|mit material"
                   r"|unter mitarbeit)"
                   r" (?:de|von)\b.{1,100}")),
    ("caption", _rx(r"(?:pictured|above|below|left|right|top|main image|file photo|archive (?:image|photo)"
                    r"|cover image)\s*:\s*.{1,200}",
                    r"(?:a |an |the )?(?:handout|file|archive|stock|undated)"
                    r" (?:photo|image|picture|handout)\b.{0,120}",
                    r".{1,160}\((?:photo|pictured|image|file photo|foto|bild)\b[^)]{0,80}\)\.?",
                    r"\d{1,3}\s*/\s*\d{1,3}",
                    r"(?:image|imagen|bild|photo|foto|picture)\s+\d+\s+(?:of|de|von|sur)\s+\d+")),
    ("cookie", _rx(r".{0,40}\b(?:we|this (?:site|website)|our (?:site|website|"
                   r"partners))\b.{0,80}\bcookies?\b.{0,300}",
                   r".{0,120}\bcookies?\b.{0,200}\b(?:you|your)\b.{0,200}",
                   r".{0,80}\b(?:wir verwenden cookies|utilizamos cookies|nous utilisons des cookies)"
                   r"\b.{0,200}", r"(?:accept|reject|allow|manage|refuse)(?: all)?(?: cookies)?",
                   r"(?:cookie|privacy) (?:settings|preferences|policy)", r"got it!?",
                   r"(?:ok(?:ay)?,? )?i agree",
                   r"we (?:value|care about|respect) your privacy", r"alle akzeptieren",
                   r"(?:alle )?ablehnen",
                   r"aceptar(?: todas?)?(?: las cookies)?", r"rechazar(?: todas?)?",
                   r"tout (?:accepter|refuser)",
                   r"accepter(?: et fermer)?", r"continuer sans accepter")),
    ("paywall", _rx(r".{0,80}\b(?:subscribe|subscription|subscribers?)\b.{0,60}"
                    r"\b(?:to (?:continue|keep) reading|unlimited access|only|exclusive)\b.{0,100}",
                    r".{0,60}\b(?:you have|you've) (?:\d+|one|two|three) free (?:articles?|stories)\b.{0,80}",
                    r"already a subscriber\?.{0,60}", r"log in to (?:continue|read).{0,60}",
                    r"this (?:article|content) is (?:for|only available to) subscribers.{0,60}",
                    r".{0,80}\b(?:log in|sign in|register|create (?:a |an )?(?:free )?account|"
                    r"subscribe)\b.{0,60}"
                    r"\bto (?:continue|keep) reading\b.{0,60}",
                    r".{0,60}\b(?:become a (?:member|subscriber)|subscribe now|"
                    r"start your (?:free )?trial)\b.{0,100}",
                    r".{0,40}\b(?:réservé aux abonnés|exclusivo para suscriptores|nur für abonnenten|"
                    r"weiterlesen mit)\b.{0,80}")),
    ("navigation", _rx(r"(?:home|news|world|politics|business|sport|sports|opinion|startseite|inicio|accueil)"
                       r"(?:\s*[>|»/›]\s*[\w &-]{1,30}){1,6}",
                       r"(?:skip to (?:main )?content|back to top|top of (?:the )?page|next article|"
                       r"previous article)",
                       r"(?:advertise with us|contact us|privacy policy|terms of (?:use|service))"
                       r"(?:\s*[|·•]\s*[\w &-]{1,30})*",
                       r"page \d+ of \d+", r"(?:next|previous|prev) page",
                       r"(?:open|close) (?:the )?menu", r"menu",
                       r"search", r"retour en haut(?: de (?:la )?page)?", r"volver (?:arriba|al inicio)",
                       r"nach oben", r"browse (?:all|more) [\w &-]{1,30}",
                       r"(?:see|view) all [\w &-]{1,30}")),
    ("dateline", _rx(r"\d+\s*(?:min|minute)s?\.?\s*(?:read|de lectura|de lecture|lesezeit)",
                     r"(?:lesezeit|tiempo de lectura|temps de lecture)\s*:?\s*\d+\s*min\w*\.?")),
    ("other", _rx(r"(?:comments?|leave a comment|join the conversation|show comments)"
                  r"(?:\s*\(\d+\))?", r"\d+\s+comments?",
                  r"(?:click|tap) here\b.{0,80}", r"download (?:our|the) app\b.{0,80}",
                  r"(?:show|hide|view|load|read) (?:all |more )?comments", r"kommentare(?: anzeigen)?",
                  r"comentarios", r"commentaires", r"réagir(?: à cet article)?",
                  r"(?:click|tap) to (?:expand|enlarge|zoom|play)", r"(?:image|video|content) (?:unavailable|"
                  r"not available)", r"transcript", r"skip (?:ad|advert|intro)", r"feedback", r"bookmark",
                  r"(?:play|watch|replay) (?:the )?video",
                  r"(?:view|open|launch) (?:the )?(?:gallery|slideshow)",
                  r"(?:save|saved|save article|save for later)", r"enlarge(?: image)?",
                  r"(?:loading|chargement|cargando|wird geladen)\s*(?:…|\.\.\.)?",
                  r"(?:listen to|escuchar|écouter|anhören)(?: (?:this|la|l'|den))?\s*(?:article|noticia|"
                  r"story|"
                  r"artikel)?", r"(?:font|text) size.{0,30}", r"rate this (?:article|story).{0,30}",
                  r"(?:this|the) (?:article|story) (?:was|has been) (?:automatically |"
                  r"machine[- ])?translated.{0,80}",
                  r"print(?: this)?(?: article| page)?", r"report (?:an |a )?(?:error|typo|correction)")),
)

#: Every reason a shape rule can give, in a fixed order (the model's one-hot rule signals).
RULE_REASONS: tuple[str, ...] = tuple(dict.fromkeys([*(reason for reason, _ in RULES), "byline", "dateline"]))

_BYLINE = re.compile(r"^\s*(?:[Bb]y|BY|[Vv]on|[Pp]or|[Pp]ar)\s+[A-Z][\w.'-]+(?:\s+[A-Z][\w.'-]+){0,3}"
                     r"(?:\s*(?:,|and|&|y|und|et)\s*[A-Z][\w.'-]+(?:\s+[A-Z][\w.'-]+){0,3})*"
                     r"(?:\s*[,|·-]\s*.{0,40})?\s*$")
_ROLE = (r"(?:(?:special|senior|chief|staff|foreign|political|economics|sports?|science|health|local|news|"
         r"deputy|"
         r"associate|our|contributing)\s+)*(?:correspondent|reporter|editor|writer|journalist|columnist|"
         r"contributor"
         r"|analyst|enviad[oa] especial|envoyée? spéciale?|korrespondent(?:in)?|redakteur(?:in)?|"
         r"corresponsal|"
         r"periodista|journaliste)")
_BYLINE_ROLE = re.compile(rf"^\s*{_NAME}\s*[,|–—-]\s*{_ROLE}(?:\s+(?:in|at|en|à|für|for|"
                          rf"de)\s+.{{1,40}})?\s*$", re.I)
_BIO = re.compile(rf"^\s*{_NAME}\s+(?:is|was|has been|has|writes|covers|"
                  rf"reports)\b.{{0,120}}\b(?:correspondent|"
                  r"reporter|editor|writer|journalist|columnist|contributor|writes about|reported on|covered|"
                  r"based in)\b.{0,200}$")
_CONTACT = re.compile(r"^\s*(?:write to|contact|email|reach)\s+(?:[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){0,3}|"
                      r"him|her|them|"
                      r"the (?:author|reporter|writer))\s+(?:at|on|via)\s+\S+@\S+\s*\.?\s*$", re.I)
_DATELINE = re.compile(r"^\s*(?:published|updated|posted|last updated)?\s*:?\s*"
                       r"(?:(?:mon|tue|wed|thu|fri|sat|sun)\w*,?\s+)?"
                       r"(?:\d{1,2}\s+\w{3,9}\.?\s+\d{4}|\w{3,9}\.?\s+\d{1,2},?\s+\d{4}|"
                       r"\d{4}-\d{2}-\d{2})(?:[\s,]+(?:at\s+)?\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?"
                       r"(?:\s*[A-Z]{2,4})?)?\s*$", _F)


_MONTHS = ("jan feb mar apr may jun jul aug sep sept oct nov dec january february march april june july "
           "august "
           "september october november december januar februar märz mai juni juli oktober dezember enero "
           "febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre diciembre "
           "janvier février fevrier mars avril mai juin juillet août aout septembre octobre novembre "
           "décembre")
_DATE_WORDS = frozenset((_MONTHS + " mon tue wed thu fri sat sun monday tuesday wednesday thursday friday "
                         "saturday sunday am pm at on de del le el am um the first published updated posted "
                         "last "
                         "modified actualizado actualizada publicado publicada mis à jour publié publie le "
                         "aktualisiert veröffentlicht stand min mins minute minutes read lesezeit lectura "
                         "lecture "
                         "temps tiempo de gmt utc bst est edt cet cest pst pdt h hrs ago hours").split())
_DATE_SHAPE = re.compile(r"\d{1,2}[:.]\d{2}|\b\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}\b")
_MONTH_SET = frozenset(_MONTHS.split())
_WORDS = re.compile(r"\w+")


def _date_only(line: str) -> bool:
    """A line made only of a date, a time and dateline words ("First published on 11 Dec 2024",
    "24 Feb 2023 | 5 min read"): every word is a number, a month or weekday, or a dateline word."""
    toks = _WORDS.findall(line.lower())
    if not 3 <= len(toks) <= 16 or not any(c.isdigit() for c in line):
        return False
    if not all(t in _DATE_WORDS or any(c.isdigit() for c in t) for t in toks):
        return False
    if any(t in _MONTH_SET for t in toks):
        return True
    return _DATE_SHAPE.search(line) is not None and not all(t.isdigit() for t in toks)


#: Substrings (of the lower-cased line) without which a reason's pattern cannot match: a cheap
#: test that skips the slow leading-wildcard patterns on ordinary article sentences.
_GATES: dict[str, tuple[str, ...]] = {
    "sponsored": ("sponsor", "promoted", "paid", "partner", "gesponsert", "patrocinado", "publireportage",
                  "affiliate", "we may", "we might", "presented by", "brought to you", "colaboración",
                  "zusammenarbeit"),
    "newsletter": ("newsletter", "suscr", "abonnez", "inscrivez", "inbox", "sign up", "signing up",
                   "subscribing", "recevez", "recibe"),
    "cookie": ("cookie", "got it", "agree", "accept", "reject", "allow", "manage", "refuse", "privacy",
               "akzeptieren", "ablehnen", "aceptar", "rechazar", "accepter", "refuser"),
    "paywall": ("subscri", "free", "log in", "continue reading", "keep reading", "member", "trial",
                "abonnés", "suscriptores", "abonnenten", "weiterlesen"),
}


#: Reported speech ("..., the banner said"): an article quoting junk, not junk itself; the wide
#: wildcard patterns (those with gates) are not applied to such lines.
_REPORTED = re.compile(r"\b(?:said|says|told|wrote|according to|the (?:banner|page|ad|advert|message|email|"
                       r"letter|notice|pop-up) (?:read|reads|said|says))\b")


_GATE_RX = {reason: re.compile("|".join(re.escape(g) for g in gates)) for reason, gates in _GATES.items()}


#: A personal fundraising or campaign ask: "I"/"me" speaking to "you" and asking for money or support.
_ASK = re.compile(r"\b(?:chip in|donat(?:e|ion)|contribut(?:e|ion)|gift|help me win|add your name"
                  r"|stand with me|"
                  r"vote for me|rush|pitch in|give (?:\$|€|£)?\d+|(?:\$|€|£)\d+ (?:today|now))\b")
_I_YOU = re.compile(r"\b(?:i|i'?’?m|me|my)\b.*\b(?:you|your|you'?’?re)\b"
                    r"|\b(?:you|your)\b.*\b(?:i|i'?’?m|me|my)\b")


def _personal_ask(low: str, reported: bool) -> bool:
    """First person asking the reader for money or support, outside quotation: campaign ad copy."""
    return (not reported and len(low) <= 400 and _ASK.search(low) is not None
            and _I_YOU.search(low) is not None
            and not low.lstrip().startswith(("“", '"', "«", "„")))


def rule_reason(line: str) -> str | None:
    """The reason a line is junk by shape alone, or None."""
    if len(line) > 400:
        return None
    low = line.lower()
    reported = _REPORTED.search(low) is not None
    for reason, pattern in RULES:
        gate = _GATE_RX.get(reason)
        if gate is not None and (reported or gate.search(low) is None):
            continue
        if pattern.match(line):
            return reason
    if _personal_ask(low, reported):
        return "ad"
    if _BYLINE.match(line) or _BYLINE_ROLE.match(line) or _CONTACT.match(line):
        return "byline"
    if len(line) <= 300 and line[:1].isupper() and len(line.split()) <= 40 and _BIO.match(line):
        return "byline"
    if len(line) <= 100 and (_DATELINE.match(line) or _date_only(line)):
        return "dateline"
    return None


def related_runs(lines: list[str], rules: list[str | None], max_words: int = 20) -> set[int]:
    """Lines listed under a "related"/"most read" heading: the run of short lines without final
    punctuation that follows it (headlines of other stories)."""
    out: set[int] = set()
    for i, rule in enumerate(rules):
        if rule != "related" or len(lines[i].split()) > 6:
            continue
        j = i + 1
        while j < len(lines) and rules[j] is None and _headline_like(lines[j], max_words):
            out.add(j)
            j += 1
    return out


def _headline_like(line: str, max_words: int) -> bool:
    text = line.strip().rstrip("\"'”’»)")
    return 0 < len(text.split()) <= max_words and text[-1:] not in ".:;,"


def repeated_lines(lines: Iterable[str], max_words: int) -> set[str]:
    """Short lines that occur more than once in one article (repeated teasers, labels)."""
    seen: dict[str, int] = {}
    for line in lines:
        key = line.strip().casefold()
        if key and len(key.split()) <= max_words:
            seen[key] = seen.get(key, 0) + 1
    return {key for key, count in seen.items() if count > 1}
