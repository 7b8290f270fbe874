"""Word lists for the voice signals of the clean stage (English, German, Spanish, French).

News prose is third person and declarative; ads, prompts and teasers address the reader
("you", imperatives), speak as "I"/"we" and sell. These sets name those words; the trained
model decides how much each signal counts. All entries are lower-case `\\w+` tokens.
"""

from __future__ import annotations

FIRST_SINGULAR = frozenset(
    "i me my mine myself ich mich mir mein meine meinen meinem yo mi mí mis conmigo je moi mon ma mes".split()
)
FIRST_PLURAL = frozenset(
    "we us our ours ourselves wir uns unser unsere unseren unserem nosotros nuestro nuestra nuestros "
    "nuestras nous notre nos".split()
)
SECOND = frozenset(
    "you your yours yourself yourselves du dich dir dein deine deinen ihnen euch tú tu tus te "
    "usted ustedes contigo vous votre vos toi ton ta tes".split()
)
#: Verbs that open a call to action when they start a line (imperative).
IMPERATIVE = frozenset(
    "sign subscribe click tap join get download follow share read watch listen chip donate give "
    "learn shop buy try order register log login discover see find explore visit tell vote claim "
    "save start book call check compare add rush stand support unlock upgrade install grab enter "
    "don't dont never stop help switch apply take make keep stay continue let like comment "
    "abonnieren melden jetzt klicken lesen laden folgen teilen spenden sichern "
    "entdecken hier registrieren suscríbete suscribete haz descarga descargue lee sigue síguenos "
    "comparte dona únete unete regístrate registrate inscríbete abonnez abonnez-vous cliquez "
    "téléchargez telechargez lisez suivez partagez inscrivez découvrez decouvrez profitez".split()
)
#: Words of calls to action and reader prompts, anywhere in the line. Words common in news prose
#: ("sign" a treaty, "share" prices, "follow", "partner", "email", "app") are left out on purpose.
CTA = frozenset(
    "subscribe subscribed subscriber subscribers subscription signup newsletter newsletters "
    "inbox click tap download donate donation chip login unlock upgrade "
    "install unsubscribe podcast alerts notifications sponsored advertisement "
    "promoted affiliate commission cookies cookie consent trial "
    "abonnieren abo anmelden newsletter spenden teilen suscríbete suscribete suscripción boletín "
    "boletin descarga regístrate registrate abonnez abonnement inscrivez téléchargez lettre "
    "partager suivez".split()
)
#: Selling and urgency words.
MARKETING = frozenset(
    "free deal deals offer offers sale discount exclusive limited today tonight now hurry "
    "deadline guaranteed guarantee risk best amazing stunned stunning secret trick tricks "
    "revealed reveals shocking miracle incredible instantly bonus save savings cheap cheapest "
    "price prices bargain shop shipping order quote quotes qualify payout winner win prize "
    "gratis angebot rabatt jetzt heute exklusiv oferta gratis descuento ahora hoy exclusivo "
    "offre gratuit promo réduction maintenant aujourd exclusif".split()
)
#: Verbs of reported speech: a line carrying one is almost always article text.
REPORTING = frozenset(
    "said says told added stated explained according noted argued wrote announced reported "
    "confirmed insisted warned claimed sagte sagt erklärte betonte dijo afirmó explicó según "
    "señaló déclaré affirme selon expliqué".split()
)
#: Function words excluded from topical-overlap counts.
STOP = frozenset(
    "the a an and or but of to in on at for with from by as is are was were be been it its this "
    "that these those he she they them his her their not no yes have has had do does did will "
    "would can could should may might more most than then there here what which who whom how "
    "when where why all any each some such only also just about into over after before under "
    "out up down off so if we you i me my our your us der die das und ist ein eine zu den von "
    "mit sich des auf für im dem nicht el la los las de del y en que un una por con para es "
    "le les et des du une en est pour dans pas sur au".split()
)

