"""Shape rules for junk lines: each pattern names the removal reason it stands for.

Patterns are anchored on the whole line and kept deliberately narrow: a missed ad costs less
than a lost article line.
"""

from __future__ import annotations

import re
import string
from collections import Counter
from collections.abc import Iterable
from functools import lru_cache
from typing import Any, Final

from copydesk.clean.needles import NeedleSet

_F = re.IGNORECASE | re.UNICODE


def _rx(*alternatives: str) -> re.Pattern[str]:
    return re.compile(r"^\s*(?:" + "|".join(alternatives) + r")\s*$", _F)


_NAME = r"[A-Z][\w'’.-]+(?:\s+(?:[A-Z][\w'’.-]+|de|van|von|da|del|la|le|di|al|el|bin)){1,4}"
_AGENCY = (r"(?:ap|afp|reuters|dpa|efe|epa|ansa|sipa|xinhua|anadolu|bloomberg|europa press|pa(?: media|"
           r" wire)?"
           r"|associated press|agence france-presse|getty images|shutterstock|alamy|imago|keystone)")

#: "Jane Doe / Getty Images" or "Jane Doe/Harbour Daily": the one ungated alternative that costs much
#: on long prose lines; it cannot match a line without "/" or "|", so such lines are tried without it
#: (`_band_pattern`).
_SLASHED_CREDIT = (r"[\w .'-]{2,60}(?:\s*[/|]\s*[\w .'-]{2,60}){0,3}\s*[/|]\s*"
                   r"(?:getty images|ap|afp|reuters|epa|shutterstock|bloomberg|alamy|keystone|dpa|anp|imago)"
                   r"(?:\s+via\s+[\w ]+)?"
                   r"|(?-i:[A-Z][\w.'-]+(?: [A-Z][\w.'-]+){1,3}\s*/\s*[A-Z][\w.&'-]*"
                   r"(?: [A-Z][\w.&'-]*){0,3})")

_PLATFORM = r"(?:facebook|twitter|instagram|youtube|tiktok|linkedin|threads|bluesky|google news|telegram|x)"

#: Alternatives that open with a long wildcard or a wide class, so cost much on every line they may
#: open; each is tried only on lines holding one of its literal pieces (`_ALT_GATES`).
_EXTERNAL_LINKS = r".{1,60} is not responsible for the content of external (?:sites|websites|links)\.?"
_CRUMB = r"[A-Z][\w &-]{1,25}\s*[›»]"
_PHOTO_NOTE = r".{1,160}\((?:photo|pictured|image|file photo|foto|bild)\b[^)]{0,80}\)\.?"
_WRITETHRU = r"[A-Z]{2,3}-[\w-]+,\s*\d+(?:st|nd|rd|th) ld-writethru"

#: Literal pieces (of the lower-cased line) every match of an alternative holds: such an alternative
#: is left out of its reason's pattern and tried alone, on lines holding a piece (`_GATED_ALTS`).
_ALT_GATES: dict[str, tuple[str, ...]] = {
    _EXTERNAL_LINKS: ("is not responsible",),
    _CRUMB: ("›", "»"),
    _PHOTO_NOTE: ("(photo", "(pictured", "(image", "(file photo", "(foto", "(bild"),
    _WRITETHRU: ("ld-writethru",),
}


#: The answer buttons or vote prompt under a poll's question ("YES or NO - Cast your vote now!"); a
#: sentence that goes on after "yes or no" is not one.
_POLL_BUTTON = (r"(?:\s*(?:yes ?(?:or|/) ?no\b[\s\W]{0,3}(?:(?:vote|cast|click|tap|take)\b[^.]{0,40})?"
                r"|(?:vote now|cast your vote|take (?:our|the) poll)\b[^.]{0,40}))")


def _pieced(alternative: str, *pieces: str) -> str:
    """`alternative`, recorded in `_ALT_GATES` with `pieces`, literal text every match of it holds:
    for the leading-wildcard alternatives of the gated reasons, which open on common words."""
    _ALT_GATES[alternative] = pieces
    return alternative


