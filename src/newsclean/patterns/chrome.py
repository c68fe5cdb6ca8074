"""Site chrome: the page furniture that surrounds an article on every page of a site.

Each group is a reason code (what :func:`remove_site_chrome` records) with the phrases that
identify it. Phrases are matched against the *whole* block after case folding and trimming of
surrounding punctuation, never against a substring of running text, so a sentence that happens
to say "share" or "print" stays. Groups marked "contains" match inside short blocks only (see
``CONTAINS_MAX_CHARS``). Languages: en, de, fr, es, it, pt, ru, ar, zh at least; phrases come from
the interface strings of common news CMSs (WordPress and its share plugins, Drupal, Arc) and from
the seed pages and development benchmark (see docs/benchmark.md).
"""

from __future__ import annotations

# Tokens that make up share / follow / print bars. A block made only of these (any order, any
# separators) is a share bar, e.g. "Facebook Twitter WhatsApp Email" or "print".
SHARE_TOKENS: tuple[str, ...] = (
    # actions, en
    "share", "shares", "sharing", "share this", "share on", "tweet", "pin", "print", "email",
    "e-mail", "mail", "copy", "copy link", "copy url", "save", "bookmark", "follow", "follow us",
    "send", "embed", "comment", "like", "subscribe",
    # networks and messengers
    "facebook", "twitter", "x", "whatsapp", "telegram", "linkedin", "pinterest", "reddit",
    "youtube", "instagram", "tiktok", "vk", "vkontakte", "ok", "odnoklassniki", "threads",
    "bluesky", "mastodon", "flipboard", "pocket", "tumblr", "messenger", "viber", "line",
    "weibo", "wechat", "qq", "rss", "google news", "google", "apple news", "snapchat", "discord",
    "twitch", "dzen", "zen", "rutube", "max", "naver", "kakao", "kakaotalk",
    # de, fr, es, it, pt
    "teilen", "drucken", "senden", "merken", "partager", "imprimer", "envoyer", "compartir",
    "imprimir", "enviar", "condividi", "stampa", "invia", "compartilhar", "partilhar",
    "compartilhe",
    # ru, ar, zh
    "поделиться", "печать", "распечатать", "отправить", "مشاركة", "شارك", "طباعة", "أرسل",
    "分享", "打印", "转发", "收藏", "微信", "微博",
)

