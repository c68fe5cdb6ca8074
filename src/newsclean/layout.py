"""Where the article sits among the page's blocks: the main run of prose and its title.

The body of a news page is the longest stretch of running text; navigation, teasers and
footers are short lines around it. :func:`main_run` finds that stretch as the maximum-weight
segment (prose counts for its length, anything else against it), so short subheadings and
captions inside the body are bridged while menus around it are not.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from urllib.parse import urlsplit

import regex

from newsclean.blocks import Block, BlockKind
from newsclean.patterns.metadata import (
    SECTION_NUMBER_PREFIX,
    TITLE_LABEL_SEPARATOR,
    TITLE_SITE_PREFIX_SEPARATORS,
    TITLE_SITE_SEPARATORS,
)
from newsclean.sources import site_host
from newsclean.textstats import (
    HEADLINE_MAX_WORDS,
    HEADLINE_MIN_WORDS,
    is_headline_shaped,
    is_prose,
)

_WORD = regex.compile(r"\w+")
# "Home » Section » Headline": a breadcrumb repeats the headline but is not it. A slash also
# joins words in headlines ("Movers / Moving Companies"): it takes two to make a breadcrumb.
_BREADCRUMB = regex.compile(
    r"\s[»›>]\s|\s/\s.*\s/\s|^(?:home|start|accueil|inicio|главная)\b", regex.IGNORECASE
)
_SECTION_NUMBER = regex.compile(SECTION_NUMBER_PREFIX)

NON_PROSE_COST = 40
"""Fixed cost of a non-prose block inside the body, on top of its length (in characters)."""
NON_PROSE_LENGTH_WEIGHT = 0.5
"""Share of a non-prose block's length counted against the run."""
BODY_THRESHOLD = 0.5
"""Classifier probability above which a block counts for the run rather than against it."""
MODEL_LENGTH_OFFSET = 100
"""Characters added to a block's length in :func:`model_weights` (a short line still weighs)."""
DENSE_CHAR_WEIGHT = 3
"""Characters a Han, Hiragana or Katakana character counts for in :func:`text_length`.

Chinese and Japanese are written without spaces and say in one character what alphabetic
scripts say in two to four (a translation runs about three times longer in English letters),
so measured in characters a Japanese paragraph looks like a short line and the model and the
run weighed it like one: on the two such pages of the development benchmark the run kept one
paragraph of a dozen (recall 0.07 and 0.08)."""
DENSE_CHARS_PER_WORD = 2
"""Han, Hiragana or Katakana characters counted as one word (an English word and its space
are about six characters: two dense characters at ``DENSE_CHAR_WEIGHT``)."""
_DENSE_SCRIPT = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}]")
_DENSE_FROM = "\u2e80"  # CJK Radicals Supplement: no Han, Hiragana or Katakana point is lower
GROW_THRESHOLD = 0.2
"""Probability from which a prose block next to the run joins it (:func:`grow_over_prose`).
Was 0.3; the model of docs/classifier.md (a logistic score plus boosted trees) puts a page's
last paragraph lower (it stands where the page's tail begins): the last paragraph of seed 002
scores 0.31. On the site-fold replay of the training script 0.2 and 0.3 are within 0.001."""
TITLE_WINDOW = 100
"""How many blocks before the body the title is looked for (menus can be long)."""
TITLE_WINDOW_INSIDE_RUN = 40
"""How far into the run a title that agrees with the page's first line is looked for."""
TITLE_AGREEMENT = 0.5
"""Word overlap with the first line from which a candidate counts as naming the page."""
TITLE_AGREEMENT_INSIDE_RUN = 0.8
SITE_NAME_MAX_WORDS = 5
TITLE_DISTANCE_COST = 0.02
"""Score lost per candidate between a title candidate and the body: nearer wins ties."""
TITLE_HINT_BONUS = 4.0
"""Weight of agreement with the page's first line, its <title> in whole-page dumps: on the
development set that line contains the gold title on 540 of 711 article pages."""
H1_BONUS = 3.0
H1_MAX_LINK_DENSITY = 0.5
"""A level-1 heading that is mostly a link is a site logo ("# [Site](/)"), not a headline."""
MARKED_BONUS = 1.0
META_BELOW_BONUS = 2.0
"""For a candidate with a byline or date line at most ``TITLE_TO_META`` blocks under it: the
headline sits right above them. On wcxb-dev lines, 0, 1, 2, 3 give title 0.769, 0.786, 0.789,
0.774 (2 is as much as agreeing with half of the first line)."""
TITLE_TO_META = 3
AGREEING_TITLE_TO_META = 5
"""How far above a byline or date line a candidate that shares words with the first line
(``HEADER_AGREEMENT``) still counts as standing over it. Between a headline and its byline
pages print a standfirst, a share bar ("Email this article"), the author's job or a call to
action; the nearest of those took the title (a line with no word of the <title> must stand
within ``TITLE_TO_META``). On wcxb-dev lines 4 gains nothing, 5 gains 4 pages and loses 1
(where the gold follows the <title>, not the heading), 6 and 8 lose more."""
HEADER_AGREEMENT = 0.25
"""Word overlap with the first line from which a candidate reaches ``AGREEING_TITLE_TO_META``
(half of ``TITLE_AGREEMENT``). On wcxb-dev lines 0.2 to 0.3 give the same pages; from 0.15 down a
line sharing only the site's name ("Give to Site") reaches over the real headline."""
HEADING_ABOVE_META_MAX_DISTANCE = 5
"""A heading over a byline or date line, with no word in common with the first line, is the
title (rather than that first line) when at most this many blocks stand between it and the
body: a standfirst, a caption, the byline itself. Calibrated on wcxb-dev lines: 0 (the nearest
block only) to 5 gains one page, from 10 a heading far above the body wins wrongly."""
SLUG_MIN_WORDS = 3
"""A URL slug this long says what the article is about: where the dump has no <title> line it
counts like one (wcxb-dev markdown title 0.835 -> 0.845; on text dumps, next to the first
line, it cost 0.009 and is not used)."""
_NEAR_META_SCORE = META_BELOW_BONUS - HEADING_ABOVE_META_MAX_DISTANCE * TITLE_DISTANCE_COST
FAR_TITLE_AGREEMENT = 0.6
"""A heading over a byline far from the body (``_agreeing_heading_over_meta``) has no
nearness to speak for it: it must agree with the first line this much. On wcxb-dev lines,
0.5, 0.6, 0.65, 0.8 give title 0.848, 0.851, 0.849, 0.845."""
ARTICLE_ONLY_HEAD = 3
"""A body starting within this many blocks: the dump is the article alone, without chrome."""


