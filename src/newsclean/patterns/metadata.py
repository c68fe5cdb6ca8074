"""Bylines, credit lines, datelines and copyright names: the patterns metadata is read from.

Languages: en, de, fr, es, it, pt, nl, ru, ar, zh. Collected from news-agency style guides'
byline forms and checked on the seed pages and the development benchmark.
"""

from __future__ import annotations

# "By Jane Doe", "Von Max Muster", "Par Jean Dupont", "Автор: Иван Петров", "بقلم ...".
BYLINE_PREFIXES: tuple[str, ...] = (
    # Not "Edited by" or "Reviewed by": an editor or a reviewer is not the author.
    r"(?:written|reported|story|words|text|posted|published|compiled)\s+by",
    r"(?:article|guide|post)\s+by",
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
    r"contributors?\s*:",
    r"autor(?:in|en)?\s*:",
    r"auteur\s*:",
    r"autore\s*:",
)
# The Latin openings of the prefixes above that hold no "by", as they start: a line whose
# head starts with none of them and that holds no "by" is no byline (parse_byline's fast
# path; tests/test_bylines.py checks the list against BYLINE_PREFIXES).
BYLINE_OPENINGS: tuple[str, ...] = (
    "von", "par", "por", "di", "door", "av", "af", "de", "author", "contributor", "autor",
    "auteur",
)
BYLINE_MAX_CHARS = 160
BY_AFTER_DATE_MAX_GAP = 12
"""At most this many characters between a date and a "by" that follows it ("… 2024 by Jane")."""

# Titles printed with a name, as words of the name: "Dr. Allen", "Prof. Jane Doe", "John Roe Jr.".
NAME_HONORIFICS: tuple[str, ...] = ("Dr", "Dra", "Prof", "Mr", "Mrs", "Ms", "Mx", "Jr", "Sr")

# A caption under an author's name in an author box: "Jane Doe" / "Author".
AUTHOR_CAPTIONS: tuple[str, ...] = (
    r"authors?",
    r"writer",
    r"autor(?:in)?",
    r"auteur(?:e)?",
    r"autore",
    r"автор",
    r"作者",
)

# A line that only announces the byline printed on the next line: "Written By" / "Sara Brown".
BYLINE_LABELS: tuple[str, ...] = (
    r"(?:(?:article|story|post)\s+)?(?:written|reported|posted|published|compiled)\s+by",
    r"(?:article|guide|post)\s+by",
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
# "Jane Doe - Product marketer", "Jane Doe in Project Management", "Jane Doe on behalf of the
# Board"): the role or the section is cut off before the name is checked.
NAME_ROLE_SEPARATORS: tuple[str, ...] = (
    r",",
    r"\s[|•·]\s",
    r"\s[-–—]\s",
    r"\sin\s(?=[A-Z])",
    r"\son\sbehalf\sof\s",
    r"\sim\sAuftrag\s",
    r"\sau\snom\sde\s",
    r"\sen\snombre\sde\s",
)

# The marks that set a date off from the other pieces of a post's meta line ("June 9, 2020 ·
# 6 Comments", "Monday, August 11th, 2025 at 11:00 am | Categories: ..."): such a line in the
# body can date the page (cleaners/metadata.py, _take_meta_line_in_body).
META_LINE_SEPARATORS = "|•·⋅"

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
    r"\s[|•·●⋅]\s",
    # A second credit after the author's ("By Ann Lee, DVM. Reviewed by Bo Chen, DVM"): the
    # reviewer or editor is not an author (see BYLINE_PREFIXES).
    r"(?<=\S)\s?[.,]?\s+(?:medically\s+|expert\s+)?(?:reviewed|edited|fact[-\s]?checked|"
    r"überprüft|geprüft|révisé|revisado|revisionato)\s+(?:by|von|par|por|da)\b",
    r"\s?[—–]\s?",
    # "By Sara Harberson In": an empty " In Category" at the end.
    r"(?-i:\s+In\s*$)",
    r"\s-\s",
    r"(?-i:\sin\s(?=\p{Lu}))",
    # Glued by the page's markup: "Jane DoeIn Travel", "Jane DoeMar 5, 2025".
    r"(?-i:(?<=\p{Ll})In\s)",
    r"(?-i:(?<=\p{Ll})(?=(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\p{Ll}{0,6}\.?\s?\d))",
    # The page's counters after the names: "By Kyle Howells 15 min read", "May 3, 2017 By Erin
    # Spain 4 Comments", "Par Jean Dupont 5 min de lecture", "Von Max Muster 3 Kommentare".
    r"(?<=\S)\s+(?:\d{1,4}|no)\s*(?:min(?:ute)?s?\b|comments?\b|responses?\b|replies\b"
    r"|kommentare?\b|commentaires?\b|comentarios?\b|commenti\b)",
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
    "webmaster",
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
    # Firms named like persons on product pages: "Rockstar Games", "Xbox Game Studios" under
    # "Developer" / "Publisher" beside a release date (wcxb-dev product pages).
    "games",
    "studio",
    "studios",
)