_RULE_ALTS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("ad", (r"[-–—•|*·(\[\s]*(?:advertisement|advertising|adverts?|ad|anzeige|werbung|publicidad|publicité"
               r"|anuncio|sponsored ad)(?:\s*[/|·•-]\s*(?:advertisement|advertising|ad|anzeige|werbung"
               r"|publicidad|publicité|anuncio))*[-–—•|*·)\]\s]*"
               r"(?:[(\[]?\s*(?:(?:the )?(?:article|story|content|text) continues (?:below|after)"
               r"|scroll (?:down )?"
               r"to (?:continue|keep) reading|continue reading below|feedback|weiterlesen unten"
               r"|(?:la )?suite (?:après|ci-dessous)[\w ]{0,30}"
               r"|(?:sigue|continúa) (?:leyendo )?(?:abajo|debajo))\W{0,3})?",
               r"(?:the )?(?:content|story|article|text) continues (?:below|after)\b.{0,30}",
               r"(?:poll|quiz|umfrage|encuesta|sondage|vote now)\s*[:!?-].{0,120}",
               r"(?:do|would|will|should|did|are|have) you (?:agree|support|think|believe|back|trust|approve|"
               r"want)\b.{0,80}\?" + _POLL_BUTTON + "?",
               _pieced(r"[^.]{5,120}\?" + _POLL_BUTTON, "yes or no", "yes/no", "yes / no", "vote now",
                       "cast your vote", "take our poll", "take the poll"),
               r"\*?\s*t\s?&\s?cs? apply\b.{0,150}",
               r"(?:have your say|tell us what you think|what do you think)\b.{0,60}",
               r"(?:la )?(?:noticia|información) continúa (?:debajo|abajo|después).{0,30}",
               r"(?:der )?artikel (?:wird unten fortgesetzt|geht (?:unten|nach der anzeige) weiter).{0,30}",
               r"(?:la )?suite (?:de l'article )?(?:ci-dessous|après (?:cette |la )?publicité).{0,30}",
               r"(?:the )?(?:story|article) continues (?:below|after) (?:this )?(?:ad|advertisement)",
               r"continue reading (?:below|the main story)", r"(?:ad(?:vertisement)?\s*[-:·]?\s*)?"
               r"scroll (?:down )?to continue(?: with content| reading)?")),
    ("sponsored", (_pieced(r".{0,60}\b(?:sponsored|promoted|paid content|partner content|publireportage)",
                           "sponsored", "promoted", "paid content", "partner content", "publireportage"),
                      r"(?:sponsored|paid|promoted) (?:by|content)\b.{0,80}",
                      r"paid for by\b.{0,120}", r"gesponsert.{0,60}", r"patrocinado.{0,60}",
                      r"(?:contenu )?sponsoris[ée]e?.{0,60}", r"contenido patrocinado.{0,60}",
                      r"(?:in partnership with|presented by|brought to you by|en colaboración con"
                      r"|in zusammenarbeit mit|en partenariat avec)\b.{0,60}",
                      _pieced(r".{0,100}\baffiliate (?:links?|commissions?|partners?|programs?)\b.{0,160}",
                              "affiliate link", "affiliate commission", "affiliate partner",
                              "affiliate program"),
                      _pieced(r".{0,100}\bwe (?:may|might) (?:earn|receive|get|be compensated)\b.{0,160}",
                              "we may ", "we might "),
                      r"(?:sponsored|promoted|paid post|partner content|advertorial)"
                      r"\s*(?:[·|•:–—-]|from)\s*.{1,60}",
                      r"from our (?:partners|sponsors)", r"in kooperation mit\b.{1,60}",
                      _pieced(r".{0,100}\bwir (?:erhalten|bekommen) (?:eine |ggf\. eine )?provision"
                              r"\b.{0,160}",
                              "wir erhalten ", "wir bekommen "),
                      r"if you (?:buy|purchase|click|shop)\b.{0,100}\b(?:commissions?|share of (?:the )?"
                      r"(?:sale|revenue)|compensat\w*|affiliate)\b.{0,200}")),
    ("related", (r"(?:read more|related|see also|more on this|recommended(?: for you)?|further reading"
                    r"|you may also like|more from \w+|also read|read next|watch|sur le même sujet"
                    r"|lire la suite"
                    r"|lesen sie (?:auch|mehr)|leer más|lee también|à lire|a lire|see more"
                    r"|leggi anche(?: su)?|vedi anche|leia também|leia mais|veja também|saiba mais"
                    r"|also on [\w.-]{2,40}|related (?:posts?|stories|articles?|links?|reading|content"
                    r"|coverage|roundup))\s*[:|»›>-].{0,200}",
                    r"[(\[]\s*(?:related|see also|read more|also read|leggi anche(?: su)?|leia também"
                    r"|veja também|lire aussi|lesen sie auch|lea también)\s*:.{1,200}[)\]]",
                    r"(?:you (?:might|may) also (?:like|enjoy)|related (?:posts?|stories|articles?|links?"
                    r"|reading|content|coverage)|more stories|recommended(?: for you)?|read more|see more"
                    r"|explore further)\s*(?:\.{2,}|…|:|!)",
                    r"more\s*:", r"popular on [\w .&'-]{1,40}", r"explore further",
                    r"(?-i:More(?: [A-Z][\w&'’-]*){1,3} (?:Stories|Articles|Videos))",
                    r"(?-i:More (?:from|in) [A-Z][\w&'’-]*(?: [A-Z][\w&'’-]*)?|More [A-Z][\w&'’-]*)",
                    r"(?:latest|more) (?:in|from) [\w &'’-]{1,30}", r"more [\w&'’-]+ (?:news|stories)",
                    r"recommended (?:from|by|in) [\w &'’-]{1,30}",
                    r"(?:also|more) on [\w-]+\.(?:com|net|org|co\.uk|co|io|news)\b.{0,200}",
                    r"on [\w-]+\.(?:com|net|org|co\.uk|co|io|news)\s*:.{1,200}",
                    r"read more|further reading|read next|also read|more on this|leer más|lesen sie auch",
                    r"more\s*:\s*.{1,200}",
                    r"related (?:stories|articles|coverage|content|topics?|links|news)",
                    r"recommended(?: for you| stories| reading| articles)?", r"more stories",
                    r"most (?:read|popular|viewed|shared|watched)(?: (?:stories|articles|today|now|"
                    r"in [\w ]{1,20}))?",
                    r"top (?:stories|news|headlines)", r"trending(?: now| stories)?",
                    r"popular (?:now|stories)",
                    r"more (?:news|headlines|on this story|on this topic|in [\w &-]{1,30})",
                    r"editor'?’?s picks?", r"you (?:might|may) (?:also )?(?:like|enjoy)", r"don'?’?t miss",
                    r"(?:from )?around the (?:web|internet)", r"more for you",
                    r"latest (?:news|stories|headlines)", r"in other news", r"what to read next",
                    r"mehr zum thema.{0,100}", r"meistgelesen(?:e artikel)?", r"empfohlen",
                    r"weitere artikel",
                    r"das könnte sie auch interessieren", r"lo más (?:leído|visto)", r"más noticias",
                    r"(?:también )?te puede interesar", r"noticias relacionadas", r"lea también.{0,150}",
                    r"les plus (?:lus|populaires|partagés)", r"sur le même sujet", r"à voir aussi",
                    r"dans la même rubrique", r"lire aussi.{0,150}", r"à lire aussi.{0,150}",
                    r"more from [\w .&'-]{1,40}", r"popular (?:right now|today)\W{0,4}",
                    r"in pictures\s*:.{1,100}",
                    r"[→▶►]\s*[^.]{5,120}")),
    ("newsletter", (_pieced(r".{0,80}\b(?:sign up|subscribe)\b.{0,60}\bnewsletters?\b.{0,120}",
                            "newsletter"),
                       _pieced(r".{0,40}\bnewsletters?\b.{0,40}\b(?:sign up|subscribe|inbox)\b.{0,80}",
                               "newsletter"),
                       _pieced(r".{0,60}\bnewsletter\s+(?:abonnieren|anmelden).{0,80}",
                               "abonnieren", "anmelden"),
                       _pieced(r".{0,60}suscr[íi]bete.{0,100}", "suscríbete", "suscribete"),
                       _pieced(r".{0,60}abonnez-vous.{0,100}", "abonnez-vous"),
                       _pieced(r".{0,60}inscrivez-vous.{0,100}", "inscrivez-vous"),
                       r"(?:[^.?!]{1,60}\?\s*)?get (?:our|the) .{0,60}(?: in your inbox.{0,60}"
                       r"|\bnewsletters?\b.{0,150})",
                       r"(?:[^.:]{1,60}:\s*)?download (?:the |our )?(?:free )?[\w'’ .&-]{0,40}\bapp\b.{0,80}",
                       _pieced(r".{0,80}\bsign up\b.{0,100}\b(?:delivered|every (?:week)?day|every morning"
                               r"|each (?:week)?day)\b.{0,80}", "sign up"),
                       r"sign up (?:to|for) .{0,100}\b(?:every (?:mon|tues|wednes|thurs|fri|satur|sun)day|"
                       r"newsletters?|inbox|daily|weekly|alerts?|briefing|"
                       r"updates"
                       r"|latest|digest|emails?)\b.{0,80}",
                       _pieced(r".{0,60}\bcheck your inbox\b.{0,100}", "check your inbox"),
                       _pieced(r".{0,30}(?:thanks|thank you) for (?:signing up|subscribing).{0,80}",
                               "for signing up", "for subscribing"),
                       r"(?:our |the )?newsletters?", r"recevez .{0,100}",
                       r"recibe .{0,80}\b(?:correo|email|bandeja)\b.{0,60}",
                       r"sign up|subscribe|(?:enter )?your e-?mail(?: address)?(?: here)?",
                       r"invalid e-?mail\b.{0,40}",
                       r"don'?’?t miss out\b.{1,100}", r"by signing up,? you agree\b.{0,160}",
                       r"join [\d,.]+(?:k| million)? (?:other )?(?:readers|subscribers)\b.{0,100}",
                       r"(?:let|get|have) .{0,60}\b(?:news|newsletters?|headlines|stories|updates|briefing"
                       r"|alerts?|best|latest|top)\b.{0,60}\b(?:meet|in|to|into) your inbox\b.{0,150}",
                       _pieced(r".{0,60}\bjoin (?:the |our )?.{0,40}\bnewsletter\b.{0,60}", "newsletter"))),
    ("social", (r"(?:share|follow us|like us|compartir|comparte|partager|partagez|teilen|artikel teilen)"
                   r"\b.{0,20}"
                   r"\b(?:on |en |sur |auf |via )?(?:facebook|twitter|x|"
                   r"instagram|linkedin|whatsapp|tiktok|threads|bluesky|telegram|e-?mail).{0,80}",
                   r"share (?:this|the) (?:article|story|post|page|live ?blog|blog|video|gallery|link)"
                   r"\b.{0,40}",
                   r"(?:partagez|partager) (?:cet article|cette page|l'article)\b.{0,40}",
                   r"(?:comparte|compartir) (?:esta noticia|este artículo|la noticia)\b.{0,40}",
                   r"(?:diesen )?(?:artikel|beitrag) teilen\b.{0,40}",
                   r"(?:click|tap) to (?:share|email|print|tweet|pin)\b[^.]{0,60}",
                   r"(?:share|teilen|compartir|partager|partagez|e-?mail)(?:\s*/\s*(?:share|teilen|compartir"
                   r"|partager|partagez))?",
                   r"gift (?:this |the )?(?:article|story)",
                   r"(?:facebook|twitter|linkedin|whatsapp|email|print|copy link)(?:\s*[|/,·]?\s*"
                   r"(?:facebook|twitter|linkedin|whatsapp|email|print|copy link|x))+",
                   r"folgen sie uns.{0,80}", r"síguenos.{0,80}", r"suivez-nous.{0,80}",
                   rf"follow [^.]{{1,60}}? on {_PLATFORM}"
                   rf"(?:[\s,&]+(?:and\s+)?(?:{_PLATFORM}|x)\b|\s*\(@\w+\))*"
                   r"(?:\s+(?:for|to get) [^.]{1,60})?\s*\.?",
                   r"subscribe to .{1,60} on (?:youtube|facebook|twitter|instagram|tiktok|spotify"
                   r"|apple podcasts|itunes)\b.{0,80}", r"sharing is caring!?", r"share submit",
                   r"like this\s*:|like loading(?:\.\.\.|…)?", r"follow .{1,80} at https?://\S+",
                   r"(?:like this (?:story|article)\?\s*)?share (?:it|this) with (?:a friend|your friends)"
                   r"!?")),
    ("credit", (r"(?:photo(?:graph)?|image|picture|video|graphic|illustration|foto|bild)s?"
                   r"(?: credit)?\s*[:/©].{0,80}",
                   r"[©ⓒ].{0,250}", r"getty", r"copyright\s*(?:[©ⓒ]|\(c\)).{0,100}",
                   r"copyright\s+(?:[\w.&'-]+\s+){0,3}\d{4}(?:\s*[-–]\s*\d{4})?(?:\W{0,3}|\s+[-–|]\s+.{1,60})",
                   r"(?-i:(?:Image|Media|Video|Picture) copyright(?: [A-Z][\w.&'/-]*| of| via| /){1,6})",
                   r"this (?:document|article|content|material|story) is (?:subject to|protected by) "
                   r"copyright\b.{0,300}",
                   r"(?:copyright|©).{0,150}\ball rights reserved\b.{0,200}",
                   r"(?:credit|source)s?\s*:.{0,60}",
                   _SLASHED_CREDIT, _AGENCY + r"(?:\s*[/,|]\s*" + _AGENCY + r")*",
                   r"(?:photo(?:graph)?s?|pictures?|images?|video|illustration|fotos?) by .{1,60}",
                   r"(?:edited|editing|additional reporting|reporting|written|compiled|produced) by "
                   r"(?:the )?(?-i:[A-Z]).{0,80}",
                   r"(?:edición|redaktion|rédaction|edited|mitarbeit)\s*:\s*.{1,60}",
                   r"(?:cr[ée]dit[oa]?s?|bildquelle|quelle|fuente|source)\s*:\s*.{1,60}",
                   r"\(\s*(?:photo|foto|image|picture|bild|video)s?(?:\s+credit)?\s*[:/©].{1,80}\)",
                   r"(?:with )?(?:additional )?(?:reporting|research|photo illustration|illustration)"
                   r" by (?:the )?(?-i:[A-Z]).{0,100}",
                   r"(?:avec la collaboration|con la colaboración|con información|mit material"
                   r"|unter mitarbeit)"
                   r" (?:de|von)\b.{1,100}",
                   r"\(\s*" + _AGENCY + r"\s*\)", r"contributors?\s*:\s*.{1,100}",
                   r"copy ?editing\s*:\s*.{1,60}",
                   r"photographer\s*:\s*.{1,60}", r"credit\s*(?:\.{2,}|…)\s*.{1,80}",
                   r"image source\s*,\s*.{1,60}",
                   r"(?:[—–-]\s*)?with files from\b.{1,80}", r"cr[ée]dit photo\s*:.{1,60}",
                   r"[(\[]?\s*with (?:inputs?|input|agency inputs?) from [\w ,&.'-]{1,60}[)\]]?\.?",
                   r"[(\[]\s*(?:supplied|courtesy|handout|file)(?:\s*[:/]\s*[^()\[\]]{1,60})?[)\]]\.?",
                   r"(?:photo |image |picture )?courtesy (?:of )?(?:the )?(?-i:[A-Z])[^.]{1,60}\.?",
                   r"(?:additional )?reporting by (?-i:[A-Z]).{1,300}\bedit(?:ing|ed) by\b.{1,80}",
                   r"citation\s*:.{1,300}\bretrieved\b.{1,200}")),
    ("caption", (r"(?:an )?artist'?’?s (?:impression|rendering|illustration) of\b.{1,200}",
                 _pieced(r"[^\"“”]{2,80},\s(?:(?:second |third |far )?(?:left|right)|centre|center)"
                         r"(?: row)?,\s[^\"“”]{5,250}", "left,", "right,", "centre,", "center,"),
                 r"(?:video|watch)\s*:\s*.{5,200}\b(?:on|in|at|during)\b.{1,100}",
                 r"(?:pictured|above|below|left|right|top|main image|file photo|archive (?:image|photo)"
                    r"|cover image)\s*:\s*.{1,200}",
                    r"(?:a |an |the )?(?:handout|file|archive|stock|undated)"
                    r" (?:photo|image|picture|handout)\b.{0,120}",
                    _PHOTO_NOTE,
                    r"(?:show|hide|expand|close|toggle) caption",
                    r"(?-i:(?:Image|Media|Video) caption [A-Z\"“‘']).{1,250}",
                    r"\d{1,3}\s*/\s*\d{1,3}",
                    r"(?:image|imagen|bild|photo|foto|picture)\s+\d+\s+(?:of|de|von|sur)\s+\d+")),
    ("cookie", (_pieced(r".{0,40}\b(?:we|this (?:site|website)|our (?:site|website|"
                   r"partners))\b.{0,80}\bcookies?\b.{0,300}", "cookie"),
                   _pieced(r".{0,120}\bcookies?\b.{0,200}\b(?:you|your|sie|ihre?|vous|votre|vos|usted|tus?)\b"
                           r".{0,200}", "cookie"),
                   _pieced(r".{0,80}\b(?:wir verwenden cookies|utilizamos cookies|nous utilisons des cookies)"
                   r"\b.{0,200}", "wir verwenden cookies", "utilizamos cookies",
                   "nous utilisons des cookies"),
                   r"(?:accept|reject|allow|manage|refuse)(?: all)?(?: cookies)?",
                   r"(?:cookie|privacy) (?:settings|preferences|policy)", r"got it!?",
                   r"(?:ok(?:ay)?,? )?i agree",
                   r"we (?:value|care about|respect) your privacy", r"alle akzeptieren",
                   r"(?:alle )?ablehnen",
                   r"aceptar(?: todas?)?(?: las cookies)?", r"rechazar(?: todas?)?",
                   r"tout (?:accepter|refuser)",
                   r"accepter(?: et fermer)?", r"continuer sans accepter",
                   r"i accept(?: all)?(?: cookies)?", r"manage (?:preferences|settings|options|consent)",
                   r"your privacy (?:choices|options|settings)", r"customi[sz]e(?: settings| cookies)?",
                   r"we and our (?:\d+ )?(?:partners|vendors)\b.{0,300}")),
    ("paywall", (_pieced(r".{0,80}\b(?:subscribe|subscription|subscribers?)\b.{0,60}"
                    r"\b(?:to (?:continue|keep) reading|unlimited access|only|exclusive)\b.{0,100}",
                    "subscri"),
                    _pieced(r".{0,60}\b(?:you have|you've) (?:\d+|one|two|three) free (?:articles?|stories)\b"
                            r".{0,80}", "free article", "free stories"),
                    r"already a subscriber\?.{0,60}", r"log in to (?:continue|read).{0,60}",
                    r"this (?:article|content) is (?:for|only available to) subscribers.{0,60}",
                    _pieced(r".{0,80}\b(?:log in|sign in|register|create (?:a |an )?(?:free )?account|"
                    r"subscribe)\b.{0,60}"
                    r"\bto (?:continue|keep) reading\b.{0,60}", "to continue reading", "to keep reading"),
                    _pieced(r"(?:jetzt )?(?:abonnieren|abonnez-vous|suscríbete) (?:und|et|y) (?:weiterlesen|"
                            r"continuez|lisez la suite|sigue leyendo|seguir leyendo)\b.{0,150}",
                            "abonnieren und", "abonnez-vous et", "suscríbete y"),
                    _pieced(r".{0,120}\b(?:become a (?:member|subscriber)|subscribe now|"
                    r"start your (?:free )?trial)\b.{0,100}", "become a member", "become a subscriber",
                    "subscribe now", "start your trial", "start your free trial"),
                    _pieced(r".{0,40}\b(?:réservé aux abonnés|exclusivo para suscriptores|nur für abonnenten|"
                    r"weiterlesen mit)\b.{0,80}", "réservé aux abonnés", "exclusivo para suscriptores",
                    "nur für abonnenten", "weiterlesen mit"),
                    r"continue reading with a (?:free )?(?:account|subscription)\b.{0,40}",
                    r"cancel anytime\.?",
                    r"the rest of this (?:article|story) is (?:available|reserved) (?:to|for) "
                    r"(?:subscribers|members)\.?", r"déjà abonné\b.{0,40}",
                    r"(?:get|unlock|enjoy|gain) (?:\S+ ){0,3}access to\b"
                    r"(?=.{0,200}\b(?:subscri|member|premium))"
                    r".{0,120}\bfor (?:as little as|just|only)\b.{0,300}",
                    _pieced(r".{0,150}\b\d+ issues for (?:just |only )?[£$€]\s?[\d.,]+.{0,150}",
                            " issues for "),
                    r"if you (?:enjoyed|liked|value|appreciate) (?:this|our) (?:article|story|post|journalism"
                    r"|reporting|work)\b.{0,250}", r"subscribe (?:to|now|today)\b.{0,150}")),
    ("navigation", (r"(?:home|news|world|politics|business|sport|sports|opinion|startseite|inicio|accueil)"
                       r"(?:\s*[>|»/›]\s*[\w &–-]{1,30}){1,6}",
                       r"(?:skip to (?:main )?content|back to top|top of (?:the )?page|next article|"
                       r"previous article)",
                       r"(?:advertise with us|contact us|privacy policy|terms of (?:use|service))"
                       r"(?:\s*[|·•]\s*[\w &-]{1,30})*",
                       r"page \d+ of \d+", r"(?:next|previous|prev) page",
                       r"(?:open|close) (?:the )?menu", r"menu",
                       r"search", r"retour en haut(?: de (?:la )?page)?", r"volver (?:arriba|al inicio)",
                       r"nach oben", r"browse (?:all|more) [\w &-]{1,30}",
                       r"(?:see|view) all [\w &-]{1,30}",
                       r"load more|see all|view all|show more|(?:next|previous) (?:story|article)\W{0,3}",
                       r"continue to the next (?:article|story)", r"go to page \d+",
                       r"article suivant|article précédent|siguiente noticia|noticia anterior",
                       r"zum inhalt springen",
                       r"(?:tags?|topics|temas|themen|thèmes|tagged)\s*:\s*[\w ,.&'|·-]{1,150}",
                       r"(?:explore |see |find )?more (?:on|about) (?:these|this|the) topics?\s*:?.{0,150}",
                       _CRUMB,
                       r"(?:tags?|tagged|etiquetas|schlagwörter|mots-clés)\s*:?",
                       r"filed under\s*:.{1,150}", r"back to (?:gallery|home|article|the article)",
                       r"close|×|✕|voltar|indietro", r"\|?(?:\s*:?-{3,}:?\s*\|)+\s*:?-*:?",
                       r"[-–•*·]\s+(?-i:[a-z]+(?:-[a-z]+){2,})")),
    ("dateline", (r"\d+\s*(?:min|minute)s?\.?\s*(?:read|de lectura|de lecture|lesezeit)",
                     r"(?:(?:published|updated|posted|last updated|aktualisiert|actualizado|mis à jour)"
                     r"\s*:?\s*)?(?:\d+|an?|one)\s*(?:min(?:ute)?s?|hours?|hrs?|h|days?|weeks?)\s+ago",
                     r"(?:(?:published|updated|posted|aktualisiert|actualizado|mis à jour)\s*:?\s*)?"
                     r"(?:vor|hace|il y a) (?:\d+|einer?|una?) (?:minuten?|stunden?|tagen?|minutos?|horas?"
                     r"|días?|minutes?|heures?|jours?)",
                     r"(?:(?:published|updated|posted|aktualisiert|actualizado|mis à jour|publié le)"
                     r"\s*:?\s*)?\d{1,2}[./-]\d{1,2}[./-]\d{2,4}"
                     r"(?:\s*[,|·–-]?\s*(?:at |um |à |a las )?\d{1,2}[:.h]\d{2}"
                     r"(?:\s*(?:uhr|h|hrs|[ap]\.?m\.?))?(?:\s*[A-Z]{2,4})?)?",
                     r"(?:lesezeit|tiempo de lectura|temps de lecture|lecture|tempo de leitura"
                     r"|tempo di lettura"
                     r"|leestijd)\s*:?\s*\d+\s*min\w*\.?")),
    ("other", (r"join the (?:conversation|discussion|debate)\s*[:.!-]\s*.{1,200}",
               r"(?:got|have) a (?:news )?tip\?.{0,150}", r"send (?:your |us )?letters? to\b.{0,250}",
               r"live tv|watch live|zur startseite",
               r"(?:this )?(?:content|video|media) is (?:not|no longer) available\b.{0,160}",
               r"was this (?:article|story) (?:helpful|useful)\??.{0,60}",
               r"(?:comments?|leave a comment|join the conversation|show comments)"
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
                  r"artikel)?(?:\s*[-·|:(]?\s*\d+(?::\d\d)?\s*(?:min(?:ute)?s?|mins?)\.?\)?)?",
                  r"(?:this (?:article|story|post) is|comments (?:are|have been)) closed"
                  r"(?: (?:for|to|on) (?:comments?|this (?:article|story|post)))?\.?",
                  r"(?:license|licence|republish|reprint) this (?:article|story)",
                  r"(?:spotted|found|see|spot) an? (?:(?:spelling|grammatical|factual)(?: or \w+)? )?"
                  r"(?:error|mistake|typo)(?: in (?:our|this|the) (?:story|article))?\??\s*"
                  r"(?:report (?:it|a correction|an error|a typo)(?: here)?|let us know|tell us)?\.?",
                  r"our (?:editorial )?(?:standards|principles|charter)\s*[:|-]\s*.{1,150}",
                  r"(?:market )?data (?:provided|supplied|powered) by [\w .&'-]{1,40}\.?"
                  r"(?:\s*quotes? (?:are )?delayed\b.{0,60})?", r"(?:font|text) size.{0,30}",
                  r"rate this (?:article|story).{0,30}",
                  r"(?:this|the) (?:article|story) (?:was|has been) (?:automatically |"
                  r"machine[- ])?translated.{0,80}",
                  r"print(?: this)?(?: article| page)?", r"report (?:an |a )?(?:error|typo|correction)",
                  r"video player is loading\.?",
                  r"(?:this )?video (?:can ?not|cannot|could not) be played.{0,40}",
                  r"loading video\W{0,3}", r"comments are closed\.?", r"was this article helpful\??.{0,20}",
                  r"all rights reserved\.?", r"drucken|merken|enlarge this image|open gallery.{0,30}",
                  _EXTERNAL_LINKS,
                  r"this material may not be published, broadcast, rewritten,? or redistributed\.?",
                  r"audio version of this article\b.{0,60}", r"video|audio",
                  r"(?:an error (?:has )?occurred|something went wrong|oops)\W{1,3}(?:please )?"
                  r"(?:try again|reload|refresh)\b.{0,40}", r"an error (?:has )?occurred\W{0,3}",
                  r"this (?:copy|article|content) is for your personal,? non-?commercial use only\b.{0,300}",
                  r"(?:[-–•*·]\s*)?(?:order (?:a )?reprints?|reprints?(?: (?:&|and) permissions)?"
                  r"|print (?:this )?article)",
                  r"(?:this|the) (?:slideshow|video|page|site|content|feature|player) requires "
                  r"javascript.{0,80}",
                  r"(?:please )?(?:enable|turn on) javascript\b.{0,120}",
                  _WRITETHRU,
                  r"(?:post|add|write|leave) (?:a )?comments?(?: \(\+\))?",
                  r"thanks for (?:watching|reading)!?",
                  r"visit (?:the )?website|learn more|find out more|image")),
)