@dataclass(frozen=True, slots=True)
class Span:
    """Inclusive block indices of the main run."""

    start: int
    end: int


def block_weight(block: Block) -> float:
    """Positive for prose (its length), negative for anything else."""
    if is_prose(block):
        return float(len(block.text))
    return -(NON_PROSE_COST + NON_PROSE_LENGTH_WEIGHT * len(block.text))


def dense_chars(text: str) -> int:
    """How many Han, Hiragana and Katakana characters ``text`` holds.

    Not scanned when the text is ASCII (Python knows that without a pass) or no character
    reaches ``_DENSE_FROM`` (the first of those scripts' code points; ``max`` of a string is
    one pass in C): most blocks are Latin text.
    """
    if text.isascii() or max(text) < _DENSE_FROM:
        return 0
    return len(_DENSE_SCRIPT.findall(text))


def text_length(text: str) -> int:
    """The length of ``text`` in characters, a dense-script character counting for
    ``DENSE_CHAR_WEIGHT`` (see there): what the run and the block model weigh a block by."""
    return weighted_length(len(text), dense_chars(text))


def weighted_length(chars: int, dense: int) -> int:
    """:func:`text_length` of a text of ``chars`` characters, ``dense`` of them Han, Hiragana
    or Katakana (for a caller that has counted both already)."""
    return chars + (DENSE_CHAR_WEIGHT - 1) * dense