# A named group credit ("The Investopedia Team", "TOI Lifestyle Desk", "Podium Staff", "News
# Desk", "Redaktion Wirtschaft") is kept as one author when it stands where a byline stands (the
# lead's rule for session 4, docs/model.md). It holds one of these words (en, de, fr, es, it, pt,
# nl, ru) and at least one word that names the group; a group word alone or with only generic
# words ("Staff", "Editorial Team", "Guest Contributor") names nobody. Checked on the ~30 group
# credits of wcxb-dev's article gold.
GROUP_CREDIT_WORDS: tuple[str, ...] = (
    "team",
    "teams",
    "desk",
    "staff",
    "staffers",
    "editors",
    "editorial",
    "newsroom",
    "contributor",
    "contributors",
    "writers",
    "reporters",
    "board",
    "bureau",
    "redaktion",
    "rédaction",
    "redacción",
    "redazione",
    "redação",
    "redactie",
    "редакция",
    "équipe",
    "equipo",
    "equipe",
)
# Words that can stand in a group credit without naming the group: articles and joiners
# ("The Currency editors", "Team of Experts") and generic qualifiers ("Our Editors", "Guest
# Contributor", "Meet the Team" on a menu), which alone with a group word name nobody.
GROUP_CREDIT_JOINERS: tuple[str, ...] = (
    "the",
    "of",
    "and",
    "&",
    "at",
    "der",
    "die",
    "das",
    "de",
    "du",
    "des",
    "la",
    "le",
    "les",
    "el",
    "del",
    "da",
    "do",
    "della",
    "van",
    "het",
)
GROUP_CREDIT_GENERIC: tuple[str, ...] = (
    "by",  # a byline marker the caller left on ("By Staff" names nobody)
    "report",  # "Staff Reports", "Staff Report": the desk's generic credit
    "reports",
    "our",
    "your",
    "my",
    "meet",
    "guest",
    "senior",
    "junior",
    "chief",
    "editor",
    "staff",
    "blog",
    "member",
    "members",
    "unsere",
    "notre",
    "nuestro",
    "nuestra",
)
GROUP_CREDIT_MAX_WORDS = 6
GROUP_CREDIT_MAX_CHARS = 60

# Words of menus, buttons and section names that a bare name line ("Jane Doe" over a date) never
# holds: "Get Started", "All Articles", "Travel Tips" are title-cased like names. Collected from
# the false name lines on wcxb-dev (lines and markdown); generic English site vocabulary only.
NOT_NAME_WORDS: tuple[str, ...] = (
    "a",
    "about",
    "all",
    "alumni",
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
    "faculty",
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
    # Facets of "Browse by …" menus: "By Industry", "By Company Size", "By State".
    "industry",
    "company",
    "size",
    "type",
    "state",
    "topic",
    "topics",
    "category",
    "role",
    "themes",
    "location",
    "product",
    "solution",
    "solutions",
    "region",
    "manufacturer",
    "style",
    "group",
    "issues",
    "challenge",
    "use",
    # Roles after a name on a byline ("Jane Doe, Senior Analyst"): they end the list of names.
    "senior",
    "director",
    "analyst",
    "columnist",
    "expert",
    "manager",
    "founder",
    "ceo",
    "officer",
    "writer",
    "reporter",
    "institute",
    # Section headings and form labels that stand under titles: "Key Takeaways", "Email
    # Address", "Related Products", "Print Article" (wcxb-dev false name lines, generic words).
    "key",
    "takeaways",
    "contents",
    "summary",
    "overview",
    "introduction",
    "email",
    "address",
    "related",
    "products",
    "print",
    "article",
    "explore",
    # Media sections printed as a kicker before a date: "Video - December 19, 2025".
    "video",
    "videos",
    "podcast",
    "podcasts",
    "photos",
    "gallery",
    # Screen-reader buttons printed as lines: "Reveal Main Header", "Toggle Footer".
    "header",
    "footer",
    "reveal",
    "toggle",
    # Field labels of product and listing pages, printed before a date: "Release Date: 5 Dec,
    # 2019", "Date First Available | May 12, 2024" (wcxb-dev product pages; no person's name
    # holds these words).
    "date",
    "release",
    "available",
    # A news item's kicker over its date: "Major Update" / "Thu, February 26, 2026".
    "update",
    "updates",
)