#: Phrases of advertorial, fundraising and click-bait copy (en/de/es/fr). Each alternative is a
#: pattern family, not a memorised line: "until you('ve) see(n)/read this", "half price", "% off".
PROMO_PATTERNS = (
    r"\buntil you(?:'ve|’ve| have)? (?:see|seen|read|try|tried)\b", r"\bhere'?’?s (?:what|why|how)\b",
    r"\bthis (?:little[- ]known|simple|one|weird|genius|clever)\b", r"\bhalf[- ]price\b",
    r"\d+\s?%\s?(?:off|de descuento|rabatt|de réduction|de remise)\b",
    r"\bfree (?:shipping|delivery|trial)\b",
    r"\b(?:last chance|limited time|act now|order now|book now|shop now|buy now|ends tonight"
    r"|don'?’?t miss out)\b",
    r"\bcompare (?:quotes|prices|deals)\b", r"\bbest[- ]selling\b", r"\b(?:donat(?:e|ion)|chip in|gift now|"
    r"matched|match(?:ed|ing) gift|add your name|stand with me|help me win|vote for me"
    r"|i'?’?m your candidate)\b",
    r"\b(?:ab|from|desde|dès|à partir de)\s?[$€£]?\s?\d+(?:[.,]\d+)?\s?(?:€|\$|£|pp|euros?)",
    r"[$€£]\s?\d+(?:[.,]\d+)?\s?(?:pp|/mo|a month|per month|al mes|pro monat|par mois)\b",
    r"\b(?:the (?:grim |real |shocking |simple )?truth about|what really happened|the strange case|"
    r"you won'?’?t believe|everyone makes|nobody tells you|finally explain)\b",
    r"\b(?:ofertas?|angebote?|offres?|soldes|schnäppchen|ahorra|sparen sie|économisez)\b",
    r"\b(?:jetzt|ahora|maintenant) (?:buchen|kaufen|bestellen|reservar|comprar|réserver|acheter|commander)\b",
    r"\bhave your say\b", r"^\s*(?:poll|umfrage|encuesta|sondage|exclusive|live|breaking|watch|video)\s*:",
    r"!!", r"\b(?:rush|hurry)\b",
)
#: Words of which a line needs one (or one of the characters $€£%!) before `PROMO_PATTERNS` is
#: tried: a cheap pre-filter, each pattern family contains at least one of them.
PROMO_TRIGGERS = frozenset(
    "until here heres known little weird genius clever half shipping delivery trial chance limited now "
    "tonight miss compare selling donate donation chip gift matched matching name stand win vote candidate "
    "truth happened strange believe everyone nobody finally ofertas oferta angebot angebote offre offres "
    "soldes schnäppchen ahorra sparen économisez jetzt ahora maintenant say poll umfrage encuesta sondage "
    "exclusive live breaking watch video rush hurry".split()
)

#: Click-bait headline families (en/de/es/fr): the teaser of another story, not a subheading.
CLICKBAIT_PATTERNS = (
    r"^\W*(?:why|how|what|this is (?:what|why|how)|pourquoi|comment|warum|wie|por qué|cómo)\b",
    r"^\W*the (?:\d+|strange|real|secret|truth|surprising|shocking|grim|bizarre|unlikely)\b",
    r"\b(?:nobody|no one) (?:expected|knew|tells|has)\b", r"\byou won'?’?t believe\b",
    r"\bfinally (?:explain|reveal|admit)", r"\b(?:reveals?|admits?) (?:the|why|what|how|he|she|his|her)\b",
    r"\bsecret\b", r"^\W*(?:live|exclusive|breaking|watch|video|en direct|en vivo|exklusiv)\s*:",
    r"🔴", r"\bthen (?:the|this|that|something)\b", r"\b(?:insólita|increíble|incroyable|unglaubliche?)\b",
    r"\b(?:taking over|everyone makes|you need to know|will change)\b",
)