def model_weights(probabilities: Sequence[float], lengths: Sequence[int]) -> list[float]:
    """The blocks' weights from the classifier: above ``BODY_THRESHOLD`` a block counts for
    the run.

    Each probability is centred on the threshold and scaled by its block's length
    (:func:`text_length`, given) plus ``MODEL_LENGTH_OFFSET``, so a long paragraph the model
    is sure of outweighs a few short lines it doubts, and a short line still costs something.
    """
    threshold, offset = BODY_THRESHOLD, MODEL_LENGTH_OFFSET
    return [(p - threshold) * (n + offset) for p, n in zip(probabilities, lengths, strict=True)]


def main_run(blocks: Sequence[Block]) -> Span | None:
    """The maximum-weight contiguous run of blocks, or ``None`` when the page has no prose."""
    return main_run_weighted([block_weight(b) for b in blocks])


def prose_edges(run: Span | None, prose: Sequence[bool]) -> Span | None:
    """Narrow ``run`` so that it opens and closes on prose (``None`` if it holds none).

    Model weights can let a short heading or label at either end into the run ("The most
    important world news" under the last paragraph); a body starts and ends on running text.
    On the development benchmark this adds about 0.002-0.01 body F1 (docs/classifier.md).
    """
    if run is None:
        return None
    start, end = run.start, run.end
    while start <= end and not prose[start]:
        start += 1
    while end >= start and not prose[end]:
        end -= 1
    return Span(start, end) if start <= end else None


def grow_over_prose(
    run: Span | None, probabilities: Sequence[float], prose: Sequence[bool]
) -> Span | None:
    """Widen ``run`` over the prose blocks right next to it that the model does not reject.

    The model weighs the page's last paragraph down (it stands where comments and footers
    usually begin), and the run can stop one paragraph short; a neighbouring block that is
    prose by the hand rule and has a probability of at least ``GROW_THRESHOLD`` joins it.
    On the development benchmark: +0.002 to +0.005 body F1 on AEB, no change on WCXB.
    """
    if run is None:
        return None
    start, end = run.start, run.end
    while end + 1 < len(prose) and prose[end + 1] and probabilities[end + 1] >= GROW_THRESHOLD:
        end += 1
    while start > 0 and prose[start - 1] and probabilities[start - 1] >= GROW_THRESHOLD:
        start -= 1
    return Span(start, end)


def main_run_weighted(weights: Sequence[float]) -> Span | None:
    """The maximum-weight contiguous run for given block weights (Kadane), or ``None``."""
    best: Span | None = None
    best_score = 0.0
    score = 0.0
    start = 0
    for index, weight in enumerate(weights):
        if score <= 0:
            score, start = weight, index
        else:
            score += weight
        if score > best_score:
            best_score, best = score, Span(start, index)
    return best


@dataclass(frozen=True, slots=True)
class TitleChoice:
    """The chosen title block and the evidence for it."""

    index: int
    evidence: str