RULES: Final[tuple[tuple[str, re.Pattern[str]], ...]] = tuple((reason, _rx(*alts))
                                                              for reason, alts in _RULE_ALTS)
#: What case-insensitive matching takes for an ASCII letter but `str.lower()` does not turn into it
#: ("ı", "ſ"; "İ" lowers to "i" and U+0307): a line holding one may match without holding a piece,
#: so these open every `_ALT_GATES` gate.
_FOLDS = ("ı", "ſ", "\u0307")
#: Reasons whose patterns are tried only when the line holds one of their literal pieces (`_GATES`).
_GATED = frozenset({"sponsored", "newsletter", "cookie", "paywall"})
#: Pre-filter groups of the `_ALT_GATES` alternatives: their pieces, fold characters added.
_ALT_GROUPS = {f"alt:{k}:{n}": _ALT_GATES[alt] + _FOLDS for k, (_, alts) in enumerate(_RULE_ALTS)
               for n, alt in enumerate(alts) if alt in _ALT_GATES}


#: Patterns of one reason tried one by one (`_gated_table`).
_Tried = tuple[int, str, str, tuple[tuple[str, re.Pattern[str]], ...]]


def _gated_table(gated: bool) -> tuple[_Tried, ...]:
    """Patterns tried one by one, in `RULES` order: (place in `RULES`, reason, a pre-filter group,
    its patterns each with its own group); a pattern is tried when both groups are found. For
    `gated`, one entry per reason in `_GATED`: its gate, then its other alternatives together and
    each `_ALT_GATES` alternative alone; else one entry per `_ALT_GATES` alternative of the others."""
    out: list[_Tried] = []
    for k, (reason, alts) in enumerate(_RULE_ALTS):
        if (reason in _GATED) != gated:
            continue
        rest = [alt for alt in alts if alt not in _ALT_GATES]
        alone = [(f"alt:{k}:{n}", _rx(alt)) for n, alt in enumerate(alts) if alt in _ALT_GATES]
        if gated:
            gate = f"gate:{reason}"
            together = [(gate, _rx(*rest))] if rest else []
            out.append((k, reason, gate, tuple(together + alone)))
        else:
            out += [(k, reason, group, ((group, pattern),)) for group, pattern in alone]
    return tuple(out)


#: The `_ALT_GATES` alternatives of the ungated reasons, tried after their combined pattern.
_GATED_ALTS: Final = _gated_table(False)
#: The gated reasons' patterns, split by `_ALT_GATES`.
_GATED_RULES: Final = _gated_table(True)


@lru_cache(maxsize=512)
def _max_width(alternative: str) -> int:
    """The most characters `alternative` can match (huge when unbounded), from the regex parser."""
    try:
        parser = getattr(re, "_parser")  # noqa: B009 - private module, guarded: unknown means unbounded
        return int(parser.parse(alternative, _F).getwidth()[1])
    except Exception:  # any parser change: treat as unbounded (always tried)
        return 1 << 62


#: Line-length bands (stripped length) of the combined ungated pattern.
_BANDS: Final = (24, 48, 96, 160, 256, 400)


def _ungated_pattern(shortest: int, slashed: bool = True, first: str = "") -> re.Pattern[str]:
    """One pattern for all ungated reasons, each a named group in `RULES` order (so the first reason
    that matches wins, as in a loop over `RULES`), without the `_ALT_GATES` alternatives and
    keeping only alternatives that can match a
    stripped line longer than `shortest` characters (the rules match the whole line), unless
    `slashed` leaving out `_SLASHED_CREDIT`, and with a `first` character (a line's first, not a
    space) only the alternatives that can start with it."""
    groups = []
    for reason, alts in _RULE_ALTS:
        wide = [alt for alt in alts if _max_width(alt) > shortest and (slashed or alt != _SLASHED_CREDIT)
                and alt not in _ALT_GATES and (not first or _may_open(alt, first))]
        if reason not in _GATED and wide:
            groups.append(f"(?P<{reason}>" + "|".join(wide) + ")")
    if not groups:
        return _NEVER
    return _compiled(r"^\s*(?:" + "|".join(groups) + r")\s*$")


_NEVER: Final = re.compile(r"(?!)")


@lru_cache(maxsize=512)
def _compiled(source: str) -> re.Pattern[str]:
    """`source` compiled with the rule flags, once (many first characters share one alternative set)."""
    return re.compile(source, _F)


def _band_pattern(band: int, slashed: bool = True) -> re.Pattern[str]:
    """The ungated pattern of lines of length band `band` (stripped length in `_BANDS`) that open
    with a space."""
    return _opening_pattern("", slashed, band)


#: The ungated patterns built so far, one dictionary per length band and `slashed` (index
#: 2 * band + slashed), by first character ("" for any).
_PATTERNS: Final[list[dict[str, re.Pattern[str]]]] = [{} for _ in range(2 * len(_BANDS) + 2)]