# Whole-block phrases, by reason code.
WHOLE_BLOCK: dict[str, tuple[str, ...]] = {
    # Buttons, toggles and labels of the page's own interface.
    "ui_control": (
        "a+", "a-", "a", "aa", "search", "search…", "search...", "menu", "main menu", "close",
        "open", "loading", "loading…", "loading...", "ads", "ad", "advertisement", "advertising",
        "sponsored", "skip to content", "skip to main content", "jump to content",
        "back to top", "scroll to top", "to top", "toggle navigation", "open menu",
        "close menu", "navigation", "log in", "login", "sign in", "sign up", "register",
        "my account", "account", "subscribe", "subscribe now", "next", "previous", "prev",
        "show more", "load more", "more", "continue reading", "read more", "read full article",
        "night mode", "dark mode", "light mode", "night_theme", "font size", "text size",
        "listen", "listen to this article", "play", "pause", "mute", "unmute", "enlarge",
        "expand", "collapse", "view gallery", "gallery", "photo", "video", "watch", "watch now",
        "what are you looking for ?", "what are you looking for?", "type to search",
        "enter keywords", "search for", "press enter to search", "go", "submit", "ok",
        "accept", "decline", "cancel", "reply", "home", "homepage", "breadcrumb",
        # de
        "suche", "suchen", "anmelden", "abmelden", "registrieren", "abonnieren", "werbung",
        "anzeige", "weiterlesen", "mehr", "mehr lesen", "zurück", "weiter", "schließen",
        "startseite", "zum inhalt springen", "nach oben", "vorlesen",
        # fr
        "rechercher", "recherche", "connexion", "se connecter", "s'abonner", "abonnez-vous",
        "publicité", "lire la suite", "suivant", "précédent", "fermer", "accueil",
        "aller au contenu", "retour en haut", "écouter",
        # es
        "buscar", "búsqueda", "iniciar sesión", "suscríbete", "suscribirse", "publicidad",
        "leer más", "siguiente", "anterior", "cerrar", "inicio", "ir al contenido", "escuchar",
        # it
        "cerca", "accedi", "abbonati", "pubblicità", "leggi di più", "continua a leggere",
        "successivo", "precedente", "chiudi", "ascolta",
        # pt
        "pesquisar", "entrar", "assinar", "assine", "publicidade", "leia mais", "continuar lendo",
        "próximo", "fechar", "início", "ouvir",
        # ru
        "поиск", "найти", "войти", "вход", "регистрация", "подписаться", "реклама",
        "читать далее", "читать дальше", "далее", "загрузка", "закрыть", "главная", "меню",
        "назад", "вперед", "вперёд", "слушать",
        # ar
        "بحث", "تسجيل الدخول", "اشترك", "إعلان", "اقرأ المزيد", "المزيد", "إغلاق",
        "الرئيسية", "القائمة",
        # zh
        "搜索", "登录", "注册", "订阅", "广告", "阅读更多", "加载中", "更多", "关闭", "首页",
        "返回顶部", "菜单",
    ),
    # Links to the site's apps.
    "app_badge": (
        "app store", "apple store", "google play", "play market", "play store",
        "get it on google play", "download on the app store", "available on the app store",
        "download the app", "download our app", "get the app",
    ),
    # Comment sections and their forms.
    "comment_prompt": (
        "leave a comment", "leave a reply", "add a comment", "post a comment", "write a comment",
        "comments", "comment", "no comments", "no comment", "0 comments", "show comments",
        "view comments", "load comments", "be the first to comment", "join the conversation",
        "join the discussion", "cancel reply", "comments are closed", "post comment",
        "your email address will not be published. required fields are marked *",
        "your email address will not be published", "required fields are marked *",
        "you must be logged in to post a comment", "comment policy",
        "kommentare", "kommentar", "kommentar schreiben", "kommentieren",
        "commentaires", "commentaire", "laisser un commentaire", "ajouter un commentaire",
        "réagir", "comentarios", "comentario", "deja un comentario", "deja una respuesta",
        "commenti", "commento", "lascia un commento", "lascia un commento.",
        "comentários", "comentário", "deixe um comentário", "deixe uma resposta",
        "комментарии", "комментарий", "оставить комментарий", "добавить комментарий",
        "нет комментариев", "التعليقات", "أضف تعليق", "اترك تعليقا", "评论", "发表评论",
        "暂无评论",
    ),
    # Copy-link confirmations and buttons (they survive in dumps as bare text).
    "share_buttons": (
        "copy link", "copy the link", "link copied", "link copied to clipboard", "copied",
        "copied!", "copied to clipboard", "ссылка скопирована", "скопировать ссылку",
        "копировать ссылку", "lien copié", "copier le lien", "link kopiert", "link kopieren",
        "enlace copiado", "copiar enlace", "link copiato", "copia link", "link copiado",
        "copiar link", "تم نسخ الرابط", "نسخ الرابط", "链接已复制", "复制链接",
    ),
}