def find_title(
    blocks: Sequence[Block],
    run: Span,
    *,
    skip: frozenset[int] = frozenset(),
    meta: frozenset[int] = frozenset(),
    first_line_is_title: bool = True,
    sole_level1_is_title: bool = False,
    url: str | None = None,
) -> TitleChoice | None:
    """The article title: the heading before the body that names the page.

    With ``sole_level1_is_title`` (markdown dumps, whose ``#`` marks are the page's own), a page
    with exactly one level-1 heading (a link-only one is a logo) names its article there,
    wherever the body was found to start (``sole_level1_heading``), unless it stands inside
    the body while a marked heading stands over a byline or date line just above the body
    (``_marked_heading_over_meta``). ``first_line_is_title`` says the dump opens with the
    page's ``<title>`` (text dumps do; markdown dumps do not).

    Whole-page dumps open with the page's ``<title>`` ("Headline | Site"), and the headline
    near the body repeats most of its words. Candidates are headline-shaped blocks among the
    ``TITLE_WINDOW`` blocks before the run (ignoring ``skip``: dates and bylines), and blocks
    early in the run that agree strongly with that first line. A candidate scores by its word
    overlap with the first line, a level-1 or other marked heading, nearness to the body, and
    a byline or date line under it (within ``TITLE_TO_META`` blocks, or
    ``AGREEING_TITLE_TO_META`` for a candidate sharing ``HEADER_AGREEMENT`` of the first
    line's words).
    With no agreeing candidate, a first line that carries a site suffix is the title; failing
    that, the nearest headline-shaped block; failing that, a marked heading right after a lede.
    """
    level1 = [
        i for i, b in enumerate(blocks) if _is_h1(b) and b.link_density <= H1_MAX_LINK_DENSITY
    ]
    # One level-1 heading, maybe printed twice ("# Title" in a sticky header and the page).
    if sole_level1_is_title and len({blocks[i].text for i in level1}) == 1:
        first_h1 = next((i for i in level1 if i not in skip), None)
        if first_h1 is not None and not (
            first_h1 > run.start and _marked_heading_over_meta(blocks, run, skip, meta)
        ):
            return TitleChoice(first_h1, "sole_level1_heading")
    if first_line_is_title and blocks:
        part = page_title_part(blocks, run, skip=skip, url=url)
        if part is not None:
            return TitleChoice(part, "page_title_part")
    hint = words_of(blocks[0].text) if blocks and first_line_is_title else frozenset()
    # "Headline | Site": a block that says just the headline agrees fully too.
    split = split_site_suffix(blocks[0].text) if hint else None
    hints = (hint, words_of(split[0])) if split else (hint,)
    # Without a <title> line (markdown dumps), the URL's slug names the article instead.
    slug = slug_words(url) if url and not hint else frozenset()
    if len(slug) >= SLUG_MIN_WORDS:
        hints = (slug,)
    first = run.start - 1
    before = [i for i in range(first, max(-1, first - TITLE_WINDOW), -1) if i not in skip]
    inside = range(run.start, min(run.end + 1, run.start + TITLE_WINDOW_INSIDE_RUN))
    best: TitleChoice | None = None
    best_score = 0.0
    exact = False
    for distance, i in enumerate(before):
        block = blocks[i]
        if not _shaped(block, slug) or _not_a_title(block.text):
            continue
        agreement = _agreement(block, hints) if i > 0 else 0.0  # the first line itself
        score = title_score(block, agreement) - distance * TITLE_DISTANCE_COST
        reach = AGREEING_TITLE_TO_META if agreement >= HEADER_AGREEMENT else TITLE_TO_META
        over_meta = _over_meta(i, skip, meta, reach)
        if over_meta:
            score += META_BELOW_BONUS
        if best is None or score > best_score:
            if agreement >= TITLE_AGREEMENT:
                evidence = "matches_page_title"
            else:
                evidence = "heading_above_byline" if over_meta else _shape_evidence(block)
            best, best_score = TitleChoice(i, evidence), score
            exact = agreement == 1.0
    for i in inside:
        block = blocks[i]
        if i in skip or not is_headline_shaped(block) or is_prose(block):
            continue
        agreement = _agreement(block, hints) if i > 0 else 0.0
        if agreement >= TITLE_AGREEMENT_INSIDE_RUN and title_score(block, agreement) > best_score:
            best, best_score = TitleChoice(i, "matches_page_title"), title_score(block, agreement)
            exact = agreement == 1.0
    damaged = best is not None and best.index > 0 and bool(hint)
    if damaged and best is not None and _damaged_copy(blocks[best.index].text, blocks[0].text):
        # "Planning? Beginner? Guide" under "Planning: Beginner's Guide": the heading lost
        # characters to a bad encoding, the <title> kept them.
        suffixed = split_site_suffix(blocks[0].text) is not None
        return TitleChoice(0, "page_title" if suffixed else "first_line")
    if best is not None and (
        exact
        or best_score >= TITLE_AGREEMENT * TITLE_HINT_BONUS
        or _is_h1(blocks[best.index])
        or (best.evidence == "heading_above_byline" and best_score >= _NEAR_META_SCORE)
    ):
        return best
    if hint and (far := _agreeing_heading_over_meta(blocks, run, hints, skip, meta)) is not None:
        return TitleChoice(far, "matches_page_title")
    if first_line_is_title and run.start > 0 and 0 not in skip and not is_prose(blocks[0]):
        # A dump that reaches its body within a few lines has no page chrome, hence no
        # <title> line: its first line is a kicker ("Latest News"), the heading above the body
        # is the title.
        if (
            best is not None
            and 0 < best.index == run.start - 1
            and run.start <= ARTICLE_ONLY_HEAD
            and _agreement(blocks[best.index], hints) == 0
        ):
            return best
        suffixed = split_site_suffix(blocks[0].text) is not None
        return TitleChoice(0, "page_title" if suffixed else "first_line")
    if best is not None:
        return best
    if (
        first_line_is_title
        and run.start == 0
        and run.end > 0
        and 0 not in skip
        and is_headline_shaped(blocks[0])
    ):
        # The body starts at the first line, a short exclamation or question over the rest
        # ("Why now?"): the title, as an article's rendering prints it (cleaning the
        # rendering gives back the article; Hypothesis found such a page).
        return TitleChoice(0, "first_line")
    # The run opens with a lede (prose: a run starts on prose), then the marked title:
    # "summary / **Title** / body".
    second = run.start + 1
    if second <= run.end and blocks[second].marked_heading and is_headline_shaped(blocks[second]):
        return TitleChoice(second, "marked_heading_after_lede")
    return None