def _opening_pattern(first: str, slashed: bool, band: int = 0) -> re.Pattern[str]:
    """The ungated pattern of lines that open with `first` (not a space; "" for any opening) whose
    stripped length is in `band` of `_BANDS`, built once."""
    cache = _PATTERNS[2 * band + slashed]
    pattern = cache.get(first)
    if pattern is None:
        pattern = cache[first] = _ungated_pattern(_BANDS[band - 1] if band else 0, slashed, first)
    return pattern


def _band_of(length: int) -> int:
    """`bisect_left(_BANDS, length)`: the length band of a stripped line of `length` characters."""
    band = 0
    for limit in _BANDS:
        if length <= limit:
            return band
        band += 1
    return band


def _may_open(alternative: str, char: str) -> bool:
    """Whether a match of `alternative` can start with `char` (True when the parser cannot tell)."""
    openers = _openers(alternative)
    return openers is None or any(opener.match(char) for opener in openers)


@lru_cache(maxsize=512)
def _openers(alternative: str) -> tuple[re.Pattern[str], ...] | None:
    """One single-character pattern per item that can consume the first character of a match of
    `alternative`, from the regex parser; None when unknown (a zero-width assertion, a match that
    can be empty, any parser change)."""
    try:
        parser = getattr(re, "_parser")  # noqa: B009 - private module, guarded: unknown means always tried
        parsed = parser.parse(alternative, _F)
        items = _opening_items(parser, list(parsed), parsed.state.flags)
        if items is None:
            return None
        compiler = getattr(re, "_compiler")  # noqa: B009
        return tuple(compiler.compile(parser.SubPattern(_state(parser, flags), [item]), flags)
                     for item, flags in items)
    except Exception:  # unknown: always tried
        return None


def _state(parser: Any, flags: int) -> Any:
    state = parser.State()
    state.flags = flags
    return state


def _opening_items(parser: Any, items: list[Any], flags: int) -> list[tuple[Any, int]] | None:
    """The single-character items (with their flags) that can open a match of the sequence `items`."""
    out: list[tuple[Any, int]] = []
    for op, av in items:
        opened = _item_openers(parser, op, av, flags)
        if opened is None:
            return None
        found, optional = opened
        out += found
        if not optional:
            return out
    return None  # the whole sequence can match nothing


def _item_openers(parser: Any, op: Any, av: Any, flags: int) -> tuple[list[tuple[Any, int]], bool] | None:
    """`_opening_items` of one item, and whether the item can match nothing."""
    names = parser  # opcodes are re-exported by the parser module
    if op in (names.LITERAL, names.NOT_LITERAL, names.IN, names.ANY):
        return [((op, av), flags)], False
    if op is names.SUBPATTERN:
        _, add, remove, inner = av
        found = _opening_items(parser, list(inner), (flags | add) & ~remove)
        return None if found is None else (found, False)
    if op is names.BRANCH:
        out: list[tuple[Any, int]] = []
        for alt in av[1]:
            found = _opening_items(parser, list(alt), flags)
            if found is None:
                return None
            out += found
        return out, False
    if op in (names.MAX_REPEAT, names.MIN_REPEAT, names.POSSESSIVE_REPEAT):
        found = _opening_items(parser, list(av[2]), flags)
        return None if found is None else (found, av[0] == 0)
    return None


def warm_up() -> None:
    """Compile the lazily built patterns now (once per worker) rather than on the first long line."""
    for band in range(len(_BANDS) + 1):
        _band_pattern(band, True)
        _band_pattern(band, False)
    for first in _USUAL_OPENERS:
        _opening_pattern(first, False)
        _opening_pattern(first, True)


#: The characters most lines open with (letters, digits, quotes, brackets, bullets, dashes): their
#: patterns are compiled with the worker rather than during its first articles, where the ~30 large
#: patterns otherwise cost ~0.2 s (a third of a first pass over the 174 AEB pages).
_USUAL_OPENERS = string.ascii_letters + string.digits + "\"'“‘„«([•·*#@|©>-–—"


def _ungated_reason(line: str, found: set[str]) -> str | None:
    """The first ungated reason whose pattern matches the line, in `RULES` order. A line that opens
    with a character other than a space is tried only on the alternatives that can start with it (far
    fewer than the length bands leave); one that opens with a space, on its length band's. The
    `_ALT_GATES` alternatives are tried after, when `found` holds their groups."""
    slashed = "/" in line or "|" in line
    first = line[:1]
    if first and not first.isspace():
        pattern = _opening_pattern(first, slashed)
    else:
        pattern = _opening_pattern("", slashed, _band_of(len(line.strip())))
    match = pattern.match(line)
    reason = match.lastgroup if match else None
    return _gated_alt_reason(line, found, reason) if found else reason


def _gated_alt_reason(line: str, found: set[str], first: str | None,
                      table: tuple[_Tried, ...] = _GATED_ALTS) -> str | None:
    """The reason of the first `table` pattern (both of whose groups are in `found`) that matches, if
    it comes before `first` in `RULES` order; else `first`."""
    before = _RULE_ORDER[first] if first is not None else len(RULES)
    for order, reason, gate, patterns in table:
        if order >= before:
            break
        if gate in found:
            for group, pattern in patterns:
                if group in found and pattern.match(line):
                    return reason
    return first


#: Every reason a shape rule can give, in a fixed order (the model's one-hot rule signals).
RULE_REASONS: Final[tuple[str, ...]] = tuple(dict.fromkeys([*(reason for reason, _ in RULES), "byline",
                                                             "dateline"]))

_BYLINE = re.compile(r"^\s*(?:(?:[Ww]ritten|[Rr]eported|[Pp]osted) [Bb]y\s*:?"
                     r"|(?:[Pp]or|[Bb]y)\s*/\s*(?:[Bb]y|[Pp]or)|[Bb]y|BY|[Vv]on|[Pp]or|[Pp]ar)\s+[A-Z][\w.'-]+(?:\s+[A-Z][\w.'-]+){0,3}"
                     r"(?:\s*(?:,|and|&|y|und|et)\s*[A-Z][\w.'-]+(?:\s+[A-Z][\w.'-]+){0,3})*"
                     r"(?:\s+in\s+[A-Z][\w.'-]+(?:\s+[A-Z][\w.'-]+){0,2})?"
                     r"(?:(?:\s*[,|·-]\s*|\s+(?=(?:published|updated|posted)\b)).{0,40})?\s*$")
_ROLE = (r"(?:(?:special|senior|chief|staff|foreign|political|economics|sports?|science|health|local|news|"
         r"deputy|business|culture|climate|technology|tech|education|transport|environment|crime|arts|"
         r"associate|our|contributing)\s+)*(?:correspondent|reporter|editor|writer|journalist|columnist|"
         r"contributor"
         r"|analyst|enviad[oa] especial|envoyée? spéciale?|korrespondent(?:in)?|redakteur(?:in)?|"
         r"corresponsal|"
         r"periodista|journaliste)")
_BYLINE_LEAD = re.compile(rf"^\s*(?:ein beitrag von|propos recueillis par|un artículo de"
                          rf"|about the author\s*:)"
                          rf"\s+{_NAME}\b.{{0,120}}$", re.I)
_BYLINE_ROLE: Final = re.compile(rf"^\s*{_NAME}\s*[,|–—-]\s*(?:[\w&'-]+\s+){{0,2}}{_ROLE}"
                                 rf"(?:\s+(?:in|at|en|à|für|for|de)\s+.{{1,40}})?\s*$", re.I)
#: Words that open a sentence but never a name: "But Trump has …, the columnist said" is no author bio.
_SENTENCE_OPENER = (r"(?!(?i:but|and|or|so|yet|this|that|these|those|then|when|while|if|as|in|on|at|for|"
                    r"after|before|since|though|although|because|meanwhile|however|now|here|there|it|he|she|"
                    r"they|we|his|her|their|our|its|what|why|how|who|last|next|one|some|many|most|all|both|"
                    r"each|every|no|not|even|still|also)\b)")
_BIO: Final = re.compile(rf"^\s*{_SENTENCE_OPENER}{_NAME}\s+(?:is|was|has been|has|writes|covers|"
                  rf"reports)\b.{{0,120}}\b(?i:correspondent|"
                  r"reporter|editor|writer|journalist|columnist|contributor|writes about|reported on|covered|"
                  r"based in)\b.{0,200}$")
#: "X covers state courts. Send tips to …": a beat line with the reporter's contact.
_BEAT: Final = re.compile(rf"^\s*{_SENTENCE_OPENER}{_NAME}\s+(?:covers|reports on|writes about)\b.{{0,200}}"
                          r"\b(?i:reach (?:him|her|them)|contact|e-?mail|send (?:tips|news tips|story ideas)"
                          r"|follow (?:him|her|them))\b.{0,160}$")
#: "Write to Jane Doe at jd@example.org", "Reach the reporters on Twitter at https://…", with what follows.
_CONTACT = re.compile(r"^\s*(?:write to|contact|e-?mail|reach)\s+(?:[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){0,3}|"
                      r"him|her|them|"
                      r"the (?:authors?|reporters?|writers?))\s+(?:on twitter\s+|by e-?mail\s+)?"
                      r"(?:at|on|via)\s+"
                      r"(?:\S+@\S+|@\w+|https?://(?:www\.)?(?:twitter|x)\.com/\S+)(?:\s.{0,200})?\s*$", re.I)
#: `_BYLINE`, `_CONTACT` or `_BYLINE_LEAD` (each with its own flags): one match call instead of three.
_BYLINE_ANY: Final = re.compile(rf"(?:{_BYLINE.pattern})|(?i:{_CONTACT.pattern})|(?i:{_BYLINE_LEAD.pattern})")
_DATELINE: Final = re.compile(r"^\s*(?:published|updated|posted|last updated)?\s*:?\s*"
                       r"(?:(?:mon|tue|wed|thu|fri|sat|sun)\w*,?\s+)?"
                       r"(?:\d{1,2}\s+\w{3,9}\.?\s+\d{4}|\w{3,9}\.?\s+\d{1,2},?\s+\d{4}|"
                       r"\d{4}-\d{2}-\d{2})(?:[\s,]+(?:at\s+)?\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?"
                       r"(?:\s*[A-Z]{2,4})?)?\s*$", _F)

#: "LYON, January 10, 2024", "GENEVA, 8 May 2024": a capitalised place name, then a date only.
_CITY_DATE: Final = re.compile(r"^\s*[A-ZÀ-Ý][A-ZÀ-Ý .'-]{1,30},\s+(?:\d{1,2}\s+[A-Za-z]{3,9}\.?,?\s+\d{4}"
                        r"|[A-Za-z]{3,9}\.?\s+\d{1,2},?\s+\d{4})\s*$")

_MONTHS = ("jan feb mar apr may jun jul aug sep sept oct nov dec january february march april june july "
           "august "
           "september october november december januar februar märz mai juni juli oktober dezember enero "
           "febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre diciembre "
           "janvier février fevrier mars avril mai juin juillet août aout septembre octobre novembre "
           "décembre janeiro fevereiro março maio junho julho setembro outubro novembro dezembro gennaio "
           "febbraio aprile maggio giugno luglio settembre ottobre dicembre ene abr ago dic janv févr avr "
           "juil déc mär okt dez")
_DATE_WORDS: Final = frozenset((_MONTHS + " mon tue wed thu fri sat sun monday tuesday wednesday thursday "
                          "friday "
                         "saturday sunday am pm at on de del le el am um the first published updated posted "
                         "last "
                         "modified actualizado actualizada publicado publicada mis à jour publié publie le "
                         "aktualisiert veröffentlicht stand min mins minute minutes read lesezeit lectura "
                         "lecture "
                         "temps tiempo de gmt utc bst est edt cet cest pst pdt cst cdt mst mdt pt et ct "
                         "mt ist aest "
                         "h hrs ago hours às alle ore "
                         "atualizado atualizada publicado aggiornato pubblicato feira segunda terça quarta "
                         "quinta sexta sábado domingo lunedì martedì mercoledì giovedì venerdì sabato "
                         "domenica").split())
