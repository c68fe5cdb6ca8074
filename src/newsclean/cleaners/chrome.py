"""``remove_site_chrome``: share bars, buttons, copyright and legal lines, comment prompts."""

from __future__ import annotations

import regex

from newsclean.blocks import BlockKind
from newsclean.document import Document, InputFormat
from newsclean.matching import any_of, literal_alternation, normal_form, phrase_set, token_run
from newsclean.patterns import chrome as patterns

NAME = "remove_site_chrome"

_WHOLE: dict[str, str] = {
    phrase: reason
    for reason, phrases in patterns.WHOLE_BLOCK.items()
    for phrase in phrase_set(phrases)
}
_SHARE_TOKENS = phrase_set(patterns.SHARE_TOKENS)
# "Contains" groups are searched only when the block holds one of their trigger words (every
# pattern of a group names one: tests/test_patterns.py), so most blocks cost one literal scan.
_CONTAINS = {label: any_of(fragments) for label, fragments in patterns.CONTAINS.items()}
_GROUPS_OF_TRIGGER: dict[str, tuple[str, ...]] = {}
for _label, _words in patterns.CONTAINS_TRIGGERS.items():
    for _word in _words:
        _GROUPS_OF_TRIGGER[_word] = (*_GROUPS_OF_TRIGGER.get(_word, ()), _label)
# Case-sensitive on purpose: it is searched in the normal form, which is already case folded.
_TRIGGERS = literal_alternation(_GROUPS_OF_TRIGGER)
_LEGAL_HEADINGS = phrase_set(patterns.LEGAL_HEADINGS)
_LEGAL_SENTENCE = any_of(patterns.LEGAL_SENTENCES)
_LEGAL_SENTENCE_TRIGGERS = patterns.LEGAL_SENTENCE_TRIGGERS
_LANGUAGE_CODES = phrase_set(patterns.LANGUAGE_CODES)
_YEAR_NOTICE = regex.compile(patterns.COPYRIGHT_YEAR)
# "night_theme", "share-line": identifiers of the page's scripts and styles leaking as text.
_UI_IDENTIFIER = regex.compile(r"^[a-z][a-z0-9]*(?:[_][a-z0-9]+)+$")
_SHARE_BAR_MAX_TOKENS = 12
_LEGAL_SENTENCE_MAX_CHARS = 800


def chrome_reason(text: str) -> str | None:
    """The reason code if ``text``, standing alone as a block, is site chrome; else ``None``.

    >>> chrome_reason("Facebook Twitter WhatsApp"), chrome_reason("Share it on Facebook, he said.")
    ('share_buttons', None)
    """
    return _reason(text, normal_form(text))


def _reason(text: str, norm: str) -> str | None:
    """:func:`chrome_reason` for a block whose normal form is already computed."""
    if not norm:
        return "ui_control"
    reason = _WHOLE.get(norm)
    if reason is not None:
        return reason
    if token_run(norm, _SHARE_TOKENS, max_tokens=_SHARE_BAR_MAX_TOKENS):
        return "share_buttons"
    if len(norm) <= 3 and norm in _LANGUAGE_CODES and text.strip().isalpha():
        return "language_switcher"
    if "_" in text and _UI_IDENTIFIER.match(text.strip()):  # the pattern needs an underscore
        return "ui_control"
    if len(text) <= patterns.CONTAINS_MAX_CHARS:
        found = _contains_group(norm)
        if found is not None:
            return found
    if (
        len(text) <= _LEGAL_SENTENCE_MAX_CHARS
        and _has_legal_trigger(norm)
        and _LEGAL_SENTENCE.search(norm)
    ):
        return "legal_notice"
    return None


def _has_legal_trigger(norm: str) -> bool:
    """True when ``norm`` holds a literal that any legal sentence needs (few blocks do)."""
    for trigger in _LEGAL_SENTENCE_TRIGGERS:  # noqa: SIM110 (a loop: faster than any() here)
        if trigger in norm:
            return True
    return False


def _contains_group(norm: str) -> str | None:
    """The "contains" group whose pattern matches leftmost in ``norm`` (ties: the first group).

    The same answer as one alternation over all groups, searching only the triggered groups.
    """
    found_triggers = _TRIGGERS.findall(norm)
    if not found_triggers:
        return None  # most blocks
    triggered = {g for t in found_triggers for g in _GROUPS_OF_TRIGGER[t]}
    best: tuple[int, int, str] | None = None
    for order, label in enumerate(_CONTAINS):
        if label in triggered:
            found = _CONTAINS[label].search(norm)
            if found is not None and (best is None or (found.start(), order) < best[:2]):
                best = (found.start(), order, label)
    return None if best is None else best[2]


def remove_site_chrome(doc: Document) -> Document:
    """Remove blocks that are page furniture rather than article text.

    Reasons: ``share_buttons``, ``share_prompt``, ``ui_control``, ``app_badge``,
    ``language_switcher``, ``comment_prompt``, ``copyright_notice``, ``legal_notice``,
    ``cookie_notice``, ``newsletter_prompt``, ``view_counter``, ``widget_credit``,
    ``image_only`` (a markdown image with no text around it).
    """
    reasons: dict[int, str] = {}
    # A page repeats much of its furniture (menus top and bottom, one share bar per teaser): a
    # fifth of the blocks on the development benchmark. ``_reason`` depends on the text only,
    # so each distinct text is judged once per call.
    judged: dict[str, str | None] = {}
    follows_legal_heading = False
    for index, block in enumerate(doc.blocks):
        if follows_legal_heading:
            follows_legal_heading = False
            reasons[index] = "legal_notice"
            continue
        if block.kind is BlockKind.IMAGE:
            reasons[index] = "image_only"
            continue
        norm = block.normal
        if norm in _LEGAL_HEADINGS:
            reasons[index] = "legal_notice"
            follows_legal_heading = True
            continue
        text = block.text
        if text in judged:
            reason = judged[text]
        else:
            reason = judged[text] = _reason(text, norm)
        if reason == "copyright_notice" and index == 0 and doc.format is InputFormat.TEXT:
            reason = _title_line_reason(text)
        if reason is not None:
            reasons[index] = reason
    return doc.drop(reasons, cleaner=NAME)


def _title_line_reason(text: str) -> str | None:
    """The reason to drop the first line of a text dump that carries a ©.

    A text dump opens with the page's ``<title>``, which may carry a ©-marked name ("Headline
    | Brand Online©"): there a bare © is part of the name, and only a full notice ("© 2025
    Brand", "All rights reserved") makes the line chrome.
    """
    if _YEAR_NOTICE.search(text):
        return "copyright_notice"
    bare = text.replace("©", " ")
    return _reason(bare, normal_form(bare))