# Options of "Sort by" / "Shop by" / "Browse by" menus, printed as a line of their own ("By
# Brand", "By Price"): never a lone name after "By" (wcxb-dev listing and service pages). Only a word
# standing alone is refused: "Russell Brand", "Vincent Price" are names.
SORT_FACET_WORDS: tuple[str, ...] = (
    "brand",
    "brands",
    "price",
    "popularity",
    "relevance",
    "rating",
    "newest",
    "oldest",
    "color",
    "colour",
    # "Browse by" menus: "By stage", "By Countries", "By States and Regions".
    "stage",
    "country",
    "countries",
    "states",
    "regions",
)

# Jobs printed on the line under an author's name ("Jane Doe" / "Content Editor"): such a line
# confirms that the name above it is the byline. Newsroom and expert titles in en, de, fr, es,
# it, pt, nl, ru.
ROLE_WORDS: tuple[str, ...] = (
    "editor",
    "editors",
    "writer",
    "reporter",
    "journalist",
    "correspondent",
    "columnist",
    "contributor",
    "author",
    "analyst",
    "expert",
    "consultant",
    "founder",
    "co-founder",
    "cofounder",
    "ceo",
    "cto",
    "cmo",
    "director",
    "president",
    "manager",
    "professor",
    "researcher",
    "specialist",
    "strategist",
    "scientist",
    "engineer",
    "designer",
    "photographer",
    "producer",
    "chief",
    "officer",
    "attorney",
    "lawyer",
    "dietitian",
    "nutritionist",
    "physician",
    "therapist",
    "coach",
    "advisor",
    "adviser",
    "marketer",
    "blogger",
    "redakteur",
    "redakteurin",
    "autor",
    "autorin",
    "journalistin",
    "korrespondent",
    "korrespondentin",
    "rédacteur",
    "rédactrice",
    "journaliste",
    "correspondant",
    "correspondante",
    "auteur",
    "redactor",
    "redactora",
    "periodista",
    "corresponsal",
    "giornalista",
    "redattore",
    "redattrice",
    "corrispondente",
    "jornalista",
    "repórter",
    "redator",
    "redatora",
    "redacteur",
    "verslaggever",
    "корреспондент",
    "журналист",
    "редактор",
    "обозреватель",
)
ROLE_LINE_MAX_CHARS = 60

# Markdown links to an author's page: "[Jane Doe](https://example.com/author/jane-doe)". The
# folder names a site gives its author pages, in several languages (matched as a whole path
# segment, casefolded; a plural or a trailing "s" is listed as its own word).
AUTHOR_LINK_FOLDERS: tuple[str, ...] = (
    "author",
    "authors",
    "writer",
    "writers",
    "contributor",
    "contributors",
    "columnist",
    "columnists",
    "profile",
    "people",
    "staff",
    "team",
    "byline",
    "autor",
    "autores",
    "autoren",
    "auteur",
    "auteurs",
    "autore",
    "autori",
    "redacteur",
    "journalist",
    "journalisten",
)
AUTHOR_LINK_TEXT_MAX_CHARS = 80
"""A link's text that names a person (and maybe their job) is short."""
MENU_ENTRY_MAX_WORDS = 5
"""A menu entry ("Finish Your Degree") is a few words; a title-cased headline is longer."""

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
# The one of them that never joins a headline's own words, so that a heading chosen as the
# title drops what follows it ("Headline | Opinion"): layout.split_label_suffix. Measured on the
# wcxb-dev lines titles of session 9's start: of those holding " - ", " – " or " — ", 9 were right
# as printed and 6 should have ended before the dash (a dash also joins a headline's two halves);
# of those holding " | ", 3 should have ended before the bar and 1 was right (its part after the
# bar is 7 words, more than a label's 5).
TITLE_LABEL_SEPARATOR = " | "
# A numbered section heading from a table of contents: "8.1 Japanese words to know",
# "2.7 Functional fitness", or a number glued to the heading ("8Registering an LLC"). It is
# never the article's title; "7 Best Laptops" (a number, a space, a word) may be.
SECTION_NUMBER_PREFIX = r"^\d{1,3}(?:\.\d{1,3})+\.?\s|^\d{1,3}(?=\p{Lu}\p{Ll})"
# Separators after a site name that leads the <title>: "Site: Headline", "Site | Headline".
# A colon also splits many headlines ("Tax 101: The basics"), so a leading part counts as the
# site only when the page prints it as a line of its own above the headline (the logo).
TITLE_SITE_PREFIX_SEPARATORS: tuple[str, ...] = (*TITLE_SITE_SEPARATORS, ": ")
DOMAIN_LABEL_MIN_CHARS = 4
"""A site name is matched to the URL's host only when both have this many letters ("bbc"
could be the start of many words)."""