#: Words that make a line a time stamp ("Updated at 1:23 p.m."); with one of them (or a month) the
#: a.m./p.m. letters count as date words, so a bare live-blog time ("4:14 p.m.") stays.
_STAMP_WORDS: Final = frozenset("published updated posted modified actualizado actualizada atualizado "
                         "atualizada "
                         "publicado publicada aggiornato pubblicato aktualisiert veröffentlicht "
                         "publié".split())
_MERIDIEM: Final = frozenset("a p m".split())
_DATE_SHAPE: Final = re.compile(r"\d{1,2}[:.]\d{2}|\b\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}\b")
_MONTH_SET: Final = frozenset(_MONTHS.split())
_WORDS: Final = re.compile(r"\w+")


def _plain_word(chunk: str) -> bool:
    """Whether a space-delimited chunk of a lower-cased line is one `_WORDS` token (letters and
    digits only) without a digit, and neither a date word nor a meridiem letter."""
    if not chunk.isalnum() or chunk in _DATE_WORDS or chunk in _MERIDIEM:
        return False
    return all(not char.isdigit() for char in chunk)


#: Most tokens of a date-only line: a published and an updated stamp with times ("Published June 12,
#: 2026 at 10:31 a.m. | Updated June 12, 2026 at 3:05 p.m." is 19).
_DATE_ONLY_TOKENS: Final = 24


#: A time of day alone, with its meridiem and zone at most.
_BARE_TIME: Final = re.compile(r"\s*\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:[a-z]{1,4})?\s*$")


def _date_only(line: str) -> bool:
    """A line made only of a date, a time and dateline words ("First published on 11 Dec 2024",
    "24 Feb 2023 | 5 min read"): every word is a number, a month or weekday, or a dateline word."""
    low = line.lower()
    for chunk in low.split():
        if _plain_word(chunk):
            return False  # a word without digits that is no date word: the token test fails on it too
    if _BARE_TIME.match(low):
        return False  # a live page's entry stamp ("9:42 PM"), which the writers keep with its entry
    toks = _WORDS.findall(low)
    if not 3 <= len(toks) <= _DATE_ONLY_TOKENS or not any(map(str.isdigit, line)):
        return False
    # most lines fail on an ordinary word: test that before the time-stamp words that allow "a"/"p"/"m"
    if not all(t in _DATE_WORDS or t in _MERIDIEM or any(map(str.isdigit, t)) for t in toks):
        return False
    stamp = any(t in _STAMP_WORDS or t in _MONTH_SET for t in toks)
    if not stamp and any(t in _MERIDIEM and t not in _DATE_WORDS for t in toks):
        return False  # "a"/"p"/"m" (no digits) count only beside a time-stamp word or a month
    if any(t in _MONTH_SET for t in toks):
        return True
    return _DATE_SHAPE.search(line) is not None and not all(t.isdigit() for t in toks)


#: Substrings (of the lower-cased line) without which a reason's pattern cannot match: a cheap
#: test that skips the slow leading-wildcard patterns on ordinary article sentences.
_GATES: dict[str, tuple[str, ...]] = {
    "sponsored": ("sponsor", "promoted", "paid", "partner", "gesponsert", "patrocinado", "publireportage",
                  "affiliate", "we may", "we might", "presented by", "brought to you", "colaboración",
                  "zusammenarbeit", "advertorial", "kooperation", "provision", "if you buy",
                  "if you purchase", "if you click", "if you shop"),
    "newsletter": ("newsletter", "suscr", "abonnez", "inscrivez", "inbox", "sign up", "signing up",
                   "download",
                   "subscrib", "recevez", "recibe", "mail", "miss out", "readers"),
    "cookie": ("cookie", "got it", "agree", "accept", "reject", "allow", "manage", "refuse", "privacy",
               "akzeptieren", "ablehnen", "aceptar", "rechazar", "accepter", "refuser", "customi",
               "we and our"),
    "paywall": ("subscri", "free", "log in", "continue reading", "keep reading", "member", "trial",
                "abonnieren und", "abonnez-vous et", "suscríbete y",
                "abonnés", "suscriptores", "abonnenten", "weiterlesen", "cancel anytime", "abonné",
                "as little as", "issues for", "if you enjoyed", "if you liked", "if you value",
                "if you appreciate", "for just", "for only"),
}


#: Labels that mark a headline as a link ("… [VIDEO]", "… (Photos)").
_LINK_LABELS = ("video", "photos", "gallery", "pictures", "pics", "insight", "reaction", "analysis", "latest",
                "poll", "quiz", "watch", "listen", "audio")
#: Labels of a link to a related story, in en/de/es/fr (`_EXTRA`).
_RELATED_LABELS = ("read also", "also see", "read this next", "more coverage", "in case you missed it",
                   "icymi", "you might also be interested in", "you may also be interested in",
                   "lesen sie auch", "auch interessant", "ebenfalls interessant", "passend dazu",
                   "siehe auch", "lesetipp", "mehr dazu", "das könnte sie interessieren",
                   "das könnte sie auch interessieren", "también te puede interesar", "te puede interesar",
                   "le puede interesar", "lee también", "lea también", "mirá también", "mira también",
                   "ver también", "te recomendamos", "le recomendamos", "quizás te interese",
                   "à lire également", "lire également", "à lire aussi", "lire aussi", "à voir aussi",
                   "voir aussi", "à voir également", "ça peut vous intéresser", "vous aimerez aussi",
                   "à ne pas manquer")
#: A name of two to four capitalised words (hyphens allowed) and nothing after it: a byline's author.
_CAP_NAME = r"(?-i:[A-ZÀ-Ý][\w'’.-]+(?:[\s-]+[A-ZÀ-Ý][\w'’.-]+){1,3})"
#: Literal pieces of the sponsor labels and credit lines (`_EXTRA`).
_SPONSOR_PIECES = ("ad", "anzeige", "werbung", "publici", "annonce", "pub", "gesponsert", "sponsor",
                   "patrocinado", "promot", "paid", "advertorial", "partner", "pagado", "bezahlt", "payé",
                   "financé", "present", "präsentiert", "présenté", "underwritten", "brought to you",
                   "supported", "powered", "marketed", "authori", "autoris", "autoriz", "association",
                   "press release", "colaboración")
#: Share-bar buttons that stand alone on a line (`_EXTRA`).
_LONE_PLATFORMS = ("facebook", "twitter", "linkedin", "whatsapp", "pinterest", "reddit", "telegram",
                   "bluesky", "flipboard", "e-mail", "email")
#: Labels of a site footer's contact block (`_EXTRA`): two of them in one line mark it.
_FOOTER_LABELS = ("cnpj", "cep:", "fone", "tel:", "tel.", "phone:", "fax", "caixa postal", "p.o. box",
                  "telefon", "tél")
_FOOTER = r"(?:cnpj|cep|fone|tel|phone|fax|caixa postal|p\.o\. box|telefon|tél)"

#: A place name: capitalised words, commas between its parts ("Columbia, S.C.", "Dubai, United Arab
#: Emirates").
_PLACE = r"(?-i:[A-Z][\w.'’-]*(?:,?\s+(?:[A-Z][\w.'’-]*|de|del|la|le|am|upon))*)"
_FULL_DATE = (r"(?:mon|tues|wednes|thurs|fri|satur|sun)day,\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct"
              r"|nov|dec)[a-z]*\.?\s+\d{1,2},\s+\d{4}")