def _marked_heading_over_meta(
    blocks: Sequence[Block], run: Span, skip: frozenset[int], meta: frozenset[int]
) -> bool:
    """True when a marked heading stands over a byline or date line within
    ``HEADING_ABOVE_META_MAX_DISTANCE`` blocks above the body: the article's header ("## Title"
    / "Dec. 19, 2025 · Jane Doe" / body). A level-1 heading further down, inside the body, is
    then a pull quote or a section ("# But what they love is...", "# Conclusions"), not the
    title (on wcxb-dev markdown: 2 pages gained, none lost)."""
    stop = max(-1, run.start - 1 - HEADING_ABOVE_META_MAX_DISTANCE)
    return any(
        i not in skip
        and blocks[i].marked_heading
        and is_headline_shaped(blocks[i])
        and _over_meta(i, skip, meta)
        for i in range(run.start - 1, stop, -1)
    )


def _agreeing_heading_over_meta(
    blocks: Sequence[Block],
    run: Span,
    hints: Sequence[frozenset[str]],
    skip: frozenset[int],
    meta: frozenset[int],
) -> int | None:
    """A heading anywhere above the body (or early in it) that agrees with the first line
    and stands right over a byline or date line: the headline of a page whose body was
    found far below it (a long table of contents, a product grid, a run that starts at a
    later section). The best agreeing one wins, the nearest to the body of equals."""
    best: int | None = None
    best_agreement = 0.0
    end = min(len(blocks), run.end + 1, run.start + TITLE_WINDOW_INSIDE_RUN)
    for i in range(1, end):
        block = blocks[i]
        if i in skip or not is_headline_shaped(block) or _not_a_title(block.text):
            continue
        if not _over_meta(i, skip, meta):
            continue
        agreement = _agreement(block, hints)
        if agreement >= FAR_TITLE_AGREEMENT and agreement >= best_agreement:
            best, best_agreement = i, agreement
    return best


def _over_meta(
    index: int, skip: frozenset[int], meta: frozenset[int], reach: int = TITLE_TO_META
) -> bool:
    """True when a byline or date line (``skip`` or ``meta``) stands within ``reach`` blocks
    under block ``index``."""
    return any(j in skip or j in meta for j in range(index + 1, index + 1 + reach))


