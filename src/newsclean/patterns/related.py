"""Related-content lists: "Related posts", "Most popular", inline "See also" links.

Headings open a section whose teaser items follow; inline cues start a single link line.
Languages: en, de, fr, es, it, pt, ru, ar, zh; collected from the interface strings of common
news CMSs and checked against the development benchmark (docs/benchmark.md).
"""

from __future__ import annotations

SECTION_HEADINGS: tuple[str, ...] = (
    # en
    "related", "related posts", "related articles", "related stories", "related news",
    "related content", "related coverage", "related topics", "related links", "related reading",
    "more stories", "more news", "more articles", "more on this story", "more on this topic",
    "more from this author", "more like this", "most popular", "most popular stories",
    "most popular news", "most read", "most read stories", "most viewed", "most shared",
    "most commented", "popular", "popular posts", "popular stories", "popular now",
    "trending", "trending now", "trending stories", "trending news", "recommended",
    "recommended for you", "recommended stories", "recommended articles",
    "you may also like", "you might also like", "you may like", "you might like",
    "you may be interested in", "you might be interested in", "you may have missed",
    "also read", "read also", "read next", "see also", "editor's picks", "editors' picks",
    "top stories", "latest news", "latest stories", "latest posts", "latest articles",
    "recent posts", "recent stories", "recent articles", "other news", "in other news",
    "don't miss", "dont miss", "suggested articles", "suggested for you", "around the web",
    "from around the web", "sponsored stories", "promoted stories", "we recommend",
    "what to read next", "keep reading", "up next", "more to explore", "featured",
    # de
    "das könnte sie auch interessieren", "das könnte dich auch interessieren",
    "mehr zum thema", "weitere artikel", "ähnliche artikel", "verwandte artikel",
    "meistgelesen", "meistgelesene artikel", "meist gelesen", "auch interessant",
    "lesen sie auch", "empfohlene artikel", "neueste artikel", "weitere nachrichten",
    # fr
    "à lire aussi", "a lire aussi", "lire aussi", "voir aussi", "articles similaires",
    "articles liés", "sur le même sujet", "les plus lus", "les plus populaires",
    "à voir aussi", "dans la même rubrique", "derniers articles", "à lire également",
    "vous aimerez aussi", "vous pourriez aussi aimer",
    # es
    "lee también", "ver también", "noticias relacionadas", "artículos relacionados",
    "te puede interesar", "también te puede interesar", "lo más leído", "más leídas",
    "más leído", "más noticias", "últimas noticias", "te recomendamos",
    # it
    "leggi anche", "vedi anche", "articoli correlati", "potrebbe interessarti",
    "ti potrebbe interessare", "i più letti", "più letti", "ultime notizie",
    "notizie correlate", "articoli più letti",
    # pt
    "leia também", "veja também", "notícias relacionadas", "artigos relacionados",
    "mais lidas", "mais lidos", "você pode gostar", "últimas notícias", "mais notícias",
    "recomendados",
    # ru
    "читайте также", "смотрите также", "похожие новости", "похожие статьи", "популярное",
    "самое читаемое", "самое популярное", "другие новости", "новости по теме",
    "последние новости", "рекомендуем", "вам может быть интересно", "по теме",
    # ar
    "اقرأ أيضا", "اقرأ أيضاً", "أخبار ذات صلة", "مقالات ذات صلة", "الأكثر قراءة",
    "الأكثر مشاهدة", "آخر الأخبار", "اخترنا لك", "مواضيع ذات صلة",
    # zh
    "相关阅读", "相关新闻", "相关文章", "延伸阅读", "热门文章", "热门新闻", "推荐阅读",
    "猜你喜欢", "最新新闻", "热门推荐", "相关报道",
)

# Cues that open a single inline related link: "See also  Some Other Headline".
INLINE_CUES: tuple[str, ...] = (
    "see also", "read also", "also read", "read more", "read", "related", "more",
    "also", "watch", "listen", "recommended", "must read", "don't miss", "further reading",
    "lire aussi", "à lire aussi", "a lire aussi", "voir aussi", "lire également",
    "lesen sie auch", "auch interessant", "mehr dazu", "mehr zum thema", "siehe auch",
    "lee también", "ver también", "lea también", "leggi anche", "vedi anche",
    "leia também", "veja também", "leia mais", "читайте также", "смотрите также",
    "читайте", "اقرأ أيضا", "اقرأ أيضاً", "اقرأ", "相关阅读", "延伸阅读", "推荐阅读",
)

# Teaser items end like this: "Read more", "...", "Continue reading".
TEASER_TAILS: tuple[str, ...] = (
    "read more", "read more »", "continue reading", "more", "weiterlesen", "lire la suite",
    "leer más", "leggi di più", "leia mais", "читать далее", "اقرأ المزيد", "阅读更多",
)

INLINE_MAX_CHARS = 220
"""An inline related line is short; longer blocks that start with "See also" are prose."""