#: Patterns with a leading wildcard, each tried only on lines holding one of its literal pieces
#: (pre-filter group "extra:<k>"): (reason, pieces, pattern).
_EXTRA: Final[tuple[tuple[str, tuple[str, ...], re.Pattern[str]], ...]] = (
    ("credit", ("contributed",),
     _rx(r".{1,200}\bcontributed (?:reporting|to this (?:report|story|article))(?: from [^.]{1,60})?\.?")),
    ("credit", ("issn",), _rx(r".{0,80}\bissn\s*:?\s*\d{4}-?\d{3}[\dx]\b.{0,40}")),
    ("other", ("moderat", "reviewed before", "note:", "nota:", "atenção", "atencao", "attention", "hinweis",
               "important", "aviso"),
     _rx(r"(?:note|nota|atenção|atencao|attention|please note|hinweis|importante?|aviso)\s*:.{0,200}"
         r"\b(?:comments?|comentários?|comentarios?|commentaires?|kommentare?)\b.{0,250}",
         r".{0,60}\b(?:we|our moderators?)\b.{0,40}\bmoderat\w*\b.{0,40}\bcomments?\b.{0,150}",
         r".{0,40}\b(?:your comment|comments) (?:is|are|will be) (?:moderated|held for moderation"
         r"|reviewed before)\b.{0,150}")),
    ("other", ("[/",), _rx(r".{0,300}\[/[a-z_]{2,20}\].{0,300}")),
    # the reader invited to comment ("Do you live in X? Tell us what you think in the comments below")
    ("other", ("comments below", "in the comments", "comment below"),
     _rx(r".{0,100}\b(?:tell us|let us know|share your (?:views|thoughts)|have your say)\b.{0,80}"
         r"\bcomments?(?: section)? below\b.{0,40}",
         r".{0,100}\b(?:tell us|let us know|share your (?:views|thoughts)|have your say)\b.{0,60}"
         r"\bin the comments\b.{0,40}")),
    # advice disclaimers of finance and health pages
    ("other", ("general information only", "not financial advice", "not investment advice",
               "not medical advice", "not intended as", "does not constitute"),
     _rx(r".{0,80}\b(?:is|are|contains|provides) general information only\b.{0,250}",
         r"(?:this|the|our|these|all|such|any|nothing)\b[^,]{0,80}\b(?:is|are|does|do|should|constitutes?)\s+"
         r"not\b[^,]{0,30}\b(?:financial|investment|medical|legal|tax) advice\b.{0,200}")),
    ("social", (".com/",), _rx(r"(?:https?://)?(?:www\.)?(?:twitter|x|facebook|instagram|tiktok|linkedin)\.com/\S+")),
    ("other", ("://", "www."), _rx(r"[\w .&'-]{1,30}\s*:\s*(?:https?://|www\.)\S+")),
    ("other", ("clicking here", "tapping here"), _rx(r"[^.]{1,80}\bby (?:clicking|tapping) here\W{0,3}")),
    # a site footer: address, company number and phone in one line ("Rua X, 11 - CEP … - Fone: …")
    ("other", _FOOTER_LABELS,
     _rx(rf"(?=(?:.*?\s[-|·•]\s){{2}}).{{0,200}}\b{_FOOTER}\b.{{0,200}}\b{_FOOTER}\b.{{0,200}}")),
    # an author's promotion at the end of a piece ("… is out now. Follow him on Twitter @x."): the
    # imperative opening a sentence, not "millions follow her on Instagram"
    ("social", ("follow him", "follow her", "follow them", "follow me", "follow us"),
     _rx(rf"(?:.{{0,300}}[.!?]\s+)?follow (?:him|her|them|me|us)\b[^.]{{0,30}}\bon {_PLATFORM}\b.{{0,150}}")),
    # a link to another story, labelled by its medium or kind ("… Review [Video]", "… [INSIGHT]")
    ("related", tuple(f"{a}{label}{b}" for label in _LINK_LABELS for a, b in ("[]", "()")),
     _rx(rf"[^.!?]{{5,150}}\s[\[(](?:{'|'.join(_LINK_LABELS)})[\])]\s*\|?")),
    # an agency photo caption: what is shown, the place and the full date, weekday included ("…,
    # Tuesday, Nov. 19, 2019, in Columbia, S.C."), ending the line; news prose names the weekday
    # or the date, not both
    ("caption", tuple(f"{day}day," for day in ("mon", "tues", "wednes", "thurs", "fri", "satur", "sun")),
     _rx(rf"[^\"“”]{{10,300}}\bin {_PLACE},?(?:\s+on)?\s+{_FULL_DATE}\.",
         rf"[^\"“”]{{10,300}}\b{_FULL_DATE},?\s+in\s+{_PLACE}\.?")),
    # a shop's price box: "£149 at ToolDepot", "Pulsar Watch 3 ab 249 € bei Techmarkt", "$899 at Voltmart
    # (was $1,299)"; a price in prose is followed by more than a shop's name
    ("ad", ("$", "£", "€", "euro"),
     _rx(r"(?:[^\s.!?]+ ){0,8}?(?:[–:-] |ab |from )?(?:[$£€]\s?\d[\d,.]*|\d[\d,.]*\s?(?:€|euros?))"
         r"(?: \([^)]{1,30}\))? (?:at|bei|chez|en) (?-i:[A-Z][\w&.'’-]*)(?: (?-i:[A-Z][\w&.'’-]*)){0,2}"
         r"(?: \([^)]{1,30}\))?")),
    # a shop button: "Check price", "View at Amazon", "Zum Angebot"
    ("ad", ("buy ", "shop ", "price", "deal", "offer", "view at", "see at", "check ", "angebot", "oferta",
            "l'offre", "kaufen", "comprar"),
     _rx(r"(?:buy|shop) now|check (?:the )?price|see (?:the )?price|view (?:deal|offer|price)"
         r"|see (?:deal|offer)|get (?:the|this) deal"
         r"|(?:check|view|see|buy|shop) (?:at|on) (?-i:[A-Z][\w&.'’-]*)(?: [\w&.'’-]+)?"
         r"|check (?-i:[A-Z][\w&.'’-]*)|zum angebot|ver oferta|voir l'offre|jetzt kaufen|comprar ahora")),
    ("other", ("recipe", "stars"),
     _rx(r"(?:print|jump to|save|pin) (?:the |this )?recipe|rating: \d(?:\.\d)? out of \d stars?")),
    # a related-story label in en/de/es/fr, alone or before the headline it links ("Te puede interesar:
    # …", "À lire également", "Ebenfalls interessant")
    ("related", (*_RELATED_LABELS, "weitere ", "plus lus", "plus populaires", "plus partagés",
                 "plus commentés", "related ", "read more ", "à la une"),
     _rx(rf"(?:{'|'.join(_RELATED_LABELS)})\s*(?:[:|»›>-]\s*.{{1,200}}|\.{{2,}}|…)?",
         r"weitere (?:artikel|nachrichten|meldungen|beiträge|themen|news"
         r"|\w+(?:nachrichten|meldungen|artikel))\b.{0,40}",
         r"les (?:articles |infos |actualités )?(?:les )?plus (?:lus|populaires|partagés|commentés)",
         r"related (?:guides?|videos?|topics?|reading|articles?|stories|posts?|content|coverage|links|news"
         r"|podcasts?)\s*:?", r"read more (?:on|about) [^.!?]{1,60}", r"à la une")),
    # comment, share and like counters ("1.2k shares", "Kommentare (62)") and comment prompts, share
    # and save buttons, a lone platform name (a share bar's button), in en/de/es/fr
    ("social", ("komment", "comment", "coment", "reacci", "réacti", "reaction", "réagir", " share", " like"),
     _rx(r"(?:kommentare|commentaires|comentarios|comentários|commenti|comments|reactions|réactions|reacciones"
         r"|réagir|view comments|voir les commentaires|ver comentarios)\s*\(\d[\d,.]*\)",
         r"\d[\d,.]*k?\s+(?:kommentare?|commentaires?|comentarios?|comentários?|commenti|réactions?|reacciones"
         r"|reactions|comments?|shares?|likes?)(?:\s*[—–-]\s*.{1,40})?",
         r"(?:(?:laisser|laissez|écrire|ecrire) un commentaire|deja (?:un|tu) comentario|dejá tu comentario"
         r"|kommentar (?:hinterlassen|schreiben)|jetzt kommentieren|(?:leave|post|add|write) a comment"
         r"|join the (?:debate|discussion|conversation)\b.{0,40}|comment below\b.{0,40})\W{0,3}")),
    ("social", ("copy link", "link kopieren", "copier le lien", "copiar enlace", "pin it", "pinterest",
                "pin this", "share ", "compart", "partag", "teilen sie", "tag us", "follow our", "síganos",
                "siganos", "seguinos", "seguínos"),
     _rx(r"(?:copy link|link kopieren|copier le lien|copiar enlace|pin it(?: for later)?|save to pinterest"
         r"|pin this (?:recipe|post|article|image)(?: for later)?)\W{0,4}(?:\s*[·|]\s*\w+){0,3}",
         r"(?:share|comparte|compartí|compartir|partagez|partager|teilen sie) (?:this|esta|este|cette|cet|ce"
         r"|diesen|diese|dieses) [\w-]+(?: [\w-]+)?(?: with (?:a friend|your friends|friends"
         r"|family))?\W{0,4}",
         r"compartir en (?:redes sociales|facebook|twitter|whatsapp)",
         r".{0,60}\btag us\b.{0,80}",
         rf"follow our [^.]{{1,40}} on {_PLATFORM}\b.{{0,60}}",
         r"(?:síganos|siganos|seguinos|seguínos)\b.{0,80}")),
    ("social", _LONE_PLATFORMS, _rx("|".join(_LONE_PLATFORMS))),
    # a breadcrumb trail: "Wirtschaft › Unternehmen", "Sleep / Sleep Disorders / Sleep Apnea"
    ("navigation", ("›", "»", " / ", " > "),
     _rx(r"\w[\w &'’.,-]{0,30}(?:\s+[›»]\s+\w[\w &'’.,-]{0,30}){1,5}",
         r"(?-i:[A-ZÀ-Ý])[\w'’.-]*(?: [\w'’.-]+){0,3}(?:\s+[/>]\s+(?-i:[A-ZÀ-Ý])[\w'’.-]*(?: [\w'’.-]+){0,3})"
         r"{2,5}")),
    # app, push-alert, e-mail and podcast prompts in en/de/es/fr
    ("newsletter", ("push", "notification", "benachrichtigung", "mitteilung", "notificacion", "alertes"),
     _rx(r".{0,100}\b(?:turn on|enable|allow|activate|aktivieren sie|activez|activa|activá)\b.{0,30}"
         r"\b(?:push|notifications?|benachrichtigungen|mitteilungen|notificaciones|alertes)\b.{0,80}",
         r".{0,60}\b(?:push[- ]?(?:benachrichtigungen|mitteilungen|nachrichten|notifications?|alerts?)"
         r"|notifications? push)\b.{0,20}\b(?:aktivieren|activer|activar|einschalten)\b.{0,40}")),
    ("newsletter", ("app", "correo", "mail", "adresse", "get our", "podcasts", "spotify"),
     _rx(r"(?:[^.:?]{1,60}[:?]\s*)?(?:download|get|holen sie sich|laden sie|téléchargez|descarga|descargue"
         r"|descargá|baja) (?:the |our |die |l'|la |nuestra |notre |unsere )?.{0,40}\b(?:app|application"
         r"|aplicación)\b.{0,100}",
         r"(?:escriba|introduzca|introduce|ingresa|ingrese|entrez|saisissez|geben sie) (?:su|tu|votre|ihre)"
         r" (?:correo(?: electrónico)?|e-?mail|adresse e-?mail|e-mail-adresse).{0,40}",
         r"(?:[^.:]{1,60}:\s*)?get our .{0,40}\b(?:e-?mails?|alerts|bulletin|digest|briefing)\b.{0,80}",
         r".{0,200}\b(?:listen|available|subscribe|hören|écoutez|escucha)\b.{0,60}\b(?:apple podcasts|spotify"
         r"|google podcasts|wherever you get your podcasts)\b.{0,60}")),
    ("paywall", ("upgrade to",), _rx(r"upgrade to (?:paid|premium)(?: subscription)?\W{0,2}")),
    # a sponsor's label or credit line: "Ad · Kestrel Mobile", "MaisonClair | Sponsorisé", "Pagado por …",
    # "Authorised by R. Dunning, …" (an election advert's authorisation), "Präsentiert von …"
    ("sponsored", _SPONSOR_PIECES,
     _rx(r"(?:ad|anzeige|werbung|publicidad|publicité|annonce|pub|gesponsert|sponsorisé|sponsored|patrocinado"
         r"|promoted|paid partnership|paid promotion|advertorial|partner content|contenido patrocinado"
         r"|contenu sponsorisé)\s*[·|•–—:-]\s*.{1,300}",
         r".{1,60}\s*[·|•–—]\s*(?:ad|anzeige|werbung|publicidad|publicité|annonce|gesponsert|sponsorisé|sponsored"
         r"|patrocinado|promoted)\.?",
         r"(?:ad|paid for|paid|pagado|bezahlt|payé|financé) (?:by|por|von|par)\b:?.{1,120}",
         # verbs that news prose uses too: a name must follow, and no clause after a comma
         r"(?:presented|präsentiert|présenté|presentado|underwritten|brought to you|sponsored|supported"
         r"|powered|marketed|patrocinado) (?:by|por|von|par):?(?-i:\s+[A-ZÀ-Ý0-9])"
         r"(?:(?!,\s+(?-i:[a-z])).){0,119}",
         r"(?:authori[sz]ed|autorisé|autorizado) (?:by|par|por)\b.{1,160}",
         r"(?:in (?:association|partnership) with|headline sponsor\s*:|official partner|partenaire officiel"
         r"|en colaboración con)\b.{1,80}",
         r"promoted stories|paid promotion|sponsored q&a|contenus? sponsorisés?|press release"
         r"|gesponserte inhalte", r"annonce (?:financée|payée) par\b.{1,100}")),
    # a metered paywall's notice, in en/de/es/fr: free articles used up, "Already a subscriber?", a
    # subscription price
    ("paywall", ("free", "kostenlos", "gratuit", "gratis", "subscri", "abonn", "suscri", "premium", "member",
                 "register", "support", "seguir leyendo", "lire la suite", "weiterzulesen", "keep reading",
                 "continue reading", "i'll give"),
     _rx(r".{0,40}\b(?:you(?:'ve| have)? (?:read|reached)|sie haben|llegaste|has llegado"
         r"|vous avez (?:lu|atteint))"
         r"\b.{0,60}\b(?:free|kostenlos\w*|gratuit\w*|gratis)\b.{0,60}",
         r".{0,40}\b\d+ (?:of|von|de|sur) \d+ (?:free|kostenlos\w*|gratuit\w*) .{0,60}",
         r"(?:this|the) (?:article|story|content) is (?:reserved for|free to read for|only for"
         r"|available (?:only )?"
         r"to) (?:subscribers|registered users|members|premium members)\b.{0,40}",
         r"this is an? (?:premium|subscriber[- ]only|exclusive) (?:article|story)\W{0,2}",
         r"(?:already a (?:paid )?(?:subscriber|member)\?|sie sind bereits abonnent(?:in)?\?|déjà abonné\s?\?"
         r"|¿ya (?:eres|sos) suscriptor\?).{0,40}",
         r"(?:para seguir leyendo|pour lire la suite|um weiterzulesen|to keep reading"
         r"|to continue reading)\b.{1,120}",
         r"(?:suscribite|suscríbete|abonnez-vous|jetzt abonnieren|abonnieren sie)\b.{0,120}\b(?:desde|ab|dès"
         r"|à partir de|por|für|pour)\b.{0,80}",
         r"(?:support (?:science|local|independent|quality|our) (?:journalism|news|reporting)|register now"
         r"|yes, i'll give)\W{0,2}")),
    # a consent banner's buttons and its personal-data notice
    ("cookie", ("zustimmen", "akzeptieren", "einverstanden", "accept", "aceptar", "consent", "agree",
                "personenbezogene", "données personnelles", "datos personales", "personal data"),
     _rx(r"(?:zustimmen|akzeptieren(?: und weiter)?|einverstanden|accept(?:er)?(?: and continue"
         r"| et continuer)?"
         r"|aceptar y continuar|agree and close)\W{0,2}",
         r".{0,60}\b(?:personenbezogene daten|données personnelles|datos personales|personal data)\b.{0,60}"
         r"\b(?:einwilligung|consentement|consentimiento|consent|widerrufen|retirer)\b.{0,120}")),
    # a byline in other words: "Column by …", "Autorin: …", "Sports Desk", "… | Reportera", "Staff Reporter"
    ("byline", ("by", "von", "de", "par", "por", "autor", "author", "auteur", "redakt", "report",
                "journalist", "text", "desk", "staff", "newsroom", "rédaction", "redacción", "correspondent",
                "periodista", "analyst", "columnist", "editor"),
     _rx(rf"(?:column|story|text|words|reviewed|tested|interview|analysis|commentary|photos and text|report"
         rf"|ein test|ein kommentar|ein bericht|eine analyse|un reportage|une chronique|una columna"
         rf"|un análisis)"
         rf"\s+(?:by|von|de|par|por)\s*:?\s*{_CAP_NAME}",
         rf"(?:by|von|por|par|autor(?:in)?|author|auteur|autora|redakteur(?:in)?|reporter(?:in|a)?|journaliste"
         rf"|text|texte|texto)\s*:\s*{_CAP_NAME}",
         r"(?:[\w&.'-]+ ){0,3}(?:desk|staff reporter|staff writer|newsroom|redaktion|rédaction|redacción)",
         r"(?:[\w&.'-]+ ){0,3}(?:reporter|correspondent|journaliste|periodista|redakteur|redakteurin|analyst"
         r"|columnist)",
         rf"{_CAP_NAME}\s*[|·,]\s*(?:reporter(?:a)?|journalist(?:e|in)?|periodista|redakteur(?:in)?"
         rf"|correspondent|editor|columnist|staff writer)")),
    # a photo's or chart's credit in other words: "Gazette file photo", "(AAP: Daniel Ruskin)",
    # "(Éric Côté/Northwoods Current)", "Chart: …", agency initials "(arp/jmv)"
    ("credit", ("photo", "image", "picture", "(", "artwork", "chart", "graphic", "map", "illustration",
                "data", "grafik", "karte", "gráfico", "infografía", "carte"),
     _rx(r"(?:[\w.'’-]+ ){0,2}file (?:photo|image|picture)|(?:[\w.'’-]+ )?photo(?: by [\w .'’-]{1,40})?"
         r"|photo\s*\|\s*file",
         r"\((?-i:[A-Z]{2,5}: )?[\w '’-]{2,40}(?: ?/ ?[\w '’-]{2,40})?\)", r"\([a-z]{2,4}(?:/[a-z]{2,4})+\)",
         r"(?:artwork|chart|graphic|map|illustration|data|grafik|karte|gráfico|infografía|carte|all photos"
         r"|photos)\s*:\s*.{1,100}",
         r"\((?:submitted by|courtesy of|supplied by|with agency inputs?)\b.{0,60}\)")),
    # a dateline on its own line: "DAKAR —", "Madrid, 16 February 2026", "Sevilla, 01/03/2026 - 09:12h",
    # "Veröffentlicht am 14.05.2026 um 16:42 Uhr"
    ("dateline", ("—", "–", "-", "20", "19", "published", "veröffentlicht", "publié", "publicado",
                  "actualización", "aktualisiert"),
     _rx(r"(?-i:[A-ZÀ-Ý][A-ZÀ-Ý .'’-]{2,40})(?:,\s*[\w .]{2,30})?\s*(?:—|–|-|\.-)",
         r"(?-i:[A-ZÀ-Ý])[\w .'’-]{1,40}\s*[,·|—–-]\s*(?:\d{1,2}\.? (?:de )?[a-zé]+\.? (?:de )?\d{4}"
         r"|\d{1,2}/\d{1,2}/\d{4}|[a-z]+ \d{1,2},? \d{4}|(?:sun|mon|tues|wednes|thurs|fri|satur)day, \d{1,2}"
         r" [a-z]+ \d{4})(?:\s*[-–,]\s*\d{1,2}[:.]\d{2}\s*h?)?",
         r"(?:published|veröffentlicht(?: am)?|publié le|publicado(?: el)?|última actualización"
         r"|aktualisiert(?: am)?)\s*:?\s*.{1,60}")),
    # a topic list or a two-level breadcrumb: "Schlagworte: Inflation · EZB", "Environment > Amazon"
    ("navigation", ("schlagw", "stichworte", "sujets associés", "mots-clés", "archivado en", "etiquetas",
                    "palabras clave", " > ", " / "),
     _rx(r"(?:schlagworte|schlagwörter|stichworte|sujets associés|mots-clés|archivado en|etiquetas"
         r"|palabras clave)\s*:\s*.{1,200}",
         # (not a bilingual byline label, "Por / By …")
         r"(?!.*\b(?:by|por|von|par)\b)(?-i:[A-ZÀ-Ý])[\w'’&.-]*(?: [\w'’&.-]+){0,2}\s+[>/]\s+(?-i:[A-ZÀ-Ý])"
         r"[\w'’&.-]*(?: [\w'’&.-]+){0,2}(?<!\.)")),
    # newsletter buttons, sign-off prompts and inbox pitches in en/de/es/fr
    ("newsletter", ("abonn", "inscri", "suscri", "anmelden", "not now", "email", "e-mail",
                    "thanks for reading", "danke fürs lesen", "gracias por leer", "merci de", "inbox",
                    "postfach", "boîte", "correo", "whatsapp", "telegram"),
     _rx(r"(?:je m'abonne|je m'inscris|suscribirse|suscríbase aquí|kostenlos (?:anmelden|abonnieren)"
         r"|jetzt (?:anmelden|abonnieren)|pressemappe abonnieren|not now|type your email\W*|adresse e-?mail"
         r"|e-mail-adresse(?: eingeben)?)\W{0,3}",
         r"(?:thanks for reading|danke fürs lesen(?: von)?|gracias por leer|merci de (?:lire|votre lecture))"
         r"\b.{0,150}",
         r".{0,150}\b(?:subscribe (?:for )?free|kostenlos abonnieren)\b.{0,150}",
         r"(?:get|have|receive|reciba|recibe|erhalten sie|recevez|sign up|subscribe)\b.{0,120}"
         r"\b(?:in your inbox|in ihrem postfach|in ihr postfach|dans votre boîte (?:mail|de réception)"
         r"|en (?:su|tu) correo)\b.{0,100}",
         r".{0,120}\b(?:delivered (?:straight )?to your inbox|lands in inboxes)\b.{0,100}",
         r".{0,80}\b(?:join|rejoignez|únete|tritt)\b.{0,40}\b(?:(?:whatsapp|telegram)"
         r" (?:channel|chaîne|canal|kanal)|(?:channel|chaîne|canal|kanal) (?:whatsapp|telegram))\b.{0,80}",
         r".{0,60}\bon whatsapp\b.{0,40}\b(?:tap|click) here\b.{0,30}")),
    # consent-banner buttons and notices in en/de/es/fr
    ("cookie", ("refuser", "rechazar", "ablehnen", "en savoir plus", "mehr erfahren", "manage preferences",
                "cookies", "reject all", "témoins", "partner"),
     _rx(r"(?:refuser|rechazar|ablehnen|en savoir plus|mehr erfahren|accept(?: all)? manage preferences"
         r"|aceptar cookies|accept cookies|reject all)",
         r"(?:ce site|this site|este sitio|diese (?:web)?seite)\s+(?:web\s+)?"
         r"(?:utilise|uses|usa|utiliza|verwendet|nutzt)\s+(?:des\s+)?(?:cookies|témoins)\b.{0,250}",
         r"(?:we value your privacy\.?\s*|your privacy choices:\s*)?(?:we|wir) (?:and|und)"
         r" (?:our |unsere )?\d+ (?:partners|partner)\b.{0,300}")),
    # publisher furniture: a syndication note, a tip line's address, a language switch, a print button,
    # a video player's messages, a price ticker, "ohne Gewähr", an external-content placeholder, a
    # listen button, a licence or citation prompt, a helpline footer
    ("other", ("edited by", "tip@", "tips@", "read", "leer", "lire", "lesen", "version", "español",
               "english", "imprim", "drucken", "print", "autoplay", "caption", "dialog", "vidéo", "video",
               "▲", "▼", "gewähr", "extern", "anhören", "escuchar", "écouter", "to read", "creative commons",
               "cite this", "affected by"),
     _rx(r".{0,40}\bhas not been edited by\b.{0,80}\bstaff\b.{0,160}",
         r".{0,200}\btips?@[\w.-]+.{0,200}",
         r"(?:read|leer|lire|lesen sie)(?: this| este| cet| diesen)?(?: article| artículo| artikel| story)?"
         r" (?:in|en|auf) (?:english|español|spanish|french|français|deutsch|german|inglés|anglais"
         r"|englisch)\.?",
         r"version française|english version|versión en español|deutsche version|en español|in english",
         r"imprimer|imprimir|drucken|print this (?:page|article|story)",
         r"autoplay is paused\.? click to unmute\.?|closed captioning(?: is not available for this video\.?)?"
         r"|beginning of dialog window\..{0,80}|end of dialog window\.?"
         r"|la lecture de la vidéo débutera dans \d+ secondes?|dieses video ist in ihrem land (?:leider )?"
         r"nicht verfügbar\.?|this video is not available in your (?:country|region)\.?",
         r"(?:.{0,40}[▲▼]\s?[\d.,]+\s?%){2,}.{0,40}", r".{0,80}\bohne gewähr\b.{0,80}",
         r".{0,40}\b(?:an dieser stelle|hier) (?:finden sie|ist|befindet sich) (?:einen|ein)"
         r" externe[nr]? inhalt.{0,200}",
         r".{0,80}\bexterne inhalte? (?:anzeigen|laden|aktivieren)\b.{0,150}",
         r"(?:artikel anhören|escuchar (?:este )?artículo|écouter (?:cet )?article)\b.{0,30}",
         r"\d+\s*mins? to read", r"creative commons licen[cs]e\s*:.{0,300}",
         r"cite this (?:article|story|commentary|page|post|report)",
         r"if you have been affected by (?:any of )?(?:the )?(?:issues|topics)"
         r" (?:raised|in|discussed)\b.{0,250}")),
    # a gallery link, a live-stream banner, a yes/no vote button pair
    ("other", ("galerie", "gallery", "galería", "live", "en vivo", "en direct", "yes", "ja", "oui", "sí"),
     _rx(r"(?:zur bildergalerie|zur galerie|to the gallery|view (?:the )?gallery|voir la galerie|ver galería)"
         r"\b.{0,40}",
         r"\W{0,3}(?:watch live|live stream|en vivo|en direct|jetzt live)\s*[:|-]\s*.{1,100}",
         r"\W{0,3}(?:yes|ja|oui|sí)\s*\W{0,3}\s*(?:no|nein|non)")),
    # page furniture of embeds and press releases: an error-report prompt, an embedded post's label,
    # a video player's clock, a press contact, a press release's legal heading
    ("other", ("fehler gefunden", "instagram", "ad feedback", "a post shared", "contact", "pressekontakt",
               "contacto de prensa", "forward-looking", "/"),
     _rx(r"fehler gefunden\?.{0,60}", r"view this post on instagram|video ad feedback"
         r"|a post shared by .{1,60}",
         r"(?:media|press) contacts?\s*:?.{0,80}|(?:pressekontakt|contacto de prensa"
         r"|contact presse)\s*:?.{0,80}",
         r"forward-looking statements", r"\d{1,2}:\d{2}\s*/\s*\d{1,2}:\d{2}")),
)
_EXTRA_GROUPS: Final = tuple(f"extra:{k}" for k in range(len(_EXTRA)))