def page_title_part(
    blocks: Sequence[Block],
    run: Span,
    *,
    skip: frozenset[int] = frozenset(),
    url: str | None = None,
) -> int | None:
    """The block that prints the headline part of the page's first line, its ``<title>``.

    "Headline | Site" opens a whole-page dump; a later line that says just "Headline" is the
    page's own heading, whatever its length or shape ("Coffee", "Mission accomplished!"), and
    so is a line that repeats a first line without any separator. A leading part is the
    site's name instead ("Site: Headline") when it is printed as a line of its own first (the
    logo at the top of the page), the rest of the title later, and it is the shorter part:
    the site's name also stands under many headlines (a byline, an "About" box), so a
    trailing part alone is never taken. Parts are compared by their words (dashes, quotes and
    case do not matter), in the lines from the top of the page to
    ``TITLE_WINDOW_INSIDE_RUN`` blocks into the body; of several parts, the longest wins, and
    of a part printed several times, the copy nearest above the body.

    >>> from newsclean.blocks import Block
    >>> page = [Block(t) for t in ("Home Networks - Talk Radio", "Talk Radio", "Menu",
    ...     "Home Networks", "Routers at home are often years old and rarely updated.")]
    >>> page_title_part(page, Span(4, 4))
    3
    """
    title = blocks[0].text
    whole = _word_key(title)
    end = min(len(blocks), run.end + 1, run.start + TITLE_WINDOW_INSIDE_RUN)
    lines: dict[tuple[str, ...], list[int]] = {}
    for i in range(1, end):
        block = blocks[i]
        if i in skip or (is_prose(block) and not is_headline_shaped(block)):
            continue  # a sentence of the body that happens to say what the title says
        if key := _word_key(block.text):
            lines.setdefault(key, []).append(i)
    # The whole first line printed again is the headline, unless it has a site part: a
    # copy of "Headline | Site" is the <title> repeated (a share text), not the heading.
    suffixed = any(separator in title for separator in TITLE_SITE_SEPARATORS)
    best: list[int] = [] if suffixed else lines.get(whole, [])
    best_words = len(whole) if best else 0
    for separator in TITLE_SITE_PREFIX_SEPARATORS:
        at = title.find(separator)
        while at > 0:
            head = _word_key(title[:at])
            tail = _word_key(title[at + len(separator) :])
            heads, tails = lines.get(head), lines.get(tail)
            # The lines found are keyed by their words: a part's key is their key.
            if heads and tails and heads[0] < tails[0] and len(tail) > len(head):
                found, words = tails, len(tail)  # "Site: Headline", the site's name first
            elif heads and separator in TITLE_SITE_SEPARATORS:
                found, words = heads, len(head)
            else:
                found, words = [], 0
            if found and words > best_words:
                best, best_words = found, words
            at = title.find(separator, at + 1)
    host = site_host(url) if url else None
    # "example.com Headline": the site's host name leads the <title>.
    if not best and host and title.casefold().startswith(host + " "):
        best = lines.get(_word_key(title[len(host) + 1 :]), [])
    if not best:
        return None
    above = [i for i in best if i < run.start]
    return above[-1] if above else best[0]


def _damaged_copy(heading: str, title: str) -> bool:
    """True when ``heading`` is ``title`` (or its headline part) with some characters lost
    to a bad encoding, each replaced by "?" ("Beginner? Guide" for "Beginner's Guide").

    >>> _damaged_copy("Planning? Beginner? Guide", "Planning: Beginner's Guide | Site")
    True
    >>> _damaged_copy("Why Plan Ahead?", "Why Plan Ahead? | Site")
    False
    """
    if "?" not in heading.rstrip("?"):
        return False
    split = split_site_suffix(title)
    pattern = "".join(".{1,3}" if ch == "?" else regex.escape(ch) for ch in heading)
    return any(regex.fullmatch(pattern, t) for t in ({title, split[0]} if split else {title}))


def _not_a_title(text: str) -> bool:
    """A breadcrumb or a numbered section heading: it repeats or follows the headline."""
    return bool(_BREADCRUMB.search(text) or _SECTION_NUMBER.search(text))


def _word_key(text: str) -> tuple[str, ...]:
    """The words of ``text``, case folded, in order: a key that ignores punctuation."""
    return tuple(_WORD.findall(text.casefold()))


def _shaped(block: Block, slug: frozenset[str]) -> bool:
    """Headline-shaped, or a marked heading that links to the article itself: its words
    say what the URL's slug says (blogs print the headline as a link to its own page). Only
    above the body: inside it, such headings are the next story's on a page of several."""
    if is_headline_shaped(block):
        return True
    return (
        len(slug) >= SLUG_MIN_WORDS
        and block.marked_heading
        and block.words <= HEADLINE_MAX_WORDS
        and title_agreement(block, slug) >= TITLE_AGREEMENT
    )


