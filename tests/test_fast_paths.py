"""Fast paths give exactly the answers of the patterns they stand in for.

Speed work replaces a ``regex`` pattern by a string test or by a pattern for the standard
library's engine; these tests hold the two to the same answer on every character they cover.
"""

from __future__ import annotations

import random
import re
import sys

import pytest
import regex

from newsclean import matching
from newsclean.cleaners import language

_EVERY_CHARACTER = "".join(
    chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF
)


def test_white_space_is_what_regex_means_by_backslash_s() -> None:
    spelled = re.findall(f"[{matching.WHITE_SPACE}]", _EVERY_CHARACTER)
    assert spelled == regex.findall(r"\s", _EVERY_CHARACTER)
    assert "\x1c" not in spelled  # the standard library's \s would take it


def test_first_token_and_separators_as_the_regex_patterns_had_them() -> None:
    separators = r"[\s|•·/,;:»«›‹–—()\[\]]"
    first = regex.compile(rf"^{separators}*([^\s|•·/,;:»«›‹–—()\[\]]+)")
    split = regex.compile(rf"{separators}+")
    texts = [
        "Share this",
        "  | Facebook · Twitter",
        "a\x1cb\x1fc",
        "x\x85y\u3000z",
        "—",
        "",
        "日本語 の テキスト",
        "(copy link) [print]",
    ]
    for text in texts:
        got = matching._FIRST_TOKEN.match(text)
        want = first.match(text)
        assert (got and got.group(1)) == (want and want.group(1)), text
        assert matching._SEPARATORS.split(text) == split.split(text), text



_LANGUAGE_SAMPLES = [
    "The minister said on Friday that the talks would resume next week in Geneva.",
    "Le ministre a déclaré vendredi que les négociations reprendraient la semaine prochaine.",
    "Der Minister sagte am Freitag, die Gespräche würden nächste Woche in Genf fortgesetzt.",
    "Министр заявил в пятницу, что переговоры возобновятся на следующей неделе в Женеве.",
    "وقال الوزير يوم الجمعة إن المحادثات ستستأنف الأسبوع المقبل في جنيف.",
    "部長は金曜日、協議は来週ジュネーブで再開されると述べた。",
    "मंत्री ने शुक्रवार को कहा कि बातचीत अगले सप्ताह जिनेवा में फिर से शुरू होगी।",
    "Ο υπουργός δήλωσε την Παρασκευή ότι οι συνομιλίες θα συνεχιστούν την επόμενη εβδομάδα.",
    "THE MINISTER SAID ON FRIDAY THAT THE TALKS WOULD RESUME",  # all capitals: lower-cased
    "12345 67890 !!! ??? ... ---",
    "a",
    "",
    "Maliâ€™s army said\x85 the \ud800 talks",  # mojibake, a C1 control, a lone surrogate
]


def _language_samples() -> list[str]:
    rng = random.Random(5)
    texts = list(_LANGUAGE_SAMPLES)
    texts.append("\n".join(_LANGUAGE_SAMPLES) * 8)  # long and in many scripts
    scripts = [(32, 127), (0x400, 0x450), (0x620, 0x64B), (0x4E00, 0x4E80), (0x900, 0x97F)]
    for _ in range(60):  # random text over two scripts, 1 to 1,500 characters
        alphabet = " " * 8 + "".join(
            chr(c) for low, high in rng.sample(scripts, 2) for c in range(low, high)
        )
        texts.append("".join(rng.choice(alphabet) for _ in range(rng.randrange(1, 1500))))
    return texts


