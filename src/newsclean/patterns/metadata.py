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

# What follows the names on a byline line ("By Jane Doe | Published 7 June 2025"): cut there.
BYLINE_TRAILERS: tuple[str, ...] = (
    r"(?:last\s+)?(?:published|updated|posted|modified)\b",
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
    r"\s—\s",
)

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
