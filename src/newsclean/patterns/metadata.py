"""Bylines, credit lines, datelines and copyright names: the patterns metadata is read from.

Languages: en, de, fr, es, it, pt, nl, ru, ar, zh. Collected from news-agency style guides'
byline forms and checked on the seed pages and the development benchmark.
"""

from __future__ import annotations

# "By Jane Doe", "Von Max Muster", "Par Jean Dupont", "Автор: Иван Петров", "بقلم ...".
BYLINE_PREFIXES: tuple[str, ...] = (
    r"(?:written|reported|story|words|text|posted|published|compiled|edited)\s+by",
    r"by",
    r"von",
    r"par",
    r"por",
    r"di",
    r"door",
    r"av",
    r"af",
    r"de",
    r"автор(?:ы)?\s*:?",
    r"текст\s*:?",
    r"بقلم",
    r"كتب",
    r"作者\s*[:：]?",
    r"记者",
    r"文\s*/",
    r"author(?:s)?\s*:",
    r"autor(?:in|en)?\s*:",
    r"auteur\s*:",
    r"autore\s*:",
)
BYLINE_MAX_CHARS = 120
BY_AFTER_DATE_MAX_GAP = 12
"""At most this many characters between a date and a "by" that follows it ("… 2024 by Jane")."""

# A line that only announces the byline printed on the next line: "Written By" / "Sara Brown".
BYLINE_LABELS: tuple[str, ...] = (
    r"(?:(?:article|story|post)\s+)?(?:written|reported|posted|published|compiled)\s+by",
    r"by",
    r"von",
    r"par",
    r"por",
    r"di",
    r"door",
    r"authors?",
    r"about\s+the\s+author",
    r"autor(?:in|en)?",
    r"auteur",
    r"autore",
    r"автор(?:ы)?",
    r"作者",
)

# Academic and professional credentials written after a name ("Jane Doe, MD", "Ph.D.",
# "CEPF®"): they stay with the name as printed instead of being read as another author.
CREDENTIAL = r"(?:[A-Z][A-Za-z]{0,3}\.){1,4}|[A-Z][A-Z\-]{1,7}(?:\s?\d{1,3})?[®™]?"

# What follows a name on a name line ("Jane Doe, Senior Editor", "Jane Doe | Guest Columnist",
# "Jane Doe - Product marketer"): the role is cut off before the name is checked.
NAME_ROLE_SEPARATORS: tuple[str, ...] = (r",", r"\s[|•·]\s", r"\s[-–—]\s")

# What follows the names on a byline line ("By Jane Doe | Published 7 June 2025"): cut there.
BYLINE_TRAILERS: tuple[str, ...] = (
    r"(?:last\s+)?(?:published|updated|posted|modified)(?:\b|(?=(?-i:\p{Lu})))",
    r"veröffentlicht",
    r"aktualisiert",
    r"publié",
    r"mis à jour",
    r"publicado",
    r"actualizado",
    r"pubblicato",
    r"aggiornato",
    r"опубликовано",
    r"обновлено",
    r"\s[|•·]\s",
    r"\s?[—–]\s?",
    r"\s-\s",
    r"(?-i:\sin\s(?=\p{Lu}))",
    # Glued by the page's markup: "Jane DoeIn Travel", "Jane DoeMar 5, 2025".
    r"(?-i:(?<=\p{Ll})In\s)",
    r"(?-i:(?<=\p{Ll})(?=(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\p{Ll}{0,6}\.?\s?\d))",
)

# Words joining the names to a date after them ("By Jane Doe on June 7, 2025", "Von Max Muster
# am 7. Juni 2025"): left over once the date is cut off, they are dropped.
NAME_DATE_CONNECTORS: tuple[str, ...] = ("on", "at", "am", "le", "el", "il", "em", "de", "the")

# Separators between several names in one byline.
NAME_SEPARATORS: tuple[str, ...] = (
    r",",
    r";",
    r"&",
    r"\band\b",
    r"\bund\b",
    r"\bet\b",
    r"\by\b",
    r"\be\b",
    r"\bи\b",
    r"\ben\b",
    r"\|",
    r"/",
    r"\bwith\b",
    r"\bmit\b",
    r"\bavec\b",
    r"\bcon\b",
    r"\bcom\b",
    r"،",
    r"و",
    r"、",
)

# Words that name an organisation or a desk, not a person: such names are not authors.
NOT_PERSON_WORDS: tuple[str, ...] = (
    "staff",
    "staff writer",
    "staff reporter",
    "editor",
    "editors",
    "editorial",
    "desk",
    "news desk",
    "newsroom",
    "team",
    "agency",
    "agencies",
    "wire",
    "wires",
    "reuters",
    "associated press",
    "ap",
    "afp",
    "dpa",
    "ansa",
    "efe",
    "tass",
    "ria",
    "xinhua",
    "ians",
    "pti",
    "bloomberg",
    "correspondent",
    "contributor",
    "admin",
    "administrator",
    "redaktion",
    "rédaction",
    "redacción",
    "redazione",
    "redação",
    "редакция",
    "bbc",
    "cnn",
    "online",
    "web",
    "digital",
    "news",
    "press",
    "media",
    "sponsored",
    "partner",
    "guest",
)

# Words of menus, buttons and section names that a bare name line ("Jane Doe" over a date) never
# holds: "Get Started", "All Articles", "Travel Tips" are title-cased like names. Collected from
# the false name lines on wcxb-dev (lines and markdown); generic English site vocabulary only.
NOT_NAME_WORDS: tuple[str, ...] = (
    "a",
    "about",
    "all",
    "an",
    "and",
    "apply",
    "articles",
    "blog",
    "blogs",
    "best",
    "buy",
    "cart",
    "checkout",
    "close",
    "contact",
    "download",
    "for",
    "free",
    "from",
    "get",
    "guide",
    "guides",
    "help",
    "home",
    "in",
    "insights",
    "join",
    "latest",
    "learn",
    "log",
    "login",
    "menu",
    "more",
    "my",
    "navigation",
    "new",
    "now",
    "of",
    "on",
    "open",
    "or",
    "our",
    "page",
    "posts",
    "pricing",
    "read",
    "search",
    "services",
    "shop",
    "show",
    "sidebar",
    "sign",
    "start",
    "started",
    "strategy",
    "subscribe",
    "the",
    "tips",
    "to",
    "tools",
    "top",
    "trends",
    "trial",
    "us",
    "view",
    "what",
    "with",
    "you",
    "your",
    "last",
    "updated",
    "published",
    "posted",
    "modified",
    "reviewed",
    "checked",
    "edited",
    "written",
    "comments",
    "share",
    "follow",
    "caption",
)

# "Source: BBC", "Reference(s): cgtn.com", "Quelle: dpa", "Источник: ТАСС".
CREDIT_LABELS: tuple[str, ...] = (
    r"sources?",
    r"reference\(s\)",
    r"references?",
    r"credit",
    r"courtesy(?: of)?",
    r"originally published (?:by|in|on|at)",
    r"quelle",
    r"quellen",
    r"fuente",
    r"fuentes",
    r"fonte",
    r"fontes",
    r"источник",
    r"источники",
    r"المصدر",
    r"来源",
    r"出处",
    r"bron",
)
CREDIT_NAME_MAX_WORDS = 6

# Separators between a page title and the site name in a <title>: "Headline | Site".
TITLE_SITE_SEPARATORS: tuple[str, ...] = (" | ", " - ", " – ", " — ", " :: ", " · ", " » ", " / ")
