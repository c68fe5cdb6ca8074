"""Where HTML pages put their metadata: meta-tag names, JSON-LD types, byline selectors.

Pattern data only; the order of each tuple is the order of evidence (first found wins
within one kind of source). Collected from the OpenGraph protocol, schema.org, Dublin Core,
Parse.ly / Sailthru / Twitter card conventions and checked against the development benchmark
(``wcxb-dev`` articles, see docs/html.md); nothing here names a site.
"""

from __future__ import annotations

# schema.org types whose headline/author/datePublished describe *this* article.
ARTICLE_TYPES: frozenset[str] = frozenset({
    "article", "newsarticle", "reportagenewsarticle", "analysisnewsarticle",
    "opinionnewsarticle", "reviewnewsarticle", "backgroundnewsarticle", "askpublicnewsarticle",
    "blogposting", "socialmediaposting", "liveblogposting", "techarticle", "scholarlyarticle",
    "report", "medicalscholarlyarticle", "advertisercontentarticle", "satiricalarticle",
    "discussionforumposting", "howto", "recipe", "review", "creativework",
})  # fmt: skip
# Types describing the page rather than the article: weaker evidence for dates and titles.
PAGE_TYPES: frozenset[str] = frozenset({"webpage", "itempage", "collectionpage", "aboutpage"})
# Types that are publishers, never authors.
ORGANISATION_TYPES: frozenset[str] = frozenset({
    "organization", "newsmediaorganization", "corporation", "localbusiness",
    "educationalorganization", "governmentorganization", "ngo", "website", "brand",
    "onlinebusiness",
})  # fmt: skip

# <meta property|name|itemprop=KEY content=...>, lower-cased keys, per field, strongest first.
TITLE_META: tuple[str, ...] = ("og:title", "twitter:title", "parsely-title", "dc.title", "title")
DATE_META: tuple[str, ...] = (
    "article:published_time", "og:article:published_time", "article.published",
    "datepublished", "parsely-pub-date", "sailthru.date", "dc.date.issued", "dcterms.issued",
    "dc.date", "dcterms.date", "citation_publication_date", "citation_date",
    "publish-date", "publish_date", "publishdate", "pubdate", "date", "article:published",
    "og:published_time", "published_time", "release_date", "original-publish-date",
)  # fmt: skip
# Modification dates: never the publication date (see published.modified_days).
MODIFIED_META: tuple[str, ...] = (
    "article:modified_time", "og:updated_time", "datemodified", "dcterms.modified",
    "last-modified",
)  # fmt: skip
# The scholarly tags (Highwire Press ``citation_author``, read by Google Scholar, and its
# older plural) list every author, where ``DC.Creator`` on the same page often names only the
# first: they come before it.
AUTHOR_META: tuple[str, ...] = (
    "author", "article:author", "parsely-author", "sailthru.author", "citation_author",
    "citation_authors", "dc.creator", "dcterms.creator", "byl", "twitter:creator:name",
    "og:article:author",
)  # fmt: skip
# Tags whose convention is one author per tag, often written "Last, First" ("Kaufman, Jeff
# T."): a comma in such a value inverts one name, it does not separate two. The plural
# ``citation_authors`` may instead hold them all in one tag, separated by ";".
ONE_AUTHOR_META: frozenset[str] = frozenset({
    "citation_author", "citation_authors", "dc.creator", "dcterms.creator",
})  # fmt: skip
# Twitter card "label/data" pairs: a pair whose label is one of these carries the author's
# name (WordPress SEO plugins write twitter:label1 "Written by", twitter:data1 "Ann Lee").
TWITTER_AUTHOR_LABELS: frozenset[str] = frozenset({
    "written by", "author", "by", "geschrieben von", "verfasst von", "autor", "auteur",
    "écrit par", "escrito por", "scritto da", "autore", "geschreven door", "auteur(s)",
})  # fmt: skip
TWITTER_DATA_PAIRS = 2
# Author strings read from the page's markup run into neighbouring words: role words before
# or after the name ("Author Ann Lee", "Ann Lee Senior Writer"), the start of a date ("Ann Lee
# December"). Those are cut off the ends of a name (casefolded words)...
NAME_LEADING_WORDS: tuple[str, ...] = (
    "author", "authors", "writer", "reporter", "editor", "columnist", "contributor", "posted",
    "written", "by",
)  # fmt: skip
NAME_TRAILING_WORDS: tuple[str, ...] = (
    "writer", "reporter", "editor", "columnist", "contributor", "correspondent", "founder",
    "co-founder", "author", "senior", "updated", "published", "posted", "on",
)  # fmt: skip
MONTH_WORDS: tuple[str, ...] = (
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec",
)  # fmt: skip
# ...and a "name" with one of these words is page furniture, not a person.
NAME_STOP_WORDS: tuple[str, ...] = (
    "updated", "written", "posted", "published", "policy", "privacy", "conditions", "terms",
    "cookies", "subscribe", "newsletter", "extra", "head",
)  # fmt: skip
# ...and a job title starts at one of these: a name is cut before it ("Liz Kenny Former
# McKinsey Consultant" is Liz Kenny), and a "name" that is only a job title ("Senior
# Director", "Lead Reviewer", "Full Bio") is none. From wcxb-dev's author errors, where
# bylines run a person's role into the name list.
NAME_ROLE_WORDS: tuple[str, ...] = (
    "senior", "former", "lead", "chief", "director", "manager", "attorney", "reviewer",
    "expert", "consultant", "analyst", "specialist", "officer", "president", "ceo", "cto",
    "vp", "professor", "engineer", "developer", "designer", "institute", "bio", "strategy",
    "development", "tech", "journalism",
    # WordPress block classes that leak into author text from the markup
    "wp-block", "is-layout-flow",
)  # fmt: skip
SITE_META: tuple[str, ...] = ("og:site_name", "application-name", "apple-mobile-web-app-title")
LANGUAGE_META: tuple[str, ...] = ("og:locale", "content-language", "language", "dc.language")
DESCRIPTION_META: tuple[str, ...] = ("og:description", "description", "twitter:description")