#: Reported speech ("..., the banner said"): an article quoting junk, not junk itself; the wide
#: wildcard patterns (those with gates) are not applied to such lines.
_REPORTED: Final = re.compile(r"\b(?:said|says|told|wrote|according to|the (?:banner|page|ad|advert|message|"
                       r"email|"
                       r"letter|notice|pop-up) (?:read|reads|said|says))\b")
#: Literal pieces of every `_REPORTED` match: without one the search is skipped.
_REPORTED_WORDS: Final = ("said", "says", "told", "wrote", "according to", "read")


def _reported(low: str) -> bool:
    """Whether the lower-cased line reports speech (`_REPORTED`)."""
    for word in _REPORTED_WORDS:  # a loop over the Final tuple: no bound method or map object per line
        if word in low:
            return _REPORTED.search(low) is not None
    return False


#: Literal substrings (of the lower-cased line) without which `_ASK` cannot match.
_ASK_GATES: Final = ("chip in", "donat", "contribut", "gift", "help me win", "add your name", "stand with me",
              "vote for me", "rush", "pitch in", "give ", "$", "€", "£")

#: A personal fundraising or campaign ask: "I"/"me" speaking to "you" and asking for money or support.
_ASK: Final = re.compile(r"\b(?:chip in|donat(?:e|ion)|contribut(?:e|ion)|gift|help me win|add your name"
                  r"|stand with me|"
                  r"vote for me|rush|pitch in|give (?:\$|€|£)?\d+|(?:\$|€|£)\d+ (?:today|now))\b")