#: For each `PROMO_PATTERNS` family, literal pieces of the lower-cased line of which every match holds
#: one: families whose pieces are absent are left out of the search (same hits, far less regex work).
PROMO_GATES: tuple[tuple[str, ...], ...] = (
    ("until you",), ("heres", "here's", "here’s", "here'’s"),
    ("this little", "this simple", "this one", "this weird", "this genius", "this clever"), ("half",), ("%",),
    ("free shipping", "free delivery", "free trial"),
    ("last chance", "limited time", "act now", "order now", "book now", "shop now", "buy now", "ends tonight",
     "miss out"),
    ("compare ",), ("selling",),
    ("donat", "chip in", "gift", "matched", "add your name", "stand with me", "help me win", "vote for me",
     "your candidate"),
    ("€", "$", "£", "pp", "euro"), ("$", "€", "£"),
    ("truth about", "what really happened", "the strange case", "believe", "everyone makes",
     "nobody tells you", "finally explain"),
    ("oferta", "angebot", "offre", "soldes", "schnäppchen", "ahorra", "sparen sie", "économisez"),
    ("jetzt ", "ahora ", "maintenant "), ("have your say",),
    ("poll", "umfrage", "encuesta", "sondage", "exclusive", "live", "breaking", "watch", "video"), ("!!",),
    ("rush", "hurry"),
)

#: `CLICKBAIT_PATTERNS` that are anchored at the start of the line (cheap to try on every line).
CLICKBAIT_ANCHORED = (0, 1, 7)
#: Literal pieces per unanchored `CLICKBAIT_PATTERNS` family (index → pieces), as for `PROMO_GATES`.
CLICKBAIT_GATES: dict[int, tuple[str, ...]] = {
    2: ("nobody ", "no one "), 3: ("believe",), 4: ("finally ",), 5: ("reveal", "admit"), 6: ("secret",),
    8: ("🔴",),
    9: ("then the", "then this", "then that", "then something"),
    10: ("insólita", "increíble", "incroyable", "unglaublich"),
    11: ("taking over", "everyone makes", "you need to know", "will change"),
}

#: Selling and fundraising phrases of programmatic ads (en), counted only by the advert rule
#: (`features.promo_ad`), not by the model's promo signal (the shipped model was trained without them).
#: Each entry: a family pattern and the literal pieces (of the lower-cased line) every match holds.
AD_PHRASES: tuple[tuple[str, tuple[str, ...]], ...] = (
    (r"\b(?:apply|claim|switch|try it|join|order|enrol+|sign up) (?:now|today|online)\b",
     ("apply now", "apply today", "apply online", "claim now", "claim today", "switch now", "switch today",
      "try it now", "try it today", "join now", "join today", "order today", "order online", "enrol",
      "sign up now", "sign up today", "sign up online")),
    (r"\bcheck (?:your eligibility|(?:if|whether) (?:you|your \w+) (?:qualif\w*|(?:are|is) eligible))\b",
     ("check your eligibility", "check if you", "check whether you")),
    (r"\b(?:risk[- ]free|no[- ]obligation|zero[- ]commission|commission[- ]free|0% (?:finance|apr|interest)"
     r"|\$0[- ]down|no credit check|money[- ]back guarantee)\b",
     ("risk-free", "risk free", "obligation", "zero commission", "zero-commission", "commission-free",
      "commission free", "0% finance", "0% apr", "0% interest", "$0", "no credit check", "money-back",
      "money back")),
    (r"\b(?:doctors?|dentists?|experts?|cardiologists?|surgeons?) (?:hate|are (?:stunned|baffled"
     r"|speechless))\b"
     r"|\b(?:simple|weird|odd|strange|one) trick\b|\bselling out (?:everywhere|fast)\b"
     r"|\bflying off (?:the )?shelves\b|\bbefore (?:it'?’?s|they'?’?re) (?:taken down|removed|banned|gone)\b",
     ("hate", "stunned", "baffled", "speechless", " trick", "selling out", "flying off", "taken down",
      "removed", "banned", "gone")),
    (r"\b(?:thousands|millions|hundreds) of (?:[\w-]+ ){0,2}(?:are|have been) (?:switching|moving|flocking"
     r"|rushing|ditching|claiming|using this)\b|\bare (?:switching|flocking|rushing) to (?:this|these)\b",
     ("thousands of", "millions of", "hundreds of", "are switching to", "are flocking to", "are rushing to")),
    (r"\bsee how much (?:you|your \w+) (?:could|can|might) (?:save|borrow|get|earn|make)\b"
     r"|\bget (?:a|your) (?:free |instant |no-obligation )?(?:quote|estimate)\b"
     r"|\bclaim your (?:free )?\w+|\bget (?:your )?first \d+ (?:months?|weeks?) (?:of [\w ]{1,20} )?free\b",
     ("see how much", "get a ", "get your ", "claim your", "first ")),
    (r"\bif we don'?’?t (?:hit|reach|meet|raise) (?:our|this|the|my) (?:goal|target)\b"
     r"|\b(?:by|before) (?:tonight'?’?s? )?midnight\b|\bwe'?’?re being outspent\b|^\W*friends?,\s",
     ("if we don", "midnight", "outspent", "friend,", "friends,")),
    (r"\b(?:t\s?&\s?cs?|terms(?: and conditions)?) apply\b|\bbegambleaware\b|\bnew customers only\b"
     r"|\bcapital (?:is )?at risk\b",
     ("t&c", "t & c", "terms apply", "conditions apply", "begambleaware", "new customers only",
      "capital at risk", "capital is at risk")),
    (r"\bi'?’?m (?:running|fighting|standing) (?:for|because|to|against)\b|\bare you with (?:me|us)\b"
     r"|\bsign (?:my|our) petition\b|\bevery (?:dollar|donation|gift) (?:counts|helps|matters)\b"
     r"|\bi need your (?:help|support|vote)\b",
     ("running", "fighting", "standing", "with me", "with us", "petition", "dollar", "donation", "gift",
      "need your")),
)

