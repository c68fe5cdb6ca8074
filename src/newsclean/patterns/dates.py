"""Word lists used by :mod:`newsclean.dates` to find dates in news page text.

Everything language-specific lives here as plain data so that adding a language
or a spelling variant never means touching regex code. All keys are lower case
(matching is case-insensitive) and carry no trailing full stop (an optional "."
after an abbreviation is handled by the regex builder).

Sources: month and weekday names are the CLDR "gregorian" calendar names
(format and stand-alone, wide and abbreviated) for each locale;
``tests/test_dates.py`` re-checks the month tables against CLDR through babel
when babel is installed. On top of CLDR we add unaccented spellings (scraped
text often loses diacritics) and variants seen in newspaper bylines ("Sept",
"Jänner", "setiembre", Levantine Arabic month names). Cue words, connectors and
time-zone abbreviations are hand-collected from news bylines in each language.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Final, Literal


def _freeze(table: dict[str, dict[str, int]]) -> Mapping[str, Mapping[str, int]]:
    return MappingProxyType({lang: MappingProxyType(names) for lang, names in table.items()})


# --- Months -----------------------------------------------------------------
# name -> month number, grouped by ISO 639-1 language code. A name may occur in
# several languages ("mar", "jun") but must then map to the same month: the
# test-suite checks this.
MONTHS: Final[Mapping[str, Mapping[str, int]]] = _freeze(
    {
        "en": {
            "january": 1,
            "february": 2,
            "march": 3,
            "april": 4,
            "may": 5,
            "june": 6,
            "july": 7,
            "august": 8,
            "september": 9,
            "october": 10,
            "november": 11,
            "december": 12,
            "jan": 1,
            "feb": 2,
            "mar": 3,
            "apr": 4,
            "jun": 6,
            "jul": 7,
            "aug": 8,
            "sep": 9,
            "sept": 9,
            "oct": 10,
            "nov": 11,
            "dec": 12,
        },
        "de": {
            "januar": 1,
            "jänner": 1,
            "jaenner": 1,
            "februar": 2,
            "feber": 2,
            "märz": 3,
            "maerz": 3,
            "april": 4,
            "mai": 5,
            "juni": 6,
            "juli": 7,
            "august": 8,
            "september": 9,
            "oktober": 10,
            "november": 11,
            "dezember": 12,
            "jan": 1,
            "feb": 2,
            "mär": 3,
            "apr": 4,
            "jun": 6,
            "jul": 7,
            "aug": 8,
            "sep": 9,
            "sept": 9,
            "okt": 10,
            "nov": 11,
            "dez": 12,
        },
        "fr": {
            "janvier": 1,
            "février": 2,
            "fevrier": 2,
            "mars": 3,
            "avril": 4,
            "mai": 5,
            "juin": 6,
            "juillet": 7,
            "août": 8,
            "aout": 8,
            "septembre": 9,
            "octobre": 10,
            "novembre": 11,
            "décembre": 12,
            "decembre": 12,
            "janv": 1,
            "févr": 2,
            "fevr": 2,
            "fév": 2,
            "fev": 2,
            "avr": 4,
            "juil": 7,
            "sept": 9,
            "oct": 10,
            "nov": 11,
            "déc": 12,
            "dec": 12,
        },
        "es": {
            "enero": 1,
            "febrero": 2,
            "marzo": 3,
            "abril": 4,
            "mayo": 5,
            "junio": 6,
            "julio": 7,
            "agosto": 8,
            "septiembre": 9,
            "setiembre": 9,
            "octubre": 10,
            "noviembre": 11,
            "diciembre": 12,
            "ene": 1,
            "feb": 2,
            "mar": 3,
            "abr": 4,
            "may": 5,
            "jun": 6,
            "jul": 7,
            "ago": 8,
            "sep": 9,
            "sept": 9,
            "set": 9,
            "oct": 10,
            "nov": 11,
            "dic": 12,
        },
        "it": {
            "gennaio": 1,
            "febbraio": 2,
            "marzo": 3,
            "aprile": 4,
            "maggio": 5,
            "giugno": 6,
            "luglio": 7,
            "agosto": 8,
            "settembre": 9,
            "ottobre": 10,
            "novembre": 11,
            "dicembre": 12,
            "gen": 1,
            "feb": 2,
            "mar": 3,
            "apr": 4,
            "mag": 5,
            "giu": 6,
            "lug": 7,
            "ago": 8,
            "set": 9,
            "sett": 9,
            "ott": 10,
            "nov": 11,
            "dic": 12,
        },
        "pt": {
            "janeiro": 1,
            "fevereiro": 2,
            "março": 3,
            "marco": 3,
            "abril": 4,
            "maio": 5,
            "junho": 6,
            "julho": 7,
            "agosto": 8,
            "setembro": 9,
            "outubro": 10,
            "novembro": 11,
            "dezembro": 12,
            "jan": 1,
            "fev": 2,
            "mar": 3,
            "abr": 4,
            "mai": 5,
            "jun": 6,
            "jul": 7,
            "ago": 8,
            "set": 9,
            "out": 10,
            "nov": 11,
            "dez": 12,
        },
        "nl": {
            "januari": 1,
            "februari": 2,
            "maart": 3,
            "april": 4,
            "mei": 5,
            "juni": 6,
            "juli": 7,
            "augustus": 8,
            "september": 9,
            "oktober": 10,
            "november": 11,
            "december": 12,
            "jan": 1,
            "feb": 2,
            "mrt": 3,
            "apr": 4,
            "jun": 6,
            "jul": 7,
            "aug": 8,
            "sep": 9,
            "sept": 9,
            "okt": 10,
            "nov": 11,
            "dec": 12,
        },
        "ru": {
            # Nominative (stand-alone) forms.
            "январь": 1,
            "февраль": 2,
            "март": 3,
            "апрель": 4,
            "май": 5,
            "июнь": 6,
            "июль": 7,
            "август": 8,
            "сентябрь": 9,
            "октябрь": 10,
            "ноябрь": 11,
            "декабрь": 12,
            # Genitive forms: the ones used in "7 июня 2025".
            "января": 1,
            "февраля": 2,
            "марта": 3,
            "апреля": 4,
            "мая": 5,
            "июня": 6,
            "июля": 7,
            "августа": 8,
            "сентября": 9,
            "октября": 10,
            "ноября": 11,
            "декабря": 12,
            # Abbreviations.
            "янв": 1,
            "фев": 2,
            "февр": 2,
            "мар": 3,
            "апр": 4,
            "июн": 6,
            "июл": 7,
            "авг": 8,
            "сен": 9,
            "сент": 9,
            "окт": 10,
            "ноя": 11,
            "нояб": 11,
            "дек": 12,
        },
        "ar": {
            # Egyptian / Gulf transliterations of the Latin names (CLDR "ar"),
            # with the common hamza-less and Egyptian "-يه" spellings.
            "يناير": 1,
            "فبراير": 2,
            "مارس": 3,
            "أبريل": 4,
            "ابريل": 4,
            "إبريل": 4,
            "مايو": 5,
            "يونيو": 6,
            "يونيه": 6,
            "يوليو": 7,
            "يوليه": 7,
            "أغسطس": 8,
            "اغسطس": 8,
            "سبتمبر": 9,
            "أكتوبر": 10,
            "اكتوبر": 10,
            "نوفمبر": 11,
            "ديسمبر": 12,
            # Levantine / Iraqi (Syriac-derived) names (CLDR "ar_SY", "ar_IQ", ...).
            "كانون الثاني": 1,
            "شباط": 2,
            "آذار": 3,
            "اذار": 3,
            "نيسان": 4,
            "أيار": 5,
            "ايار": 5,
            "حزيران": 6,
            "تموز": 7,
            "آب": 8,
            "اب": 8,
            "أيلول": 9,
            "ايلول": 9,
            "تشرين الأول": 10,
            "تشرين الاول": 10,
            "تشرين الثاني": 11,
            "كانون الأول": 12,
            "كانون الاول": 12,
        },
    }
)

# Languages whose month names may come before the day ("June 7, 2025"). Other
# languages write the day first; allowing their abbreviations in front would
# read English words as months ("Set 1, 2025 edition", "out 3").
MONTH_FIRST_LANGUAGES: Final[tuple[str, ...]] = ("en",)

# Chinese, Japanese and Korean dates are numeric with unit characters
# ("2025年6月7日", "2025년 6월 7일"); these are the unit characters.
CJK_YEAR_MARKS: Final[str] = "年년"
CJK_MONTH_MARKS: Final[str] = "月월"
CJK_DAY_MARKS: Final[str] = "日일"
# Hour and minute units ("14時01分", "14时", "14시 01분").
CJK_HOUR_MARKS: Final[str] = "時时시"
CJK_MINUTE_MARKS: Final[str] = "分분"
# Day-period words written before a 12-hour time ("下午2:01", "오후 2:01").
CJK_DAY_PERIODS: Final[Mapping[str, Literal["am", "pm"]]] = MappingProxyType(
    {"上午": "am", "下午": "pm", "午前": "am", "午後": "pm", "오전": "am", "오후": "pm"}
)

# Suffixes a day number may carry: English ordinals, French "1er", Iberian
# "1º"/"1ª" (and the degree sign often typed instead).
ORDINAL_SUFFIXES: Final[tuple[str, ...]] = ("st", "nd", "rd", "th", "er", "º", "ª", "°")

# Words that may sit between the day and the month or the month and the year
# ("4 de septiembre de 2025", "7th of June 2025").
DATE_LINKERS: Final[tuple[str, ...]] = ("de", "del", "of")

# Markers written after a year: Russian "g."/"goda", Arabic "m" (Gregorian era).
# (Cyrillic letters below look like Latin ones, hence the noqa.)
YEAR_SUFFIXES: Final[tuple[str, ...]] = ("г.", "г", "года", "год", "م")

# --- Weekdays ---------------------------------------------------------------
# Only used to decide whether a line is "essentially a date" (they are
# removed before counting what is left). CLDR wide + abbreviated names.
WEEKDAYS: Final[Mapping[str, tuple[str, ...]]] = MappingProxyType(
    {
        "en": (
            "monday",
            "tuesday",
            "wednesday",
            "thursday",
            "friday",
            "saturday",
            "sunday",
            "mon",
            "tue",
            "tues",
            "wed",
            "thu",
            "thur",
            "thurs",
            "fri",
            "sat",
            "sun",
        ),
        "de": (
            "montag",
            "dienstag",
            "mittwoch",
            "donnerstag",
            "freitag",
            "samstag",
            "sonnabend",
            "sonntag",
            "mo",
            "di",
            "mi",
            "do",
            "fr",
            "sa",
            "so",
        ),
        "fr": (
            "lundi",
            "mardi",
            "mercredi",
            "jeudi",
            "vendredi",
            "samedi",
            "dimanche",
            "lun",
            "mar",
            "mer",
            "jeu",
            "ven",
            "sam",
            "dim",
        ),
        "es": (
            "lunes",
            "martes",
            "miércoles",
            "miercoles",
            "jueves",
            "viernes",
            "sábado",
            "sabado",
            "domingo",
            "lun",
            "mar",
            "mié",
            "mie",
            "jue",
            "vie",
            "sáb",
            "dom",
        ),
        "it": (
            "lunedì",
            "lunedi",
            "martedì",
            "martedi",
            "mercoledì",
            "mercoledi",
            "giovedì",
            "giovedi",
            "venerdì",
            "venerdi",
            "sabato",
            "domenica",
            "lun",
            "mar",
            "mer",
            "gio",
            "ven",
            "sab",
            "dom",
        ),
        "pt": (
            "segunda-feira",
            "terça-feira",
            "terca-feira",
            "quarta-feira",
            "quinta-feira",
            "sexta-feira",
            "segunda",
            "terça",
            "terca",
            "quarta",
            "quinta",
            "sexta",
            "sábado",
            "sabado",
            "domingo",
            "seg",
            "ter",
            "qua",
            "qui",
            "sex",
            "sáb",
            "dom",
        ),
        "nl": (
            "maandag",
            "dinsdag",
            "woensdag",
            "donderdag",
            "vrijdag",
            "zaterdag",
            "zondag",
            "ma",
            "di",
            "wo",
            "do",
            "vr",
            "za",
            "zo",
        ),
        "ru": (
            "понедельник",
            "вторник",
            "среда",
            "среду",
            "четверг",
            "пятница",
            "пятницу",
            "суббота",
            "субботу",
            "воскресенье",
            "пн",
            "вт",
            "ср",
            "чт",
            "пт",
            "сб",
            "вс",
        ),
        "ar": (
            "الاثنين",
            "الإثنين",
            "الثلاثاء",
            "الأربعاء",
            "الاربعاء",
            "الخميس",
            "الجمعة",
            "السبت",
            "الأحد",
            "الاحد",
        ),
        "zh": (
            "星期一",
            "星期二",
            "星期三",
            "星期四",
            "星期五",
            "星期六",
            "星期日",
            "星期天",
            "周一",
            "周二",
            "周三",
            "周四",
            "周五",
            "周六",
            "周日",
            "週一",
            "週二",
            "週三",
            "週四",
            "週五",
            "週六",
            "週日",
        ),
        "ja": ("月曜日", "火曜日", "水曜日", "木曜日", "金曜日", "土曜日", "日曜日"),
        "ko": ("월요일", "화요일", "수요일", "목요일", "금요일", "토요일", "일요일"),
    }
)

# --- Cue words --------------------------------------------------------------
# A cue found shortly before a date on the same line gives the date its role.
# Longer phrases win over their prefixes, so "last updated" and "updated" can
# both be listed. CJK cues are matched without word boundaries.
PUBLISHED_CUES: Final[Mapping[str, tuple[str, ...]]] = MappingProxyType(
    {
        "en": (
            "published",
            "first published",
            "publish date",
            "published on",
            "posted",
            "posted on",
            "released",
            "date published",
            "publication date",
            "pub date",
        ),
        "de": ("veröffentlicht", "veroeffentlicht", "erschienen", "erstellt", "publiziert"),
        "fr": ("publié", "publiée", "publie", "publié le", "mis en ligne", "paru"),
        "es": ("publicado", "publicada", "fecha de publicación"),
        "it": ("pubblicato", "pubblicata", "data di pubblicazione"),
        "pt": ("publicado", "publicada", "publicado em", "data de publicação"),
        "nl": ("gepubliceerd", "geplaatst", "verschenen"),
        "ru": ("опубликовано", "опубликован", "опубликована", "дата публикации", "публикация"),
        "ar": ("نشر", "نُشر", "نشرت", "تاريخ النشر", "نشر في"),
        "zh": ("发布", "發布", "發佈", "发表", "發表", "发布时间", "發佈時間"),
        "ja": ("公開", "掲載", "投稿", "配信"),
        "ko": ("입력", "게시", "등록", "발행"),
    }
)

UPDATED_CUES: Final[Mapping[str, tuple[str, ...]]] = MappingProxyType(
    {
        "en": (
            "updated",
            "last updated",
            "page updated",
            "update",
            "last update",
            "modified",
            "last modified",
            "edited",
            "revised",
        ),
        "de": (
            "aktualisiert",
            "zuletzt aktualisiert",
            "geändert",
            "zuletzt geändert",
            "stand",
            "update",
        ),
        "fr": (
            "mis à jour",
            "mis a jour",
            "mise à jour",
            "mise a jour",
            "modifié",
            "modifie",
            "actualisé",
            "actualise",
        ),
        "es": ("actualizado", "actualizada", "actualización", "modificado"),
        "it": ("aggiornato", "aggiornata", "aggiornamento", "modificato"),
        "pt": ("atualizado", "atualizada", "actualizado", "atualização", "modificado"),
        "nl": ("bijgewerkt", "aangepast", "gewijzigd", "laatste update"),
        "ru": ("обновлено", "обновлён", "обновлен", "обновлена", "изменено"),
        "ar": ("تحديث", "آخر تحديث", "اخر تحديث", "محدث", "تم التحديث"),
        "zh": ("更新", "更新时间", "更新時間", "修改"),
        "ja": ("更新",),
        "ko": ("수정", "업데이트"),
    }
)

# Labels that introduce a date without saying which one ("Date: ...").
# They give no role but are ignored when checking for a date-only line.
NEUTRAL_LABELS: Final[Mapping[str, tuple[str, ...]]] = MappingProxyType(
    {
        "en": ("date", "on", "at", "time"),
        "de": ("datum", "am", "um", "uhr", "vom"),
        "fr": ("date", "le", "à", "a", "du"),
        "es": ("fecha", "el", "a las", "las", "del"),
        "it": ("data", "il", "alle", "ore", "del"),
        "pt": ("data", "em", "às", "as", "de"),
        "nl": ("datum", "op", "om"),
        "ru": ("дата", "в", "от"),
        "ar": ("التاريخ", "بتاريخ", "في"),
        "zh": ("日期", "时间", "時間", "于", "於"),
        "ja": ("日時",),
        "ko": ("기사", "시간"),
    }
)

# Words allowed between a date and the time of day that follows it
# ("3 juin 2025 à 14h05", "Jun 7, 2025 at 2:01 PM").
TIME_CONNECTORS: Final[tuple[str, ...]] = (
    "at",
    "à",
    "a las",
    "a la",
    "alle",
    "ore",
    "às",
    "as",
    "um",
    "om",
    "в",
    "في",
    "kl",
)

# Words written after a time of day ("14:01 Uhr", "14.01 h").
TIME_SUFFIXES: Final[tuple[str, ...]] = ("uhr", "h", "ч", "hrs", "hs")

# --- Time zones ---------------------------------------------------------------
# Abbreviation -> offset from UTC in minutes. Matched case-sensitively (upper
# case only) so that French "est"/"cet" or German "ist" are never mistaken for a
# zone. ``None`` marks an abbreviation that is recognised (and consumed) but
# ambiguous, so the datetime is left naive rather than guessed:
#   IST = India +5:30, Irish Summer +1:00 or Israel +2:00;
#   CST = US Central -6:00 or China +8:00;
#   AST = Atlantic -4:00 or Arabia +3:00;
#   ET/CT/MT/PT = US zones without saying whether summer time applies;
#   BST is taken as British Summer Time (+1:00), its overwhelming use in news.
# Offsets from the IANA tz database abbreviations.
TIMEZONES: Final[Mapping[str, int | None]] = MappingProxyType(
    {
        "UTC": 0,
        "GMT": 0,
        "UT": 0,
        "Z": 0,
        "WET": 0,
        "WEST": 60,
        "BST": 60,
        "CET": 60,
        "CEST": 120,
        "MEZ": 60,
        "MESZ": 120,
        "EET": 120,
        "EEST": 180,
        "MSK": 180,
        "EST": -300,
        "EDT": -240,
        "CDT": -300,
        "MST": -420,
        "MDT": -360,
        "PST": -480,
        "PDT": -420,
        "AKST": -540,
        "AKDT": -480,
        "HST": -600,
        "JST": 540,
        "KST": 540,
        "HKT": 480,
        "SGT": 480,
        "AEST": 600,
        "AEDT": 660,
        "ACST": 570,
        "AWST": 480,
        "NZST": 720,
        "NZDT": 780,
        "PKT": 300,
        "WIB": 420,
        "IST": None,
        "CST": None,
        "AST": None,
        "ET": None,
        "CT": None,
        "MT": None,
        "PT": None,
    }
)

# --- Plausibility -------------------------------------------------------------
# News publication dates outside this range are almost always something else
# (a historical date in the text, a product number, a typo).
MIN_YEAR: Final[int] = 1990
MAX_YEAR: Final[int] = 2100

# How many letters/digits may be left on a line, once the date and the
# recognised filler around it are removed, for the line to count as a date line.
MAX_LINE_LEFTOVER: Final[int] = 3

# --- Markup -------------------------------------------------------------------
# Words of an HTML element's class names (split at "-", "_", spaces and camelCase) that say
# which date the element shows: a theme prints the modified date in
# ``<span class="updated-on">`` or ``<span class="updated">`` with no visible label. Not
# Drupal's "changed" field: a site that shows it under the headline shows it as the
# article's date (on wcxb-dev its gold was that date on 1 page of 2).
# An element whose classes name both ("entry-date published updated", WordPress's one date
# for both) says neither. Read by the HTML path only (html/published.py); wcxb-dev articles.
MODIFIED_CLASS_WORDS: Final[tuple[str, ...]] = ("updated", "modified", "lastmod")
PUBLISHED_CLASS_WORDS: Final[tuple[str, ...]] = ("published", "posted", "pubdate", "created")

# Words of a relative date ("2 days ago", "vor 3 Tagen", "hace 2 días", "il y a 2 jours"):
# such a date cannot be placed in time, but a line that is only one still dates something.
RELATIVE_DATE_WORDS: Final[tuple[str, ...]] = ("ago", "vor", "hace", "il y a", "fa", "geleden", "назад", "temu")
DAY_LINE_MAX_CHARS: Final[int] = 24
"""A line that only dates, without a year ("Jan 23", "2 days ago"), is short."""

# --- Dates that are not the article's -------------------------------------------
# A comment's header is the commenter's name and a verb of saying on the line above the
# comment's date: WordPress's default comment template, "%s says:" in English and, in its
# translations, "%s sagt:", "%s dit :", "%s dice:", "%s disse:", "%s zegt:". The date under
# such a line dates the comment, not the article (wcxb-dev lines: 87 such dates on 8 pages;
# on 1 article one was taken as the article's date).
COMMENT_SAYS_WORDS: Final[tuple[str, ...]] = ("says", "sagt", "dit", "dice", "disse", "zegt")
CARD_DATES_MIN: Final[int] = 3
"""Related items ("Jane Doe | June 9, 2025" / headline / teaser, repeated) print their dates at a
regular step: this many unlabelled date lines at one step, on as many different days, are a
list of cards, whose dates are not the article's. Three, so that a "Published" / "Updated" pair
is never one, and different days, so that a date the page repeats (over the headline, in a
share bar) is not one (calibrated on wcxb-dev lines: with the same day allowed, 4 articles lost
their right date)."""
CARD_STEP_MAX: Final[int] = 6
"""A card is at most this many lines (date, headline, teaser, author, read time, category)."""

# --- A statement of the original publication ---------------------------------
# A page that was updated or republished can say when the article first appeared, in a
# note at its head or foot: "This article was originally published on 26 Sep 2019 at
# 4:12pm but has been regularly updated", "Originally published November 9, 2022 11:01 AM
# ET" (under "Updated November 11, 2022"), "First published on November 19, 2019". The
# phrase is followed by the date (after at most a few filler characters, see
# ORIGINAL_DATE_GAP_CHARS). Capitalised, it is a label; lower case, it must close "This
# <noun> was ..." (ORIGINAL_SUBJECT), so that "a preprint ..., first published 04.Apr.2019"
# or "Originally Posted by <user>" (a forum quote, no date) is not read. Hand-collected from
# English news and blog pages (wcxb-dev, aeb); the other languages' common equivalents
# where the phrase comes before the date. Read by the HTML and text paths alike
# (newsclean.dates.original_publication).
ORIGINAL_PUBLICATION_CUES: Final[Mapping[str, tuple[str, ...]]] = MappingProxyType(
    {
        "en": (
            "originally published",
            "originally posted",
            "first published",
            "first posted",
        ),
        "de": ("ursprünglich veröffentlicht", "erstmals veröffentlicht", "zuerst erschienen"),
        "fr": ("publié initialement", "initialement publié", "publié à l'origine"),
        "es": ("publicado originalmente", "publicado por primera vez"),
        "it": ("pubblicato originariamente", "pubblicato per la prima volta"),
        "pt": ("publicado originalmente", "publicado pela primeira vez"),
        "nl": ("oorspronkelijk gepubliceerd", "voor het eerst gepubliceerd"),
    }
)
ORIGINAL_SUBJECT: Final[str] = (
    r"\bthis(?:\s+\w+){1,2}\s+(?:was|were|has\s+been|had\s+been)\s*$"
)
"""The words before a lower-case cue that make it a statement about the page itself."""
ORIGINAL_DATE_GAP_CHARS: Final[int] = 20
"""Characters allowed between the phrase and its date: " on ", " on the ", " on Wednesday, "."""
ORIGINAL_DATE_WINDOW_CHARS: Final[int] = 60
"""The statement's date is read in this many characters after the phrase (a header date
line's length: the date with its time and zone)."""
ORIGINAL_DATE_SLACK_DAYS: Final[int] = 1
"""A date this many days or fewer after the stated one is the same date in another time
zone: it is kept."""