# A personal site's owner as the author (see newsclean.bylines.host_spells): the site's name
# is a person's name of at most this many words...
SITE_OWNER_MAX_WORDS = 3
# ...and holds none of these words, which name a firm, a school, a forum or a product rather
# than a person ("Linux Foundation", "Physics Forums", "Mumsnet Ltd", "Visual Studio"; generic
# English site vocabulary, from the site names on wcxb-dev pages of every type)...
ORGANISATION_WORDS: tuple[str, ...] = (
    "academy", "agency", "app", "apps", "association", "bank", "center", "centre", "club",
    "co", "college", "community", "company", "consulting", "corp", "corporation", "foundation",
    "forum", "forums", "gmbh", "group", "hospital", "inc", "institute", "journal", "lab", "labs",
    "llc", "llp", "ltd", "magazine", "network", "partners", "plc", "school", "shop", "society",
    "software", "solutions", "store", "studio", "studios", "support", "systems", "university",
)
# ...and the URL's host spells it but for at most this many letters ("coryd" for "Cory
# Dransfeldt", "ikyle" for "Kyle Howells"; calibrated on wcxb-dev lines and markdown)...
SITE_OWNER_SPARE_LETTERS = 2
# ...and the page's prose speaks in the first person singular: at least this many words...
SITE_OWNER_MIN_FIRST_PERSON = 5
# ...and this many of every 1000 words of prose, more than those of the plural. A firm named
# like a person ("Jiffy Lube" on jiffylube.com) writes "we". On wcxb-dev articles, the personal
# sites' prose had 10 to 40 such words in 1000, the firms' whose site name looked like a name
# at most 8 (most none, and fewer than their "we").
SITE_OWNER_FIRST_PERSON_PER_1000 = 10
# Words of the first person, singular and plural (en, de, fr, es, it, pt, nl), as written;
# compared case-folded, apostrophes straightened.
FIRST_PERSON_SINGULAR: tuple[str, ...] = (
    "i", "i'm", "i've", "i'd", "i'll", "my", "me", "mine", "myself",
    "ich", "mein", "meine", "meinen", "meinem", "meiner", "mich", "mir",
    "je", "j'ai", "moi", "mon", "mes",
    "yo", "mi", "mis",
    "io", "mio", "mia", "miei",
    "eu", "meu", "minha",
    "ik", "mijn",
)
FIRST_PERSON_PLURAL: tuple[str, ...] = (
    "we", "we're", "we've", "we'd", "we'll", "our", "ours", "us", "ourselves",
    "wir", "unser", "unsere", "unseren", "unserem", "unserer", "uns",
    "nous", "notre", "nos",
    "nosotros", "nosotras", "nuestro", "nuestra", "nuestros", "nuestras",
    "noi", "nostro", "nostra", "nostri",
    "nós", "nosso", "nossa",
    "wij", "ons", "onze",
)

# Pronouns of the third person singular (en, de, fr, es, it, pt, nl), compared case-folded: an
# author box's paragraph inside the body must hold one ("Alban Brooke is … He has recorded
# …"), as a list item about a product or a place does not ("Apache Spark is … It runs …").
# Not the first person: a listicle's author says "I" of the places listed ("Jack Brooks Park"
# / "Jack Brooks is … I promise you that it's worth the drive"; wcxb-dev lines).
PERSONAL_PRONOUNS: tuple[str, ...] = (
    "he", "she", "his", "her", "him", "hers", "himself", "herself",
    "er", "sein", "seine", "ihr", "ihre",
    "il", "elle", "lui",
    "él", "ella",
    "lei",
    "ele", "dele", "dela",
    "hij", "zij", "haar", "zijn",
)