def test_windowed_language_scanner_counts_as_py3langid() -> None:
    from py3langid import langid

    fast = language._identifier()
    stock = langid.LanguageIdentifier.from_model_file(langid.MODEL_FILE, norm_probs=False)
    walked = 0
    for text in _language_samples():
        encoded = stock._encode(text)
        want = langid.visit_counts(stock.tk_nextmove, stock._rowbase, stock.tk_output, encoded)
        got = language._features(fast._moves, fast._rows, fast._outputs, encoded)
        if got is not None:  # None: too short or featureless, py3langid's own loop decides
            walked += 1
            features, counts = got
            assert want is not None, text[:40]
            assert list(zip(features.tolist(), counts.tolist(), strict=True)) == [
                (feature, float(count)) for feature, count in want.items()
            ], text[:40]
        # The scores themselves, not only the winner: the widened weights sum to the same floats.
        assert fast._raw_score(encoded).tolist() == stock._raw_score(encoded).tolist(), text[:40]
        assert fast.classify(text) == stock.classify(text), text[:40]
    assert walked > 50


def test_windowed_language_scanner_falls_back_when_the_walk_does_not_check_out(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # A window too short to fix the scanner's state: the check must catch it.
    fast = language._identifier()
    encoded = fast._encode(_LANGUAGE_SAMPLES[0] * 3)
    assert language._features(fast._moves, fast._rows, fast._outputs, encoded) is not None
    monkeypatch.setattr(language, "_WINDOW", 1)
    assert language._features(fast._moves, fast._rows, fast._outputs, encoded) is None


def test_literal_alternation_finds_what_the_longest_first_alternation_finds() -> None:
    from newsclean.cleaners import chrome

    rng = random.Random(3)
    literal_sets = [
        list(chrome._GROUPS_OF_TRIGGER),
        ["a", "ab", "abc", "b", "bc", "c-", "(c)", "©"],
        ["mail", "e-mail", "email", "mailbox", "box"],
    ]
    for literals in literal_sets:
        longest_first = re.compile(
            "|".join(re.escape(t) for t in sorted(literals, key=len, reverse=True))
        )
        trie = matching.literal_alternation(literals)
        alphabet = [*sorted(set("".join(literals))), " "]
        texts = [" ".join(literals), "".join(literals), "".join(reversed(literals))]
        texts += ["".join(rng.choices(alphabet, k=rng.randrange(60))) for _ in range(3000)]
        for text in texts:
            assert trie.findall(text) == longest_first.findall(text), (literals[:3], text)


def test_wrap_tests_answer_as_their_patterns() -> None:
    from newsclean import blocks

    characters = [chr(c) for c in range(0x3000)] + ["", "ab", "Ab", "a.", "a–", "日本"]
    for text in characters:
        if text:
            assert blocks._open_ended(text) == (blocks._OPEN_END.search(text[-1]) is not None)
        assert blocks._starts_lower(text) == (blocks._LOWER_START.match(text) is not None), text


def test_is_prose_remembers_what_it_found_and_forgets_it_on_a_changed_block() -> None:
    import dataclasses

    from newsclean import textstats
    from newsclean.blocks import Block, BlockKind

    texts = ["Short.", "The minister said on Friday that the talks would resume next week."]
    for text in texts:
        for kind in BlockKind:
            block = Block(text, kind=kind)
            assert block.prose_memo is None
            first = textstats.is_prose(block)
            assert block.prose_memo is first is textstats._is_prose(block)
            assert textstats.is_prose(block) is first
            changed = dataclasses.replace(block, text=texts[0] if text != texts[0] else texts[1])
            assert changed.prose_memo is None
            assert textstats.is_prose(changed) is textstats._is_prose(changed)


def test_plain_text_lines_parse_as_they_did_without_the_shortcut(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from newsclean import blocks

    lines = [chr(c) + rest for c in range(0x300) for rest in (" word", "* x", "# x *y* **z**")]
    lines += ["**Bold line**", "__x__", "1. First", "- item", "# Heading", "Plain *text* here"]
    lines = [line for line in lines if line.strip(blocks._STRIPPED) == line]
    fast = [blocks._parse_line(line, 1, markdown=False) for line in lines]
    monkeypatch.setattr(blocks, "_PLAIN_STARTS", frozenset())
    assert fast == [blocks._parse_line(line, 1, markdown=False) for line in lines]


def _ascii_samples(count: int) -> list[str]:
    """Random ASCII texts over every character class a word test can meet."""
    rng = random.Random(7)
    alphabet = [chr(c) for c in range(128)] + ["ab", "_", " ", "  ", "Zz9"]
    texts = ["", " ", "_", "a", " a", "a ", "It's 9:30 in Sao_Paulo", "x__y  z\t1"]
    texts += ["".join(rng.choices(alphabet, k=rng.randrange(40))) for _ in range(count)]
    return texts


def test_word_count_counts_what_the_pattern_finds() -> None:
    from newsclean.blocks import word_count

    texts = [*_ascii_samples(5000), "Москва, 2024", "São_Paulo’s “best” café", "日本語 テキスト"]
    for text in texts:
        assert word_count(text) == len(regex.findall(r"\w+", text)), repr(text)


def test_capitals_count_what_the_pattern_finds() -> None:
    from newsclean import blockmodel

    texts = [*_ascii_samples(5000), "Москва Ёлка, 2024", "São Paulo Été", "\u00a0Ab \x1cCd"]
    for text in texts:
        encoded = text.encode("utf-8", "surrogatepass")
        assert blockmodel._capitals(text, encoded) == len(
            regex.findall(r"(?<!\S)\p{Lu}", text)
        ), repr(text)


def test_loose_duplicate_key_is_the_text_less_case_and_punctuation() -> None:
    from newsclean.cleaners import duplicates

    def by_pattern(text: str) -> str:
        return regex.sub(r"[\W_]+", " ", text.casefold()).strip()

    texts = _ascii_samples(5000)
    texts += ["Straße — „Zitat“", "ÉTÉ_été", "K\u212a ﬁne", "日本語、テキスト！", " Москва,  2024 "]
    for text in texts:
        assert duplicates._loose_key(text) == by_pattern(text), repr(text)


def test_remove_duplicate_blocks_skips_no_repeat_when_it_skips_the_loose_key() -> None:
    from newsclean.blocks import Block
    from newsclean.cleaners.duplicates import remove_duplicate_blocks
    from newsclean.document import Document, InputFormat

    texts = ["Share", "A  line.", "A line.", "a line", "share!", "Other", "A line.", "_", "__"]
    doc = Document(blocks=tuple(Block(t) for t in texts), format=InputFormat.TEXT)
    removed = remove_duplicate_blocks(doc).removed
    assert [(r.text, r.reason) for r in removed] == [
        ("A line.", "duplicate_block"),
        ("a line", "near_duplicate_block"),
        ("share!", "near_duplicate_block"),
        ("A line.", "duplicate_block"),
    ]


def test_block_built_through_its_slot_setters_equals_one_built_field_by_field() -> None:
    import dataclasses

    from newsclean.blocks import Block, BlockKind, word_count
    from newsclean.matching import normal_form

    block = Block("  Two words ", kind=BlockKind.HEADING, line=3, heading_level=2, link_chars=4)
    assert (block.text, block.kind, block.line, block.heading_level) == (
        "  Two words ",
        BlockKind.HEADING,
        3,
        2,
    )
    assert (block.emphasized, block.link_chars, block.prose_memo) == (False, 4, None)
    assert block.words == word_count(block.text) == 2
    assert block.normal == normal_form(block.text) == "two words"
    assert dataclasses.replace(block) == block
    with pytest.raises(dataclasses.FrozenInstanceError):
        block.text = "changed"  # type: ignore[misc]


def test_remove_site_chrome_judges_a_repeated_text_as_it_judged_it_first() -> None:
    from newsclean.blocks import Block
    from newsclean.cleaners import chrome
    from newsclean.document import Document, InputFormat

    texts = ["Share", "Facebook Twitter", "The talks resume next week.", "© 2024 Example"] * 3
    texts += ["Disclaimer", "Share", "Share", "The talks resume next week."]
    doc = Document(blocks=tuple(Block(t) for t in texts), format=InputFormat.TEXT)
    removed = chrome.remove_site_chrome(doc).removed
    expected = []
    for index, text in enumerate(texts):
        reason = chrome._reason(text, Block(text).normal)
        if texts[index - 1] == "Disclaimer" or text == "Disclaimer":
            reason = "legal_notice"
        if reason is not None:
            expected.append((text, reason))
    assert [(r.text, r.reason) for r in removed] == expected


def _markdown_lines() -> list[str]:
    rng = random.Random(11)
    pieces = ["#", "##", "#######", " ", "\t", "*", "**", "_", "__", "-", "=", "x", "Word", "é",
              "\x85", "\u3000", "\xa0", ".", "1", "[a](b)"]
    lines = ["".join(rng.choice(pieces) for _ in range(rng.randrange(1, 12))) for _ in range(6000)]
    lines += ["# Title", "## Title ##", "###### Six", "####### Seven", "#", "# #", "#\tTab #\t",
              "#Title", "**Bold**", "**Bold** and more", "__x__", "***", "- - -", "* item",
              "**a** and *b* and _c_", "__init__ and _x"]
    return lines


def test_markdown_line_fast_paths_as_the_patterns_had_them() -> None:
    from newsclean import blocks

    heading = regex.compile(r"^(#{1,6})[ \t]+(.*?)[ \t#]*$")
    for line in _markdown_lines():
        want = heading.match(line)
        assert blocks._heading(line) == (want and (len(want.group(1)), want.group(2))), line
        if blocks._RULE.match(line):
            assert line[0] in blocks._RULE_STARTS and not line.strip(blocks._RULE_CHARS), line
        if blocks._WHOLE_EMPHASIS.match(line):
            assert line.startswith(blocks._EMPHASIS_STARTS) and line.endswith(line[:2]), line
        if blocks._STRONG.search(line):
            assert "**" in line or "__" in line, line
        if blocks._EM.search(line):
            assert line.count("*") >= 2 or line.count("_") >= 2, line


def test_needs_repair_answers_as_the_damage_pattern() -> None:
    from newsclean.cleaners import encoding

    rng = random.Random(7)
    # Every character from U+0000 to U+0400, the cp1252 punctuation, surrogates, other scripts.
    alphabet = [chr(c) for c in range(0x400)] + list("\u2018\u2019\u201c\u2026\u20ac\u2122")
    alphabet += ["\ud800", "\udfff", "\u0416", "\u4e2d", "&", "&amp;", "&#39;", "\x1b["]
    texts = [
        "".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 6))) for _ in range(20000)
    ]
    texts += ["Mali\u2019s army", "Mali\u00e2\u20ac\u2122s army", "caf\u00e9", "\u00c3\u00a9t"]
    for text in texts:
        assert encoding.needs_repair(text) == (encoding._DAMAGE.search(text) is not None), text


def test_year_pattern_finds_the_years_of_its_plain_form() -> None:
    from newsclean.cleaners import metadata

    plain = re.compile(r"(?:19|20)\d\d|[\u0660-\u0669\u06f0-\u06f9]{4}")
    rng = random.Random(8)
    alphabet = "01290\u0660\u0661\u0669\u06f0\u06f9\u0967a "
    texts = ["1999", "2025", "2125", "\u0662\u0660\u0662\u0665", "19\u0663\u0664", "x"]
    texts += ["".join(rng.choices(alphabet, k=rng.randrange(12))) for _ in range(20000)]
    for text in texts:
        assert metadata._YEAR.findall(text) == plain.findall(text), text


def test_texts_matching_finds_the_texts_a_search_of_each_finds() -> None:
    pattern = re.compile(r"\d{4}|by")
    rng = random.Random(9)
    alphabet = ["", "by", "b", "y", "2025", "12", "34", " ", "x", "\n"]
    for _ in range(3000):
        count = rng.randrange(8)
        texts = ["".join(rng.choices(alphabet, k=rng.randrange(5))) for _ in range(count)]
        want = [i for i, text in enumerate(texts) if pattern.search(text)]
        assert matching.texts_matching(pattern, texts) == want, texts