#: The legal small print that only adverts carry: gambling, investment and prize-draw warnings
#: (en/de/es/fr). One of them makes a line an advert (`features.promo_ad`) unless it quotes one.
AD_WARNINGS: tuple[tuple[str, tuple[str, ...]], ...] = (
    (r"\b(?:gamble|bet|play) responsibly\b|\bgambling problem\?|\bgambleaware\b|\bgamstop\b"
     r"|\bwhen the fun stops\b|\bgambling can be addictive\b|\bset a deposit limit\b"
     r"|\bjouer comporte des risques\b|\bjuega con responsabilidad\b|\bglücksspiel kann süchtig\b"
     r"|\b18\+\s*(?:only|\||\.|t&cs?|begambleaware|gamble|please|new customers)",
     ("responsibly", "gambling problem", "gambleaware", "gamstop", "fun stops", "gambling can",
      "deposit limit", "jouer comporte", "con responsabilidad", "glücksspiel", "18+")),
    (r"\bcfds are complex\b|\bretail investor accounts lose money\b"
     r"|\bpast performance (?:is not|does not|isn'?’?t) (?:a |an )?(?:guarantee|indicat|reliable)"
     r"|\binvesting involves risk\b|\bmember (?:of )?finra\b|\bfinra/sipc\b"
     r"|\byour home may be repossessed\b|\bnot suitable for all investors\b"
     r"|\bles performances passées ne préjugent\b|\bel valor de las inversiones puede\b"
     r"|\bcrypto ?assets are (?:highly )?(?:volatile|risky)\b",
     ("cfds", "retail investor", "past performance", "involves risk", "finra", "repossessed",
      "all investors", "performances passées", "valor de las inversiones", "crypto")),
    (r"\bno purchase necessary\b|\bfor (?:a|your) chance to win\b|\benter (?:now )?to win\b"
     r"|\bbe caller (?:number )?\d+\b|\btext \w+ to \d{4,6}\b",
     ("purchase necessary", "chance to win", "to win", "caller", "text ")),
)