# Byline containers in the DOM (XPath, lower-cased class/rel/itemprop tests), strongest first.
# Written with the descendant axis (the elements ``//*`` selects, found in a tenth less time)
# and, for the class tests, behind ``@class`` (the string functions then run only on elements
# with a class: a quarter less time).
BYLINE_XPATHS: tuple[str, ...] = (
    "/descendant::*[@itemprop='author']/descendant::*[@itemprop='name']",
    "/descendant::*[@rel='author']",
    "/descendant::*[@itemprop='author']",
    "/descendant::*[@class and (contains(concat(' ', normalize-space(@class), ' '), ' byline ')"
    " or contains(@class, 'byline__name') or contains(@class, 'author-name')"
    " or contains(@class, 'author__name') or contains(@class, 'authorName'))]",
)
BYLINE_MAX_CHARS = 120
# A sentence that credits the article in the prose of a note or an author box ("This post
# was written by Ann Lee, Head of Research"): the names follow the match (regexes, matched
# case-insensitively).
WRITTEN_BY_SENTENCES: tuple[str, ...] = (
    r"\b(?:post|article|story|piece|guide|blog post) (?:was|is|has been) (?:written|authored)"
    r" by\s+",
    r"\b(?:cet|cette) (?:article|billet) a été (?:écrit|rédigé)e? par\s+",
    r"\beste (?:artículo|texto) (?:fue|ha sido) escrito por\s+",
    r"\bquesto articolo è stato scritto da\s+",
)
# A company's legal form closing a "name" ("SmartEtailing Inc", "Acme GmbH"): an
# organisation, never a person (casefolded, trailing dots and commas stripped).
LEGAL_FORM_WORDS: frozenset[str] = frozenset({
    "inc", "llc", "l.l.c", "ltd", "limited", "gmbh", "plc", "corp", "corporation", "pty",
    "sarl", "s.a.r.l", "s.a", "s.l", "s.p.a", "b.v", "n.v", "a.g", "ag", "kg", "oy", "srl",
})  # fmt: skip
# What a template writes for a value it did not have ("author": {"name": "undefined"}): the
# empty value of a programming language, never a name (casefolded).
EMPTY_VALUE_WORDS: frozenset[str] = frozenset({"undefined", "null", "none", "nil", "nan"})
# Path words of a link to an author's page ("/author/ann-lee", "/blog-authors/ann-lee"): the
# word is in a path segment before the last one; staff words only as a whole segment
# ("/people/ann-lee", not "/stronger-people/projects"). The link's text names the author
# (authors.author_links), read only when no other source credits anyone.
AUTHOR_PATH_WORDS: tuple[str, ...] = (
    "author", "authors", "contributor", "contributors", "writer", "writers", "columnist",
    "columnists", "journalist", "journalists", "autor", "autoren", "autores", "auteur",
    "auteurs", "autore", "autori", "redakteur", "redactor", "redacteur", "periodista",
)  # fmt: skip
AUTHOR_PATH_SEGMENTS: tuple[str, ...] = ("people", "staff", "profile", "profiles", "team")
# A byline holding the first author link is the link's ancestor up to this many levels up,
# while its text stays within BYLINE_MAX_CHARS: its other author links are co-authors.
AUTHOR_LINK_LEVELS = 3
# Class or id words of a navigation menu: its links to staff pages are not a byline.
MENU_CLASS_WORDS: tuple[str, ...] = ("menu", "nav", "navbar", "navigation", "dropdown")
MENU_LEVELS = 4
# Publication dates in the DOM, strongest first.
DATE_XPATHS: tuple[str, ...] = (
    "//*[@itemprop='datePublished']/@content",
    "//*[@itemprop='datePublished']/@datetime",
    "//time[@pubdate]/@datetime",
    "(//article//time[@datetime] | //header//time[@datetime])[1]/@datetime",
)
# The elements HTML marks as printing the publication date (the ``pubdate`` attribute of the
# HTML5 drafts, still written by blog themes): their day overrules a machine-facing date on
# another day (published.take_pubdate), when the first PUBDATE_TIMES of them name one day
# (comments and listed items carry it too, on several days).
PUBDATE_XPATH = "//time[@pubdate]/@datetime"
PUBDATE_TIMES = 20
# A <time> the page labels "Updated" ("Last updated: <time>Jan 12, 2026</time>") is not read
# by those XPaths: the label is in the TIME_LABEL_CHARS before the element's text, in its
# parent or up to TIME_LABEL_LEVELS ancestors up.
TIME_LABEL_LEVELS = 2
TIME_LABEL_CHARS = 40
# Dates whose UTC offset tells the page's own time zone (see published._page_offset); only
# <time> elements: an ``//*[@itemprop]`` test would visit every element of the page.
OFFSET_XPATH = "//time/@datetime"
OFFSET_DATES = 20  # the first <time> dates read for it (a long page has hundreds)
# A <title> is "Headline | Site": the separators the site suffix hangs on.
TITLE_SEPARATORS: tuple[str, ...] = (
    " | ", " - ", " – ", " — ", " :: ", " · ", " • ", " » ", " / ", " : ",
)  # fmt: skip
# The characters that join a headline and what a template adds to it inside an <h1>
# ("Rain due | Opinion", "Rain due – Site"): the headline is the machine-facing title. Not
# ":" ("Rain due: what to expect" is a headline with its subtitle; on wcxb-dev the gold kept
# the whole <h1> 4 times out of 5 there).
TITLE_JOINERS: str = "|-–—·•»/"
# ...but a short label before a colon is a kicker ("Blog: Rain due", "Opinion: Rain due").
TITLE_KICKER_WORDS = 2
# A body block is the <h1> with extras (and leaves the body as the title does) only when the
# extras are at most this long: a longer block is prose that quotes the headline.
TITLE_EXTRAS_MAX_CHARS = 80
# An <h1> found inside a machine-facing title ("15 Critical Cybersecurity Tips for Small
# Businesses" holding the <h1> "Cybersecurity Tips for Small Businesses") is the headline
# when it has at least this many words (a one-word <h1> is a section or a logo).
TITLE_INSIDE_MIN_WORDS = 3
# The URL's slug sides with a machine-facing title against the page's only <h1> when it names
# at least this many more of that title's words (and twice as many) as the <h1>'s. On
# wcxb-dev articles: 9 pages gained, 1 lost. Counted on the candidates alone, any majority
# of slug words would gain 3 more and lose 5 more (the slug then often follows an SEO
# rewording of the same headline as closely as the <h1>).
TITLE_SLUG_MARGIN = 2
# An <h1> of more words than this is a paragraph set as a heading (the longest gold title on
# wcxb-dev has 24 words; the one longer <h1> there, 41 words, is a page description).
TITLE_MAX_WORDS = 35
# "Headline - Tag": a word or two after the only dash in a machine-facing title is the page's
# format or place in a series, or an unnamed site ("- Part 1", "– Infographic", "- Daily
# News"); the headline before it has more words. On wcxb-dev: 4 pages gained, 1 lost (the
# gold kept "Best Bread Machines – My Favorites!").
TITLE_TAG_SEPARATORS: tuple[str, ...] = (" - ", " – ", " — ")
TITLE_TAG_MAX_WORDS = 2