def _agreement(block: Block, hints: Sequence[frozenset[str]]) -> float:
    return max(title_agreement(block, hint) for hint in hints)


def title_agreement(block: Block, page_title: frozenset[str]) -> float:
    """Dice overlap of the block's words with the page's first line.

    Symmetric, so that neither a short fragment of the first line ("Recent Trends") nor a long
    line that merely contains it wins over the headline that says the same as the first line.
    A later block that repeats the first line word for word agrees fully (1.0): the headline
    printed as it is in the ``<title>`` (``find_title`` does not score the first line against
    itself).
    """
    words = words_of(block.text)
    if len(words) < 2 or not page_title:
        return 0.0
    return 2 * len(words & page_title) / (len(words) + len(page_title))


def title_score(block: Block, agreement: float) -> float:
    """How strongly a headline-shaped block claims to be the title (before distance)."""
    score = TITLE_HINT_BONUS * agreement
    if _is_h1(block):
        score += H1_BONUS
    elif block.marked_heading:
        score += MARKED_BONUS
    return score


def split_site_suffix(line: str) -> tuple[str, str] | None:
    """Split a ``<title>`` line into headline and site: "Headline | Site" → both parts.

    >>> split_site_suffix("Health And Nutrition Trends For 2026 - Tastewise")
    ('Health And Nutrition Trends For 2026', 'Tastewise')
    >>> split_site_suffix("Latest News Lead Story") is None
    True
    """
    for separator in TITLE_SITE_SEPARATORS:
        head, found, site = line.rpartition(separator)
        site_sized = 1 <= len(site.split()) <= SITE_NAME_MAX_WORDS
        if found and site_sized and len(head.split()) >= HEADLINE_MIN_WORDS:
            return head.strip(), site.strip()
    return None


def split_label_suffix(heading: str) -> tuple[str, str] | None:
    """Split a label off a heading: "Headline | Opinion" → both parts.

    A vertical bar is no punctuation of prose: in a heading it joins the headline and a
    label the template or the editor added (a section, the site, an SEO tag: "| Patient
    Education", "| Top 19 Companies"), as in a ``<title>``. The label is a few words
    (``SITE_NAME_MAX_WORDS``) after the last bar, the headline ``HEADLINE_MIN_WORDS`` or more
    before it; other separators (dashes, colons) also join a headline's own two halves and are
    left alone.

    >>> split_label_suffix("How meditation rewires brains | Opinion")
    ('How meditation rewires brains', 'Opinion')
    >>> split_label_suffix("Opinion | How meditation rewires brains") is None
    True
    """
    head, found, label = heading.rpartition(TITLE_LABEL_SEPARATOR)
    if not found or not 1 <= len(label.split()) <= SITE_NAME_MAX_WORDS:
        return None
    if len(head.split()) < HEADLINE_MIN_WORDS:
        return None
    return head.strip(), label.strip()


def slug_words(url: str) -> frozenset[str]:
    """The words of an article URL's last path segment ("/2025/09/04/top-nutrition-trends/")."""
    path = urlsplit(url).path.rstrip("/")
    segment = path.rsplit("/", 1)[-1]
    segment = segment.rsplit(".", 1)[0] if "." in segment[-6:] else segment
    return words_of(segment.replace("-", " ").replace("_", " "))


def _shape_evidence(block: Block) -> str:
    return "marked_heading" if block.marked_heading else "heading_before_body"


def words_of(text: str) -> frozenset[str]:
    """The words :func:`title_agreement` compares (case-folded; one-letter words dropped)."""
    return frozenset(w for w in _WORD.findall(text.casefold()) if len(w) > 1 or w.isdigit())


def _is_h1(block: Block) -> bool:
    """A level-1 heading ("# Title", also "# **Title**"); a whole bold line is not one."""
    if block.kind is BlockKind.HEADING:
        return block.heading_level <= 1
    return block.marked_heading and block.heading_level <= 1 and not block.emphasized


def _is_marked(block: Block) -> bool:
    return block.marked_heading