# Phrases that mark a short block as chrome wherever they stand in it (regex fragments).
CONTAINS: dict[str, tuple[str, ...]] = {
    "share_prompt": (
        r"\bshare (?:it|this|the story|this story|this article|this post|the article) (?:on|with|via)\b",
        r"\bshare (?:this|the) (?:article|story|post|page)\b",
        r"\bshare on (?:facebook|twitter|x|whatsapp|linkedin|telegram)\b",
        r"\bliked the story\b",
        r"\bfollow us on\b",
        r"\bclick to share\b",
        r"\bartikel teilen\b",
        r"\bpartager (?:cet article|sur)\b",
        r"\bcompartir (?:este artículo|en)\b",
        r"\bcondividi (?:questo articolo|su)\b",
        r"\bcompartilhe (?:esta|este|no)\b",
        r"поделиться в\b",
        r"подписывайтесь на нас",
        r"分享到",
    ),
    "widget_credit": (
        r"\bicons? powered by\b",
        r"^powered by\b",
        r"\bproudly powered by\b",
    ),
    "copyright_notice": (
        r"©",
        r"\(c\)\s*(?:19|20)\d\d",
        r"\bcopyright\s*(?:©|\(c\)|(?:19|20)\d\d)",
        r"\ball rights reserved\b",
        r"\balle rechte vorbehalten\b",
        r"\btous droits réservés\b",
        r"\btodos los derechos reservados\b",
        r"\btutti i diritti riservati\b",
        r"\btodos os direitos reservados\b",
        r"все права защищены",
        r"جميع الحقوق محفوظة",
        r"版权所有",
        r"\bany use of (?:the )?materials? is (?:allowed|permitted) only\b",
        r"\b(?:this|the) (?:material|article|content) (?:may|must) not be (?:published|reproduced|copied)\b",
        r"\breproduction (?:in whole or in part )?(?:is )?(?:prohibited|forbidden)\b",
        r"\bпри (?:использовании|цитировании) материалов\b",
    ),
    "cookie_notice": (
        r"\bwe use cookies\b",
        r"\b(?:this|our) (?:web)?site uses cookies\b",
        r"\baccept (?:all )?cookies\b",
        r"\bcookie (?:settings|preferences|policy)\b",
        r"\bwir verwenden cookies\b",
        r"\bnous utilisons des cookies\b",
        r"\butilizamos cookies\b",
        r"\butilizziamo (?:i )?cookie\b",
        r"\butilizamos cookies\b",
        r"используем (?:файлы )?cookie",
    ),
    "newsletter_prompt": (
        r"\bsign up (?:for|to) (?:our|the) (?:\w+ )?newsletters?\b",
        r"\bsubscribe to (?:our|the) (?:\w+ )?newsletters?\b",
        r"\bget (?:the latest|our) (?:\w+ )?(?:news|stories|headlines) delivered\b",
        r"\benter your e-?mail(?: address)?\b",
        r"\bnewsletter abonnieren\b",
        r"\bs'inscrire à (?:la|notre) newsletter\b",
        r"\bsuscríbete a (?:nuestro|nuestra) (?:boletín|newsletter)\b",
        r"\biscriviti alla (?:nostra )?newsletter\b",
        r"\bподпишитесь на (?:нашу )?рассылку\b",
    ),
    "view_counter": (
        r"^(?:views?|reads?|просмотр(?:ов|ы|а)?|vues|aufrufe|visitas|visualizzazioni|visualizações|مشاهدات|阅读|浏览)\s*[:：]?\s*[\d][\d.,\s]{0,12}[kKmMкК]?$",
        r"^[\d][\d.,\s]{0,12}[kKmM]?\s*(?:views|reads|shares|просмотр(?:ов|а)?)$",
        r"^\d{1,3}\s*(?:min|mins|minutes?|minuten|minutos|minuti|мин(?:ут[аы]?)?)\.?\s*(?:read|de lecture|lesezeit|de lectura|di lettura|de leitura|чтения)?$",
        r"^(?:reading time|lesezeit|temps de lecture|tiempo de lectura|tempo di lettura|tempo de leitura|время чтения)\s*[:：]?\s*\d",
    ),
}

CONTAINS_MAX_CHARS = 300
""""Contains" patterns only judge blocks up to this long: longer ones are article text."""

# Headings that open a legal block: the heading and the block after it go.
LEGAL_HEADINGS: tuple[str, ...] = (
    "disclaimer", "legal disclaimer", "legal notice", "haftungsausschluss", "avertissement",
    "avis de non-responsabilité", "aviso legal", "descargo de responsabilidad",
    "esclusione di responsabilità", "isenção de responsabilidade", "отказ от ответственности",
    "إخلاء المسؤولية", "免责声明",
)

# Sentences typical of legal boilerplate, matched anywhere in a block of any length.
LEGAL_SENTENCES: tuple[str, ...] = (
    r"\bwithout warranty of any kind\b",
    r"\b(?:do|does) not (?:accept|assume) any (?:responsibility|liability)\b",
    r"\bis provided [\"“]?as is[\"”]?\b",
)

# Language switchers: a block that is only a language code (ISO 639-1 or -2, any case).
LANGUAGE_CODES: tuple[str, ...] = (
    "en", "eng", "de", "deu", "ger", "fr", "fra", "fre", "es", "esp", "spa", "it", "ita", "pt",
    "por", "ru", "rus", "ar", "ara", "zh", "chi", "zho", "cn", "az", "aze", "arm", "hy", "hye",
    "ka", "geo", "kat", "tr", "tur", "uk", "ukr", "ua", "pl", "pol", "nl", "nld", "kk", "kaz",
    "uz", "uzb", "fa", "per", "fas", "he", "heb", "ja", "jpn", "ko", "kor", "el", "gr", "ro",
    "bg", "sr", "hr", "cs", "cz", "sk", "hu", "sv", "fi", "da", "no", "hi", "ur", "id", "ms",
    "th", "vi",
)