# Blocks that are only one of these are values kept for machines (microdata, hidden fields),
# not text: an image file's URL, a bare ISO 8601 date or timestamp (see
# extract.is_machine_value). Other bare URLs stay: articles list their sources as links.
MACHINE_VALUES: tuple[str, ...] = (
    r"https?://\S+\.(?:jpe?g|png|gif|webp|svg|avif)(?:\?\S*)?",
    r"\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?",
)

# Class/id words of page-furniture boxes that trafilatura lets into the body: calls to action,
# promotions, newsletter sign-ups, pop-ups, ad labels, affiliate disclaimers, captions (see
# newsclean.html.furniture). A class or id is split into words at every non-alphanumeric
# character and at lower-to-upper case changes ("post-cta", "ctaBox", "Newsletter-title").
# Chosen from the development benchmark by source-element words of kept blocks the gold does
# not keep against those it keeps (wcxb-dev articles and aeb, counted by site; each word below
# marks such blocks on 3 or more sites and gold text on at most a few, and mostly in wrappers
# the size guard in furniture.py leaves alone; "caption": photo captions and credits, which
# neither gold keeps: 18 blocks removed, none in the gold; "bio": author bios, 10 sites
# against 1; "headline": the kicker, standfirst and dateline around the <h1>, which neither
# gold keeps, aeb body precision 0.957 to 0.958; "footnotes", 6 sites against 2;
# "disclosures", the plural of "disclosure"; "cookie": consent notices, 2 sites against 0;
# "saboxplugin", "abh": the author boxes of two WordPress plugins, Simple Author Box
# ("saboxplugin-wrap") and Starbox ("abh_box"), which trafilatura's "author" patterns miss:
# 5 wcxb-dev pages better, none worse).
# "related", "share", "tags", "footer", "sidebar", "widget", "author" were measured too and
# left out: as many sites use them on containers of text the gold keeps.
FURNITURE_WORDS: dict[str, str] = {
    "cta": "call_to_action", "ctas": "call_to_action",
    "promo": "promo_box", "carousel": "promo_box",
    "newsletter": "newsletter_box", "subscribe": "newsletter_box", "signup": "newsletter_box",
    "popup": "popup", "modal": "popup",
    "advertising": "advert",
    "caption": "caption",
    "disclaimer": "disclaimer", "disclosure": "disclaimer", "disclosures": "disclaimer",
    "footnotes": "footnotes",
    "cookie": "cookie_notice",
    "bio": "author_bio", "saboxplugin": "author_bio", "abh": "author_bio",
    "headline": "headline_box",
}  # fmt: skip
# Class or id words (substrings, lower case) of reader-comment boxes: their paragraphs are
# never the article (html/chunks.recover_missed_group). WordPress ("comment-body",
# "respond"), Disqus, wpDiscuz and the "reply" links of threaded comments.
COMMENT_WORDS: tuple[str, ...] = ("comment", "respond", "reply", "disqus", "discuz")
# Class words (substrings, lower case) of accordions, whose collapsed panels trafilatura drops
# as hidden (html/chunks.recover_accordion_panels). "collapse" was measured too: it also names
# collapsed calls to action and menus.
ACCORDION_WORDS: tuple[str, ...] = ("accordion",)
# Class words (substrings, lower case) of an embedded post from another site inside a
# <figure>: WordPress's embed block ("wp-block-embed"), the platforms' own embed code
# ("twitter-tweet", "instagram-media", "tiktok-embed", "imgur-embed-pub"). A figure holding a
# blockquote is a quotation trafilatura would drop with the figure (html/extract.py), unless it
# is such an embed: a post's preview card, which neither gold keeps (8 on the bench, 0 kept).
EMBED_WORDS: tuple[str, ...] = ("embed", "tweet", "instagram", "tiktok")
# The reason for a block found only inside the page's <footer> element (outside any
# <article>): the site's legal small print, a disclaimer for the whole site. trafilatura
# drops <footer> elements itself, but its fallback extractors do not. On the development
# benchmark only one page's output had such text (two disclaimers, in neither gold), and no
# gold text is found only inside a page footer (html/furniture.py).
PAGE_FOOTER_REASON = "page_footer"
FURNITURE_MAX_SHARE = 0.3
"""A furniture box holding more than this share of the extracted body's characters is not
furniture but the article's own wrapper (a page whose body container is named
"newsletter-article" or "has-disclaimer"); nothing is removed for it."""