#: (Every match holds "you", tested first: the pattern is searched on the lower-cased line.)
_I_YOU: Final = re.compile(r"\b(?:i|i'?’?m|me|my)\b.*\b(?:you|your|you'?’?re)\b"
                    r"|\b(?:you|your)\b.*\b(?:i|i'?’?m|me|my)\b")


def _personal_ask(low: str, reported: bool) -> bool:
    """First person asking the reader for money or support, outside quotation: campaign ad copy."""
    return (not reported and len(low) <= 400 and "you" in low and _ASK.search(low) is not None
            and _I_YOU.search(low) is not None
            and not low.lstrip().startswith(("“", '"', "«", "„")) and not long_quote(low))


#: Double quotation marks (straight, curly, guillemets, German low).
_QUOTE_MARKS: Final = re.compile("[“”\"«»„]")
#: Most words of a quoted span that still reads as scare quotes ("melts", "Healthy") rather than a
#: quotation: an article about an ad quotes its sentences, an ad quotes single words.
_SCARE_QUOTE_WORDS: Final = 3


def long_quote(line: str) -> bool:
    """Whether the line quotes more than a few words in double quotation marks (an unclosed quote runs
    to the end of the line)."""
    parts = _QUOTE_MARKS.split(line)
    return any(len(part.split()) > _SCARE_QUOTE_WORDS for part in parts[1::2])


#: Literal pieces of `_BYLINE_ROLE` and `_BIO` matches (role words), for the page-wide pre-filter.
_PERSON_GATES: Final = ("correspondent", "reporter", "editor", "writer", "journalist", "columnist",
                 "contributor",
                 "analyst", "enviad", "envoy", "korrespondent", "redakteur", "corresponsal", "periodista",
                 "writes about", "reported on", "covered", "based in", "covers ", "reports on")


_DIGIT: Final = re.compile(r"\d")

#: The end of a photo caption: its credit ("(AP Photo/Jane Doe)", "Credit: Getty", ". Reuters") or a
#: gallery's "less"/"… more" toggle. Searched (not matched from the start) so it stays cheap.
_CAPTION_TAIL: Final = re.compile(
    r"(?:\([^()]{0,40}\b(?:photos?|pictures?|images?|credit|fotos?|bild)\b\s*(?:[:/©]|by\b|credit\b|courtesy\b)"
    r"[^()]{0,100}\)\.?(?:\s*(?:less|more))?"
    r"|[\s.]credit\s*:\s*[^.:]{1,60}"
    r"|[.!?]\s+(?:getty(?: images)?|reuters|ap|afp|epa|shutterstock|alamy)"
    r"|[.!?)]\s+less|(?:\.\.\.|…)\s*more"
    r"|[.!?]\s+(?:photograph|photo|picture|image)s? by [^.()]{1,80}"
    r"|[.!?]\s+(?:photo(?:graph)?|picture|pic|image|vision|video|foto|bild)s?\s*:\s*[^.:]{1,60}"
    r"|\((?:viewer|reader|file|handout|submitted|supplied) (?:photo|picture|image)\)\.?"
    r"|\bin (?:a|this) (?:file |handout |undated |aerial )?(?:picture|photo|image)(?: taken [^.]{1,40})?\.?)"
    r"\s*$", _F)
#: `_CAPTION_TAIL` needs a photo word in the line (`_PHOTO_GATES`) or one of these line ends.
_PHOTO_GATES: Final = ("photo", "picture", "image", "credit", "foto", "bild", "pic:", "vision:", "video:")
_TAIL_ENDS: Final = ("less", "more", "getty", "getty images", "reuters", "ap", "afp", "epa", "shutterstock",
                     "alamy")
#: The last letters of `_TAIL_ENDS`: a cheap test before the ten suffixes.
_TAIL_LAST: Final = "".join(sorted({end[-1] for end in _TAIL_ENDS}))


def _caption_end(low: str) -> bool:
    """Whether the lower-cased line ends with one of `_TAIL_ENDS`, trailing space aside."""
    end = low.rstrip() if low[-1:].isspace() else low
    return end[-1:] in _TAIL_LAST and end.endswith(_TAIL_ENDS)


#: Pre-filter groups of the rules, by name, for a page-wide `NeedleSet`.
RULE_GATES: dict[str, tuple[str, ...]] = {
    **{f"gate:{reason}": gates for reason, gates in _GATES.items()},
    **{group: pieces for group, (_, pieces, _) in zip(_EXTRA_GROUPS, _EXTRA, strict=True)},
    **_ALT_GROUPS,
    "ask": _ASK_GATES,
    "person": _PERSON_GATES,
    "photo": _PHOTO_GATES,
}
_NEEDLES: Final = NeedleSet(RULE_GATES)


def page_rules(lines: list[str], lows: list[str] | None = None,
               groups: list[set[str]] | None = None) -> list[str | None]:
    """`rule_reason` of every line of a page. `lows` are the lower-cased lines and `groups` their
    `RULE_GATES` groups (from a page-wide `NeedleSet`), when the caller has them already."""
    lows = [line.lower() for line in lines] if lows is None else lows
    groups = _NEEDLES.line_groups(lows) if groups is None else groups
    return [_rule_reason(line, low, found) for line, low, found in zip(lines, lows, groups, strict=True)]


#: Groups whose hit makes the reported-speech test worth running: a gated reason, an `_EXTRA` pattern
#: or a personal ask.
_SPEECH_GROUPS: Final = frozenset([*(f"gate:{reason}" for reason in _GATES), *_EXTRA_GROUPS, "ask"])
_EXTRA_SET: Final = frozenset(_EXTRA_GROUPS)
_RULE_ORDER: Final = {reason: k for k, (reason, _) in enumerate(RULES)}


def rule_reason(line: str) -> str | None:
    """The reason a line is junk by shape alone, or None."""
    low = line.lower()
    found = {group for group, pieces in RULE_GATES.items() if any(p in low for p in pieces)}
    return _rule_reason(line, low, found)


def _rule_reason(line: str, low: str, found: set[str]) -> str | None:
    """`rule_reason` given the `RULE_GATES` groups whose literal pieces the line holds (other names
    in `found` are ignored)."""
    if len(line) > 400:
        return None
    reported = bool(found) and not _SPEECH_GROUPS.isdisjoint(found) and _reported(low)
    reason = _shape_reason(line, found, reported)
    if reason is None and not reported and not _EXTRA_SET.isdisjoint(found):
        reason = _extra_reason(line, found)
    if reason is not None:
        return reason
    if (("photo" in found or _caption_end(low)) and len(line.strip()) >= 20
            and _CAPTION_TAIL.search(line)):
        return "caption"
    if "ask" in found and _personal_ask(low, reported):
        return "ad"
    return _headline_or_tags(line) or _person_or_date(line, "person" in found)


def _shape_reason(line: str, found: set[str], reported: bool) -> str | None:
    """The first reason in `RULES` order whose pattern matches, gated reasons counting only when
    their group is in `found` and the line is not reported speech. The ungated ones are one
    combined match; only the gated patterns placed before its answer are tried one by one."""
    first = _ungated_reason(line, found)
    if reported or not found:
        return first
    return _gated_alt_reason(line, found, first, _GATED_RULES)


#: Fewest words of an all-capitals line that is a link to another story: tabloid pages set their
#: in-body teasers in capitals ("SEAN SPICER ELIMINATED FROM 'DANCING WITH THE STARS'"), while
#: all-capitals subheadings in the AEB gold have at most seven words.
_CAPS_TEASER_WORDS: Final = 8
#: Fewest comma-separated items of a page's keyword (tag) line.
_TAG_ITEMS: Final = 6


def _headline_or_tags(line: str) -> str | None:
    """An all-capitals headline of `_CAPS_TEASER_WORDS` or more words (not a table row, not a
    sentence) is a teaser; a line of `_TAG_ITEMS` or more short, mostly lower-case keywords
    separated by commas ("stock car brasil, stock car interlagos, …") is the page's tag list."""
    if line.count(",") + 1 < _TAG_ITEMS and not line.isupper():
        return None  # neither (spaces are uncased, so the stripped line is upper-case alike): no strip
    text = line.strip()
    if text.isupper() and "|" not in text and not text.endswith("."):
        words = sum(1 for word in text.split() if any(map(str.isalpha, word)))  # not a row of figures
        return "teaser" if words >= _CAPS_TEASER_WORDS else None
    if text.count(",") + 1 < _TAG_ITEMS or text.rstrip("\"'”’»)").endswith((".", "!", "?", ":")):
        return None
    items = [item.strip() for item in text.split(",")]
    if all(0 < len(item.split()) <= 6 for item in items) and sum(
            item[:1].islower() for item in items) >= 0.7 * len(items):
        return "navigation"
    return None


def _extra_reason(line: str, found: set[str]) -> str | None:
    """The reason of the first `_EXTRA` pattern (of those whose pre-filter group is in `found`) that
    matches."""
    for (reason, _, pattern), group in zip(_EXTRA, _EXTRA_GROUPS, strict=True):
        if group in found and pattern.match(line):
            return reason
    return None


#: The first two letters (lower-cased) of every `_BYLINE_ANY` match after its leading space: "by", "von",
#: "por", "par", "write to", "contact", "e-mail", "email", "reach", "ein beitrag von", "propos recueillis
#: par", "un artículo de", "about the author"; "eı" too, which case-insensitive matching takes for "ei".
_BYLINE_OPENINGS: Final = frozenset(("by", "vo", "po", "pa", "wr", "co", "e-", "em", "re", "ei", "eı", "pr",
                                     "un", "ab"))


def _head(line: str) -> str:
    """The first two characters of the line after its leading space, lower-cased ("İ" gives its "i")."""
    return (line.lstrip() if line[:1].isspace() else line)[:2].lower()[:2]


def _person_or_date(line: str, role_words: bool = True) -> str | None:
    """Bylines, author bios and contact lines, then date-only lines. `role_words`: whether the line
    holds one of `_PERSON_GATES` (else the role and bio patterns cannot match)."""
    if ((_head(line) in _BYLINE_OPENINGS and _BYLINE_ANY.match(line))
            or (role_words and _BYLINE_ROLE.match(line))):
        return "byline"
    if (role_words and len(line) <= 300 and line[:1].isupper() and len(line.split()) <= 40
            and (_BIO.match(line) or _BEAT.match(line))):
        return "byline"
    if len(line) <= 100 and _DIGIT.search(line) and (_DATELINE.match(line) or _date_only(line)
                                                     or _CITY_DATE.match(line)):
        return "dateline"
    return None


def related_runs(lines: list[str], rules: list[str | None], max_words: int = 20) -> set[int]:
    """Lines listed under a "related"/"most read" heading: the run of short lines without final
    punctuation that follows it (headlines of other stories). A line that carries its own headline
    ("Related post: Pear jam") is a link, not a heading, so nothing after it is taken."""
    out: set[int] = set()
    for i, rule in enumerate(rules):
        if rule != "related" or len(lines[i].split()) > 6 or _INLINE_LINK.search(lines[i]):
            continue
        j = i + 1
        while j < len(lines) and rules[j] is None and _headline_like(lines[j], max_words):
            out.add(j)
            j += 1
    return out


#: A separator followed by text: a related line that names its own story.
_INLINE_LINK: Final = re.compile(r"[:|»›>]\s*\w")


def _headline_like(line: str, max_words: int) -> bool:
    text = line.strip().rstrip("\"'”’»)")
    return 0 < len(text.split()) <= max_words and text[-1:] not in ".:;,"


def repeated_lines(lines: Iterable[str], max_words: int) -> set[str]:
    """Short lines that occur more than once in one article (repeated teasers, labels)."""
    return repeated_keys(Counter(line.strip().casefold() for line in lines), max_words)


def repeated_keys(counts: Counter[str], max_words: int) -> set[str]:
    """`repeated_lines` from the counts of the page's normalised lines (stripped, case-folded)."""
    return {key for key, count in counts.items() if count > 1 and key and len(key.split()) <= max_words}