# The visible header (html/header.py): block elements start a new line of text; the content
# of skipped elements is never text a reader sees next to the headline.
HEADER_BLOCK_TAGS: tuple[str, ...] = (
    "address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt", "fieldset",
    "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header",
    "hr", "li", "main", "nav", "ol", "p", "pre", "section", "table", "tbody", "td", "th",
    "thead", "tr", "ul",
)  # fmt: skip
HEADER_SKIP_TAGS: tuple[str, ...] = (
    "script", "style", "noscript", "template", "svg", "iframe", "select", "option", "textarea",
    "button", "nav", "form",
)  # fmt: skip
# How far the header reaches from the headline's line: lines before it (a kicker, a dateline
# above the title), lines after it (byline, dateline, reading time, share labels), stopping
# at the article's prose (the second line longer than HEADER_PROSE_CHARS, or a sentence of
# HEADER_SENTENCE_CHARS or more; the first may be a standfirst). Calibrated on wcxb-dev
# articles (docs/html.md).
HEADER_LINES_BEFORE = 4
HEADER_LINES_AFTER = 15
HEADER_PROSE_CHARS = 200
HEADER_SENTENCE_CHARS = 100  # ...or a line this long ending a sentence
HEADER_PROSE_LINES = 2
# A date on a header line this short is the header's date whatever else the line says
# ("Mike Lee, Shipping Expert • Friday, December 19, 2025"); a longer line counts only as a
# dateline or a byline. A line this short without a date may be the label of the next one.
HEADER_DATE_LINE_CHARS = 60
HEADER_LABEL_CHARS = 30
# A byline label's names are on one of the next lines ("Written by:" / "Ann Lee").
HEADER_LABEL_TO_NAME = 2
# "Ann Lee on behalf of the Docs team": the person writes for a group; the clause after
# the name is no part of it (casefolded phrases, matched as whole words).
ON_BEHALF_PHRASES: tuple[str, ...] = (
    "on behalf of", "im namen", "im auftrag", "au nom de", "pour le compte de",
    "en nombre de", "a nome di", "namens", "em nome de",
)  # fmt: skip
# A name printed alone on the header line next to the date line is at most this long.
HEADER_NAME_LINE_CHARS = 40
# A header date this many days or fewer from the machine-facing one is the same date in
# another time zone: the machine-facing value, which has a time, is kept.
HEADER_DATE_SLACK_DAYS = 1
# ...when that day is the machine-facing instant's day in some time zone: the world's
# offsets run from UTC-12 to UTC+14 (a "2025-12-19T22:02Z" is never shown as Dec 18).
UTC_OFFSET_WEST_HOURS = 12
UTC_OFFSET_EAST_HOURS = 14
# The header is looked for around the chosen title, then around each of the first <h1>s.
HEADER_TITLES = 6
