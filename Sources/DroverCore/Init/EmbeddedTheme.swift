// Generated from theme/ by Tests/DroverCoreTests/Init/EmbeddedThemeTests.swift: do not edit.
// After changing theme/: DROVER_UPDATE_GOLDEN=1 swift test --filter EmbeddedThemeTests, then build.

/// The default theme's templates, static files and translation tables, compiled in: what
/// `drover init` copies into a new collection, so that a drover installed alone (the release
/// is one static file) needs no theme/ folder beside it.
enum EmbeddedTheme {
    static let files: [(path: String, text: String)] = [
        (path: "i18n/en.yml", text: #"""
# Interface strings of the default theme in English (site.yml: language: en).
#
# Templates read a text string as {{t.KEY}}; the engine reads the rest (plural forms, month
# names, formats with {placeholders}). Every key here must exist in every other table of the
# theme (ru.yml …); a key a template or the engine needs and no table has is a build error.
# A site changes any string without touching the theme, under `strings:` in its site.yml.

# Header, footer and navigation
skip_link: "Skip to content"
nav_label: "Sections"
nav_tags: "Tags"
footer_nav_label: "Site links"
compiled_by: "Curated by"
all_tags: "All tags"
rss: "RSS"
suggest_resource: "Suggest a resource"
sources: "Source"
colophon: "Built with Drover."
external_site: "(external site)"
# Quotation marks around a title the template quotes.
quote_open: "“"
quote_close: "”"

# Home page
blocks_heading: "Sections"
recent_heading: "Recently added"
subscribe_rss: "Subscribe via RSS"
recent_empty: "Resources are coming soon."

# Block page
block_kicker: "Section"
block_rss: "Section RSS"
block_entries_heading: "Resources in this section"
block_updated_note: "Links in this section are re-checked from time to time; each resource shows when it was last checked (“Checked”)."
block_empty: "This section has no resources yet."
suggest_first: "Suggest the first one"

# Entry cards and the entry page
authors: "Authors:"
open_resource_hint: "— open the resource on an external site"
added: "Added"
checked: "Checked"
breadcrumbs_label: "You are here"
home: "Home"
language: "Language:"
open_resource: "Open the resource →"
tags_heading: "Tags"
entry_fix_prompt: "Spotted a mistake or a broken link?"
fix: "Fix it"
pager_label: "More in this section"
previous: "← Previous"
next: "Next →"
back_to_block: "All resources in"

# Standalone pages (About)
page_fix_prompt: "Spotted a mistake?"

# Tag pages
tag_kicker: "Tag"
all_tags_lower: "all tags"
tag_rss: "Tag RSS"
tag_entries_heading: "Resources with this tag"
tag_empty: "No resources have this tag yet."
tags_empty: "No tags yet."

# 404 page
not_found_title: "Page not found"
not_found_text: "The resource may have moved and the link gone stale. Start from the home page or browse the tags."
go_home: "Go to the home page"

# Pagination (list pages split into pages)
pagination_label: "Pages of this list"
pagination_page: "Page"
pagination_of: "of"
pagination_first: "First"
pagination_previous: "Previous"
pagination_next: "Next"
pagination_last: "Last"
list_page_title: "{heading}, page {number} of {total} — {site}"

# Search: the header's search field, the search page and the messages its script shows
search_label: "Search the collection"
search_placeholder: "Search"
search_submit: "Search"
search_title: "Search"
search_description: "Search «{site}»"
search_noscript: "Search runs in the browser with JavaScript on. Without it, every resource is reachable through the sections and tags:"
search_query_label: "What to find"
search_hint: "Searches titles, tags and descriptions; understands word forms, synonyms, the wrong keyboard layout, transliteration and typos."
search_filters: "Filters"
search_filter_block: "Section"
search_filter_block_any: "All sections"
search_filter_type: "Type"
search_filter_type_any: "All types"
search_filter_level: "Difficulty"
search_filter_level_any: "Any difficulty"
search_filter_lang: "Language"
search_filter_lang_any: "Any language"
search_filter_tag: "Tag"
search_more: "Show more"
search_msg_short: "Type at least two letters."
search_msg_empty: "Type a query or choose a filter."
search_msg_none_query: "Nothing matches “{q}”. Check the spelling, remove filters, or browse the sections and tags."
search_msg_none_filters: "Nothing matches these filters. Remove one of them."
search_msg_none: "Nothing found."
search_msg_no_match_query: "Nothing found for “{q}”."
search_msg_no_match: "Nothing found."
search_msg_found: "Found: {count}"
search_msg_partial: "No resource has every word of “{q}”; these match some of them."
search_msg_shown: ", showing the first {shown}"
search_msg_unavailable: "Search is unavailable right now: its index did not load. Every resource is reachable through the sections and tags."
# The count in "Found: …", by the browser's plural rule for the page's language
search_count_one: "{count} resource"
search_count_few: "{count} resources"
search_count_many: "{count} resources"
search_count_other: "{count} resources"

# Page titles and descriptions the engine composes ({site} is the collection's title)
page_title: "{page} — {site}"
tags_title: "All tags"
tags_description: "All tags of “{site}”"
tag_description: "Resources tagged “{tag}”"
not_found_description: "There is no such page on “{site}”"
# Titles of block and tag feeds ({title} is the block's or tag's)
feed_title: "{title} — {site}"

# Counts: one form per plural category of the language (English: one, other)
count_entries:
  one: "{count} resource"
  other: "{count} resources"
# More than three authors: the first two, then this
authors_more: "{authors} et al."

# Dates: "November 17, 2026"
date: "{month} {day}, {year}"
months: [January, February, March, April, May, June, July, August, September, October, November, December]

# Resource types (the badge on every card, and the feed item's first line)
type_paper: "Paper"
type_article: "Article"
type_course: "Course"
type_video: "Video"
type_talk: "Talk"
type_podcast: "Podcast"
type_channel: "Channel"
type_newsletter: "Newsletter"
type_book: "Book"
type_tool: "Tool"
type_dataset: "Dataset"
type_community: "Community"

# Difficulty of an entry
difficulty_beginner: "Difficulty: no background needed"
difficulty_intermediate: "Difficulty: some background"
difficulty_advanced: "Difficulty: advanced"

# An entry's language, by its primary subtag. A name equal to the language's own name (English,
# Русский) is marked with lang="…" on the page; a language not listed shows its code.
language_name_ru: "Russian"
language_name_en: "English"
language_name_uk: "Ukrainian"
language_name_de: "German"
language_name_fr: "French"
language_name_es: "Spanish"
language_name_zh: "Chinese"
language_name_ja: "Japanese"
language_name_it: "Italian"
language_name_pt: "Portuguese"

# Search synonyms: each line a group of words that stand for one another; a member with a dot is
# a host name, whose entries get the group's words (see docs/search.md). site.yml adds its own
# under search: { synonyms: [...] }.
search_synonyms:
  - "t.me, telegram.me, telegram"
  - "youtube.com, youtu.be, youtube"
  - "github.com, github"
  - "arxiv.org, arxiv, preprint"
  - "huggingface.co, huggingface"
  - "llm, llms"

"""#),
        (path: "i18n/ru.yml", text: #"""
# Interface strings of the default theme in Russian (site.yml: language: ru).
#
# Templates read a text string as {{t.KEY}}; the engine reads the rest (plural forms, month
# names, formats with {placeholders}). Every key here must exist in every other table of the
# theme (en.yml …); a key a template or the engine needs and no table has is a build error.
# A site changes any string without touching the theme, under `strings:` in its site.yml.

# Header, footer and navigation
skip_link: "Перейти к содержанию"
nav_label: "Разделы"
nav_tags: "Теги"
footer_nav_label: "Служебные ссылки"
compiled_by: "Составитель:"
all_tags: "Все теги"
rss: "RSS"
suggest_resource: "Предложить материал"
sources: "Исходники"
colophon: "Собрано с помощью Drover."
external_site: "(внешний сайт)"
# Quotation marks around a title the template quotes («…» in Russian).
quote_open: "«"
quote_close: "»"

# Home page
blocks_heading: "Разделы"
recent_heading: "Недавно добавлено"
subscribe_rss: "Подписаться через RSS"
recent_empty: "Материалы скоро появятся."

# Block page
block_kicker: "Раздел"
block_rss: "RSS раздела"
block_entries_heading: "Материалы раздела"
block_updated_note: "Ссылки в этом разделе периодически перепроверяются — дата последней проверки указана у материала («Проверено»)."
block_empty: "В этом разделе пока нет материалов."
suggest_first: "Предложите первый"

# Entry cards and the entry page
authors: "Авторы:"
open_resource_hint: "— открыть материал на внешнем сайте"
added: "Добавлено"
checked: "Проверено"
breadcrumbs_label: "Вы здесь"
home: "Главная"
language: "Язык:"
open_resource: "Открыть материал →"
tags_heading: "Теги"
entry_fix_prompt: "Нашли неточность или битую ссылку?"
fix: "Исправить"
pager_label: "Соседние материалы раздела"
previous: "← Предыдущий"
next: "Следующий →"
back_to_block: "Все материалы раздела"

# Standalone pages («О проекте»)
page_fix_prompt: "Нашли неточность?"

# Tag pages
tag_kicker: "Тег"
all_tags_lower: "все теги"
tag_rss: "RSS по тегу"
tag_entries_heading: "Материалы с этим тегом"
tag_empty: "С этим тегом пока нет материалов."
tags_empty: "Тегов пока нет."

# 404 page
not_found_title: "Страница не найдена"
not_found_text: "Возможно, материал переехал, а ссылка устарела. Начните с главной или поищите по тегам."
go_home: "На главную"

# Pagination (list pages split into pages)
pagination_label: "Страницы списка"
pagination_page: "Страница"
pagination_of: "из"
pagination_first: "Первая"
pagination_previous: "Предыдущая"
pagination_next: "Следующая"
pagination_last: "Последняя"
list_page_title: "{heading}, страница {number} из {total} — {site}"

# Search: the header's search field, the search page and the messages its script shows
search_label: "Поиск по коллекции"
search_placeholder: "Поиск"
search_submit: "Найти"
search_title: "Поиск"
search_description: "Поиск по коллекции «{site}»"
search_noscript: "Поиск работает в браузере с включённым JavaScript. Без него все материалы доступны по разделам и тегам:"
search_query_label: "Что найти"
search_hint: "Ищет по названиям, тегам и описаниям; понимает формы слов, синонимы, неверную раскладку, латиницу и опечатки."
search_filters: "Фильтры"
search_filter_block: "Раздел"
search_filter_block_any: "Все разделы"
search_filter_type: "Тип"
search_filter_type_any: "Все типы"
search_filter_level: "Сложность"
search_filter_level_any: "Любая сложность"
search_filter_lang: "Язык"
search_filter_lang_any: "Любой язык"
search_filter_tag: "Тег"
search_more: "Показать ещё"
search_msg_short: "Введите хотя бы две буквы."
search_msg_empty: "Введите запрос или выберите фильтр."
search_msg_none_query: "По запросу «{q}» ничего не нашлось. Проверьте написание, уберите фильтры или откройте разделы и теги."
search_msg_none_filters: "С такими фильтрами ничего не нашлось. Уберите один из них."
search_msg_none: "Ничего не найдено."
search_msg_no_match_query: "Ничего не найдено по запросу «{q}»."
search_msg_no_match: "Ничего не найдено."
search_msg_found: "Найдено: {count}"
search_msg_partial: "Нет материалов со всеми словами запроса «{q}», вот совпадающие частично."
search_msg_shown: ", показаны первые {shown}"
search_msg_unavailable: "Поиск сейчас недоступен: индекс не загрузился. Материалы можно найти по разделам и тегам."
# The count in «Найдено: …», by the browser's plural rule for the page's language
search_count_one: "{count} материал"
search_count_few: "{count} материала"
search_count_many: "{count} материалов"
search_count_other: "{count} материала"

# Page titles and descriptions the engine composes ({site} is the collection's title)
page_title: "{page} — {site}"
tags_title: "Все теги"
tags_description: "Все теги коллекции «{site}»"
tag_description: "Материалы с тегом «{tag}»"
not_found_description: "Такой страницы нет на сайте «{site}»"
# Titles of block and tag feeds ({title} is the block's or tag's)
feed_title: "{title} — {site}"

# Counts: one form per plural category of the language (Russian: one, few, many)
count_entries:
  one: "{count} материал"
  few: "{count} материала"
  many: "{count} материалов"
# More than three authors: the first two, then this
authors_more: "{authors} и др."

# Dates: «17 ноября 2026» (month names in the genitive)
date: "{day} {month} {year}"
months: [января, февраля, марта, апреля, мая, июня, июля, августа, сентября, октября, ноября, декабря]

# Resource types (the badge on every card, and the feed item's first line)
type_paper: "Научная работа"
type_article: "Статья"
type_course: "Курс"
type_video: "Видео"
type_talk: "Доклад"
type_podcast: "Подкаст"
type_channel: "Канал"
type_newsletter: "Рассылка"
type_book: "Книга"
type_tool: "Инструмент"
type_dataset: "Датасет"
type_community: "Сообщество"

# Difficulty of an entry
difficulty_beginner: "Сложность: без подготовки"
difficulty_intermediate: "Сложность: нужна база"
difficulty_advanced: "Сложность: для подготовленных"

# An entry's language, by its primary subtag. A name equal to the language's own name (English,
# Русский) is marked with lang="…" on the page; a language not listed shows its code.
language_name_ru: "Русский"
language_name_en: "English"
language_name_uk: "Українська"
language_name_de: "Deutsch"
language_name_fr: "Français"
language_name_es: "Español"
language_name_zh: "中文"
language_name_ja: "日本語"
language_name_it: "Italiano"
language_name_pt: "Português"

# Search synonyms: each line a group of words that stand for one another; a member with a dot is
# a host name, whose entries get the group's words (see docs/search.md). site.yml adds its own
# under search: { synonyms: [...] }.
search_synonyms:
  - "t.me, telegram.me, telegram, телеграм, телеграмм, тг"
  - "youtube.com, youtu.be, youtube, ютуб, ютюб, ютьюб"
  - "github.com, github, гитхаб"
  - "arxiv.org, arxiv, архив"
  - "huggingface.co, huggingface, хаггингфейс"
  - "habr.com, habr, хабр"
  - "coursera.org, coursera, курсера"
  - "stepik.org, stepik, степик"
  - "ai, ии"
  - "llm, ллм"
  - "prompt, промпт, промт"
  - "engineering, инжиниринг, инженерия"
  - "нейросеть, нейросети, нейронные, neural"

"""#),
        (path: "static/favicon.svg", text: #"""
<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32">
  <style>
    .tile { fill: #0b6a62; }
    .glyph { fill: #ffffff; }
    @media (prefers-color-scheme: dark) { .tile { fill: #6fd2c4; } .glyph { fill: #06201d; } }
  </style>
  <rect class="tile" width="32" height="32" rx="9"/>
  <path class="glyph" d="M9 10.5a1.5 1.5 0 0 1 1.5-1.5h11a1.5 1.5 0 0 1 0 3h-11A1.5 1.5 0 0 1 9 10.5zm0 5.5a1.5 1.5 0 0 1 1.5-1.5h8a1.5 1.5 0 0 1 0 3h-8A1.5 1.5 0 0 1 9 16zm0 5.5a1.5 1.5 0 0 1 1.5-1.5h4.5a1.5 1.5 0 0 1 0 3h-4.5A1.5 1.5 0 0 1 9 21.5z"/>
  <circle class="glyph" cx="22" cy="21.5" r="2.2" opacity="0.7"/>
</svg>

"""#),
        (path: "static/search.js", text: #"""
/*
 * Drover search: reads the static index that `drover build` writes under search/ and shows
 * results on the page /search/. No server, no dependencies. See theme/README.md ("Search").
 *
 * What a query does:
 *   1. The raw query is normalised as the index was (lowercase, ё → е, NFC) and cut into words
 *      of two or more letters; stop words («с», «для», "the") are dropped unless nothing else is
 *      left. When no entry has every word, the same keys in the other keyboard layout
 *      (ЙЦУКЕН ↔ QWERTY: "ghjvgn" → «промпт») are searched too.
 *   2. Each word also tries its transliteration: Cyrillic → Latin by the site's table
 *      («телеграм» → "telegram"), Latin → Cyrillic by common spellings ("sioloshnaya" → «сиолошная»),
 *      and the other words of its synonym groups (meta.json's `synonyms`).
 *   3. Each form fetches one shard (words whose Latin spelling starts with the same two letters)
 *      and matches words there: exact, same Snowball stem, synonym, prefix (results as you type).
 *      Only a word none of whose forms is found so is looked for with typos: one edit (a letter
 *      missing, extra, replaced, or two swapped) from five letters, two from nine, against the
 *      word or its start, ending aside.
 *   4. Entries that match every word come first; when there are none, those that match some,
 *      the most words first, and the page says so. Per word an entry scores its best match: any
 *      match as written above any corrected one, then by field (title > tags > summary > body),
 *      then by kind (exact > stem > synonym > prefix).
 * Filters (block, type, level, lang, tag) and the query live in the URL; counts are computed
 * over the entries that match the query and the other filters.
 *
 * Everything that reaches the page from the query or the index is set with textContent.
 */
(function () {
  "use strict";

  // ---- Text: the same rules as Sources/DroverCore/Search/SearchText.swift ----------------

  var MIN_WORD = 2;
  var TYPO_MIN = 5;

  function normalize(text) {
    return String(text).normalize("NFC").toLowerCase().replace(/ё/g, "е");
  }

  function words(text) {
    var found = normalize(text).match(/[\p{L}\p{M}\p{N}]+/gu) || [];
    var out = [];
    for (var i = 0; i < found.length; i++) {
      if (Array.from(found[i]).length >= MIN_WORD && out.indexOf(found[i]) < 0) out.push(found[i]);
    }
    return out;
  }

  // Cyrillic → Latin: Sources/DroverCore/Links/Transliteration.swift's table, lowercase.
  var TO_LATIN = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z",
    "и": "i", "й": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
    "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
    "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "iu", "я": "ia",
    "і": "i", "ї": "i", "є": "ie", "ґ": "g", "ў": "u"
  };

  function latin(word) {
    var out = "";
    for (var ch of word) out += TO_LATIN.hasOwnProperty(ch) ? TO_LATIN[ch] : ch;
    return out;
  }

  // Latin → Cyrillic: how Russian words are commonly spelt in Latin letters (longest first).
  var TO_CYRILLIC = [
    ["shch", "щ"], ["sch", "щ"], ["zh", "ж"], ["kh", "х"], ["ts", "ц"], ["ch", "ч"], ["sh", "ш"],
    ["yu", "ю"], ["iu", "ю"], ["ju", "ю"], ["ya", "я"], ["ia", "я"], ["ja", "я"], ["yo", "е"],
    ["a", "а"], ["b", "б"], ["c", "к"], ["d", "д"], ["e", "е"], ["f", "ф"], ["g", "г"], ["h", "х"],
    ["i", "и"], ["j", "й"], ["k", "к"], ["l", "л"], ["m", "м"], ["n", "н"], ["o", "о"], ["p", "п"],
    ["q", "к"], ["r", "р"], ["s", "с"], ["t", "т"], ["u", "у"], ["v", "в"], ["w", "в"], ["x", "кс"],
    ["y", "ы"], ["z", "з"]
  ];
  var VOWELS = "аеиоуыэюя";

  function cyrillic(word) {
    if (!/^[a-z]+$/.test(word)) return null;
    var out = "";
    for (var i = 0; i < word.length;) {
      for (var k = 0; k < TO_CYRILLIC.length; k++) {
        var pair = TO_CYRILLIC[k];
        if (word.startsWith(pair[0], i)) {
          // "y" after a vowel is «й» (sioloshnaya, …kiy), elsewhere «ы».
          var letter = pair[0] === "y" && out && VOWELS.indexOf(out[out.length - 1]) >= 0 ? "й" : pair[1];
          out += letter;
          i += pair[0].length;
          break;
        }
      }
    }
    return out;
  }

  // Keyboard layouts: the same keys on a Russian (ЙЦУКЕН) and an English (QWERTY) keyboard.
  var QWERTY = "`qwertyuiop[]asdfghjkl;'zxcvbnm,./";
  var JCUKEN = "ёйцукенгшщзхъфывапролджэячсмитьбю.";
  function swapLayout(text) {
    var out = "";
    for (var ch of normalize(text)) {
      var i = QWERTY.indexOf(ch);
      var j = JCUKEN.indexOf(ch);
      out += i >= 0 ? JCUKEN[i] : j >= 0 ? QWERTY[j] : ch;
    }
    return out;
  }

  function shardKey(word) {
    return Array.from(latin(word)).slice(0, 2).join("");
  }

  function shardFileName(key) {
    var name = "";
    for (var ch of key) name += /[a-z0-9]/.test(ch) ? ch : "_" + ch.codePointAt(0).toString(16) + "_";
    return name;
  }

  // ---- Index encodings: Sources/DroverCore/Search/SearchEncoding.swift ---------------------

  var DIGITS = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-_";
  var DIGIT = {};
  for (var d = 0; d < DIGITS.length; d++) DIGIT[DIGITS[d]] = d;

  function decodePostings(text) {
    var ids = [], previous = -1, gap = 0, shift = 0;
    for (var i = 0; i < text.length; i++) {
      var digit = DIGIT[text[i]];
      gap += (digit & 31) * Math.pow(2, shift);
      if (digit >= 32) { shift += 5; } else { previous += gap + 1; ids.push(previous); gap = 0; shift = 0; }
    }
    return ids;
  }

  function decodeColumn(text, valueCount) {
    var wide = valueCount >= 64, values = [];
    for (var i = 0; i < text.length; i += wide ? 2 : 1) {
      values.push(wide ? DIGIT[text[i]] * 64 + DIGIT[text[i + 1]] : DIGIT[text[i]]);
    }
    return values;
  }

  // ---- Stop words ---------------------------------------------------------------------------

  // Words that say nothing about what is sought («с чего начать», "how to start"): a query's
  // words need not match them. From Snowball's Russian and English stop lists, shortened to the
  // words a search query holds. A query of stop words alone keeps them.
  var STOP = new Set((
    "а без более бы был была были было быть в вам вас ведь во вот все всего всех вы где да даже для до его ее ей " +
    "если есть еще же за здесь и из или им их к как какая какой когда кто ли либо мне можно мой мы на над надо " +
    "не него нее нет ни них но ну о об однако он она они оно от очень по под при про с со так также такой там те " +
    "тем то того тоже только том ты у уже хоть чего чем что чтобы чье чья эта эти это этот я " +
    "about an and are as at be but by can do does for from has have how in into is it its of on or so that the " +
    "their there this to was what when where which who why will with you your").split(" "));

  // ---- Matching and ranking ----------------------------------------------------------------

  var FIELDS = 4;                                    // title, tags, summary, body
  // How a word of the index matched a query word. A synonym is the word of a group it is in
  // (`search_synonyms`); a typo is a corrected word, tried only when no form of the query word
  // is in the index as it is, by its stem or as the start of a word.
  var MATCH = { exact: 5, stem: 4, synonym: 3, prefix: 2, typo: 1 };
  var FIELD_STEP = 5;                                // more than any gap between match kinds
  var CORRECTED = 0, AS_WRITTEN = (FIELDS + 1) * FIELD_STEP;
  // A word found as written (or by stem, synonym, prefix) outranks every corrected one; among
  // them, the field comes first (title > tags > summary > body), then the kind of match.
  function score(field, match) {
    return (match === MATCH.typo ? CORRECTED : AS_WRITTEN) + (FIELDS - 1 - field) * FIELD_STEP + match;
  }

  var TYPO_TWO = 9;                                  // words this long may hold two typos
  var ENDING = 3;                                    // letters a corrected word may end in beyond its stem

  // At most one edit (insert, delete, substitute, swap two neighbours) between a and b.
  function withinOneEdit(a, b) {
    return editDistance(Array.from(a), Array.from(b), 1) <= 1;
  }

  // The optimal-string-alignment distance between letter arrays a and b (insertions,
  // deletions, substitutions, swaps of neighbours), or limit + 1 once it is sure to exceed limit.
  function editDistance(a, b, limit) {
    var rows = distanceRows(a, b, limit);
    return rows.length === a.length + 1 ? Math.min(rows[a.length][b.length], limit + 1) : limit + 1;
  }

  // The edit distances between every start of a (rows) and every start of b (columns). It
  // stops after the first row with no cell within limit: no longer start of a comes back under.
  function distanceRows(a, b, limit) {
    var rows = [];
    for (var i = 0; i <= a.length; i++) {
      var row = new Array(b.length + 1);
      var least = Infinity;
      for (var j = 0; j <= b.length; j++) {
        var d;
        if (i === 0) d = j;
        else if (j === 0) d = i;
        else {
          d = Math.min(rows[i - 1][j] + 1, row[j - 1] + 1, rows[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
          if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, rows[i - 2][j - 2] + 1);
        }
        row[j] = d;
        if (d < least) least = d;
      }
      rows.push(row);
      if (least > limit) break;
    }
    return rows;
  }

  // Whether an index word is a query word with typos: the query word (five letters or more),
  // or it less up to ENDING last letters (a Russian ending), is within one edit (two from
  // TYPO_TWO letters) of the word or of a start of it: «дифузия» is «диффузионных» less a letter.
  function isTypoOf(form, word) {
    var a = Array.from(form);
    if (a.length < TYPO_MIN) return false;
    var limit = a.length >= TYPO_TWO ? 2 : 1;
    var rows = distanceRows(a, Array.from(word), limit);
    for (var i = Math.max(TYPO_MIN, a.length - ENDING); i < rows.length; i++) {
      if (Math.min.apply(null, rows[i]) <= limit) return true;
    }
    return false;
  }

  // The stem of a query word: its own, when the shard has the word; else the longest stem in
  // the shard that the word starts with and that leaves no more than a Russian ending behind.
  function stemOf(shard, form) {
    for (var i = 0; i < shard.words.length; i++) if (shard.words[i][0] === form) return shard.words[i][1];
    var best = -1, bestLength = 0;
    for (var s = 0; s < shard.stems.length; s++) {
      var stem = shard.stems[s];
      if (stem.length >= 3 && stem.length > bestLength && form.startsWith(stem) && form.length - stem.length <= 4) {
        best = s; bestLength = stem.length;
      }
    }
    return best;
  }

  // How one index word matches one form of a query word, as written (0 for not at all).
  function matchKind(entry, form, stem) {
    var word = entry[0];
    if (word === form.text) return form.synonym ? MATCH.synonym : MATCH.exact;
    if (stem >= 0 && entry[1] === stem) return form.synonym ? MATCH.synonym : MATCH.stem;
    if (!form.synonym && word.startsWith(form.text)) return MATCH.prefix;
    return 0;
  }

  // Scores of one query form against one shard: Map id → best score; the index words that
  // matched are added to `matched` (the excerpt marks them).
  function matchForm(shard, form, corrected, matched) {
    var scores = new Map();
    var stem = corrected ? -1 : stemOf(shard, form.text);
    for (var i = 0; i < shard.words.length; i++) {
      var entry = shard.words[i];
      var kind = corrected ? (isTypoOf(form.text, entry[0]) ? MATCH.typo : 0) : matchKind(entry, form, stem);
      if (!kind) continue;
      if (matched) matched.add(entry[0]);
      for (var field = 0; field < FIELDS; field++) {
        var ids = postingsOf(entry, field);
        var value = score(field, kind);
        for (var k = 0; k < ids.length; k++) {
          if (!(scores.get(ids[k]) >= value)) scores.set(ids[k], value);
        }
      }
    }
    return scores;
  }

  function postingsOf(entry, field) {
    entry.decoded = entry.decoded || [];
    if (!entry.decoded[field]) entry.decoded[field] = decodePostings(entry[2 + field]);
    return entry.decoded[field];
  }

  // The forms one query word is searched as: itself, its transliteration and, for a word of a
  // synonym group, the group's other words.
  function formsOf(word, groups) {
    var forms = [{ text: word, synonym: false }];
    var other = /[а-яё]/.test(word) ? latin(word) : cyrillic(word);
    if (other && other !== word) forms.push({ text: other, synonym: false });
    (groups || []).forEach(function (group) {
      if (group.indexOf(word) < 0 && group.indexOf(other) < 0) return;
      group.forEach(function (member) {
        if (!forms.some(function (f) { return f.text === member; })) forms.push({ text: member, synonym: true });
      });
    });
    return forms;
  }

  // The words of a query that count: all but the stop words, unless it has nothing else.
  function meaningful(ws) {
    var kept = ws.filter(function (word) { return !STOP.has(word); });
    return kept.length ? kept : ws;
  }

  // A raw query as the index reads it: a list of words, each a list of forms. Null when it has
  // no word of two letters or more.
  function reading(raw, groups) {
    var ws = meaningful(words(raw));
    return ws.length ? ws.map(function (word) { return formsOf(word, groups); }) : null;
  }

  // The same keys read in the other keyboard layout, tried when the query as typed finds no
  // entry with every word; null when that reads the same. Its words are not transliterated.
  function layoutReading(raw) {
    var ws = meaningful(words(swapLayout(raw)));
    if (!ws.length || ws.join(" ") === meaningful(words(raw)).join(" ")) return null;
    return ws.map(function (word) { return [{ text: word, synonym: false }]; });
  }

  // Every shard file a reading needs (that exists).
  function shardsFor(forms, existing) {
    var files = [];
    forms.forEach(function (alternatives) {
      alternatives.forEach(function (form) {
        var file = shardFileName(shardKey(form.text));
        if (existing.has(file) && files.indexOf(file) < 0) files.push(file);
      });
    });
    return files;
  }

  // Ranks entries for one reading: per entry, the sum of its best score for each query word
  // and how many of the words it matches. A word no form of which is in the index as written
  // is looked for with typos.
  function rank(forms, shards) {
    var scores = new Map(), counts = new Map(), matched = new Set();
    forms.forEach(function (alternatives) {
      var best = new Map();
      [false, true].forEach(function (corrected) {
        if (corrected && best.size) return;
        alternatives.forEach(function (form) {
          if (corrected && form.synonym) return;
          var shard = shards[shardFileName(shardKey(form.text))];
          if (!shard) return;
          matchForm(shard, form, corrected, matched).forEach(function (value, id) {
            if (!(best.get(id) >= value)) best.set(id, value);
          });
        });
      });
      best.forEach(function (value, id) {
        scores.set(id, (scores.get(id) || 0) + value);
        counts.set(id, (counts.get(id) || 0) + 1);
      });
    });
    return { scores: scores, counts: counts, words: forms.length, matched: matched };
  }

  // The entries to show, best first: those that match every word; when none does, those that
  // match some (`partial`), the most words first. Then by score, then in collection order.
  function ordered(ranking) {
    var ids = Array.from(ranking.scores.keys());
    var full = ids.filter(function (id) { return ranking.counts.get(id) === ranking.words; });
    var shown = full.length ? full : ids;
    shown.sort(function (a, b) {
      return ranking.counts.get(b) - ranking.counts.get(a) || ranking.scores.get(b) - ranking.scores.get(a) || a - b;
    });
    return { ids: shown, partial: !full.length && shown.length > 0 };
  }

  // ---- Excerpts ------------------------------------------------------------------------------

  // The part of an entry's text a result shows: the first sentence holding a matched word, else
  // the text's start, as pieces [text, marked] (a marked piece is a word that matched).
  var EXCERPT = 240;
  function excerpt(text, matched) {
    var sentences = String(text).match(/[^.!?…]+(?:[.!?…]+|$)\s*/g) || [String(text)];
    var pieces = null;
    for (var i = 0; i < sentences.length && !pieces; i++) {
      var cut = marked(sentences[i].trim(), matched);
      if (cut.some(function (piece) { return piece[1]; })) pieces = cut;
    }
    if (!pieces) pieces = marked(String(text), new Set());
    return shorten(pieces, EXCERPT);
  }

  // A text cut into words and what lies between, each word marked when it matched.
  function marked(text, matched) {
    var pieces = [], last = 0, found;
    var pattern = /[\p{L}\p{M}\p{N}]+/gu;
    while ((found = pattern.exec(text))) {
      if (found.index > last) pieces.push([text.slice(last, found.index), false]);
      pieces.push([found[0], matched.has(normalize(found[0]))]);
      last = found.index + found[0].length;
    }
    if (last < text.length) pieces.push([text.slice(last), false]);
    return pieces;
  }

  // The pieces up to `limit` characters, cut at a word, with an ellipsis when cut.
  function shorten(pieces, limit) {
    var out = [], length = 0;
    for (var i = 0; i < pieces.length; i++) {
      if (length + pieces[i][0].length > limit && length > 0) {
        out.push(["…", false]);
        break;
      }
      out.push(pieces[i]);
      length += pieces[i][0].length;
    }
    return out;
  }

  var core = {
    normalize: normalize, words: words, latin: latin, cyrillic: cyrillic, swapLayout: swapLayout,
    shardKey: shardKey, shardFileName: shardFileName, decodePostings: decodePostings,
    withinOneEdit: withinOneEdit, editDistance: editDistance, isTypoOf: isTypoOf, meaningful: meaningful,
    reading: reading, layoutReading: layoutReading, rank: rank, ordered: ordered, excerpt: excerpt,
    MATCH: MATCH, score: score
  };
  window.DroverSearch = core;

  // ---- The page ------------------------------------------------------------------------------

  var app = document.getElementById("search-app");
  if (!app) return;
  var PAGE = 10;
  var FILTERS = ["block", "type", "level", "lang", "tag"];
  var base = new URL(app.getAttribute("data-index"), location.href);
  var root = new URL(app.getAttribute("data-root"), location.href);
  var form = document.getElementById("search-form");
  var input = document.getElementById("search-query");
  var status = document.getElementById("search-status");
  var results = document.getElementById("search-results");
  var more = document.getElementById("search-more");
  var selects = {};
  FILTERS.forEach(function (name) { selects[name] = document.getElementById("search-filter-" + name); });

  var cache = {};
  function load(path) {
    if (!cache[path]) {
      cache[path] = fetch(new URL(path, base)).then(function (response) {
        if (!response.ok) throw new Error(path + ": " + response.status);
        return response.json();
      });
    }
    return cache[path];
  }

  var meta = null, columns = {}, tagMembers = null, shown = PAGE, run = 0;

  function state() {
    var params = new URLSearchParams(location.search);
    var s = { q: params.get("q") || "" };
    FILTERS.forEach(function (name) { s[name] = params.get(name) || ""; });
    return s;
  }

  function urlFor(s) {
    var params = new URLSearchParams();
    if (s.q) params.set("q", s.q);
    FILTERS.forEach(function (name) { if (s[name]) params.set(name, s[name]); });
    var query = params.toString();
    return location.pathname + (query ? "?" + query : "");
  }

  function current() {
    var s = { q: input.value.trim() };
    FILTERS.forEach(function (name) { s[name] = selects[name].value; });
    return s;
  }

  function facetValues(name) {
    if (name === "tag") return meta.tags;
    return meta.facets.filter(function (f) { return f.name === name; })[0].values;
  }

  // Each filter's chosen value as a position in its values: -1 when not set, -2 when the URL
  // names a value the index does not have (nothing passes).
  function activeFilters(s) {
    var active = {};
    FILTERS.forEach(function (name) {
      active[name] = s[name] ? facetValues(name).findIndex(function (v) { return v[0] === s[name]; }) : -1;
      if (s[name] && active[name] < 0) active[name] = -2;
    });
    return active;
  }

  function passes(id, name, position) {
    if (position === -1) return true;
    if (position === -2) return false;
    if (name === "tag") return tagMembers ? tagMembers[position].has(id) : true;
    return columns[name][id] === position + 1;
  }

  // Whether entry id passes every active filter except `skip`.
  function passesAll(id, active, skip) {
    for (var i = 0; i < FILTERS.length; i++) {
      var name = FILTERS[i];
      if (name !== skip && !passes(id, name, active[name])) return false;
    }
    return true;
  }

  function loadTags() {
    if (tagMembers) return Promise.resolve();
    return load("tags.json").then(function (lists) {
      tagMembers = lists.map(function (text) { return new Set(decodePostings(text)); });
    });
  }

  // The entries that match a reading, best first (`ordered`), with the index words that
  // matched; loads the shards it needs.
  function search(forms) {
    var needed = shardsFor(forms, new Set(meta.shards));
    return Promise.all(needed.map(function (file) { return load("shards/" + file + ".json"); })).then(function (loaded) {
      var shards = {};
      needed.forEach(function (file, i) { shards[file] = loaded[i]; });
      var ranking = rank(forms, shards);
      var found = ordered(ranking);
      found.matched = ranking.matched;
      return found;
    });
  }

  // The query as typed; when no entry has all its words, the other keyboard layout, if that
  // finds entries with all of them, else the better of the two partial answers.
  function searchQuery(q) {
    return search(reading(q, meta.synonyms)).then(function (typed) {
      var swapped = layoutReading(q);
      if (!swapped || (typed.ids.length && !typed.partial)) return typed;
      return search(swapped).then(function (other) {
        if (other.ids.length && (!other.partial || !typed.ids.length)) return other;
        return typed;
      });
    });
  }

  function render(s) {
    var mine = ++run;
    input.value = s.q;
    FILTERS.forEach(function (name) { selects[name].value = s[name]; });
    var typed = reading(s.q);
    var anyFilter = FILTERS.some(function (name) { return s[name]; });
    if (!typed && !anyFilter) {
      clear();
      announce(s.q ? message("short", {}) : message("empty", {}));
      updateFilters(null, s);
      return Promise.resolve();
    }
    var found;
    if (typed) {
      found = searchQuery(s.q);
    } else {
      var all = [];
      for (var id = 0; id < meta.docs; id++) all.push(id);
      found = Promise.resolve({ ids: all, partial: false, matched: new Set() });
    }
    return Promise.all([found, s.tag ? loadTags() : null]).then(function (done) {
      if (mine !== run) return;
      var ids = done[0].ids;
      var active = activeFilters(s);
      var matching = ids.filter(function (id) { return passesAll(id, active, null); });
      updateFilters(ids, s, active);
      return show(matching, s, mine, done[0]);
    });
  }

  function clear() {
    results.textContent = "";
    more.hidden = true;
  }

  function announce(text) {
    status.textContent = text;
  }

  // Messages come from the page (data-msg-*, data-count-*), which the theme fills from the
  // site language's translation table: this file holds no interface text of its own.
  function message(name, values) {
    var text = app.getAttribute("data-msg-" + name) || "";
    return text.replace(/\{(\w+)\}/g, function (all, key) { return key in values ? String(values[key]) : all; });
  }

  function countLabel(n) {
    var form = new Intl.PluralRules(document.documentElement.lang || "en").select(n);
    var text = app.getAttribute("data-count-" + form) || app.getAttribute("data-count-other") || "{count}";
    return text.replace("{count}", String(n));
  }

  function show(ids, s, mine, found) {
    var page = ids.slice(0, shown);
    var chunks = [];
    page.forEach(function (id) {
      var chunk = Math.floor(id / meta.docChunk);
      if (chunks.indexOf(chunk) < 0) chunks.push(chunk);
    });
    return Promise.all(chunks.map(function (c) { return load("docs/" + c + ".json"); })).then(function (loaded) {
      if (mine !== run) return;
      var docs = {};
      chunks.forEach(function (c, i) { docs[c] = loaded[i]; });
      clear();
      if (!ids.length) {
        var nothing = document.createElement("p");
        nothing.className = "search-empty";
        nothing.textContent = s.q ? message("none-query", { q: s.q }) : message("none-filters", {});
        results.appendChild(nothing);
        announce(s.q ? message("no-match-query", { q: s.q }) : message("no-match", {}));
        return;
      }
      if (found.partial) {
        var partial = document.createElement("p");
        partial.className = "search-partial";
        partial.textContent = message("partial", { q: s.q });
        results.appendChild(partial);
      }
      var list = document.createElement("ol");
      list.className = "search-list";
      page.forEach(function (id) {
        list.appendChild(hit(docs[Math.floor(id / meta.docChunk)][id % meta.docChunk], id, found.matched));
      });
      results.appendChild(list);
      more.hidden = ids.length <= shown;
      announce((found.partial ? message("partial", { q: s.q }) + " " : "") + message("found", { count: countLabel(ids.length) }) +
        (ids.length > page.length ? message("shown", { shown: page.length }) : "") + ".");
    });
  }

  // One result: its title as a link, its excerpt with the words that matched in <mark>, and
  // its block, type, difficulty, language and tags. Every text is a text node.
  function hit(doc, id, matched) {
    var item = document.createElement("li");
    item.className = "search-hit";
    var link = document.createElement("a");
    link.className = "search-hit__title";
    link.href = new URL(doc[1], root).pathname;
    link.textContent = doc[0];
    item.appendChild(link);
    if (doc[2]) {
      var text = document.createElement("p");
      text.className = "search-hit__excerpt";
      excerpt(doc[2], matched).forEach(function (piece) {
        if (piece[1]) {
          var mark = document.createElement("mark");
          mark.textContent = piece[0];
          text.appendChild(mark);
        } else {
          text.appendChild(document.createTextNode(piece[0]));
        }
      });
      item.appendChild(text);
    }
    var details = document.createElement("p");
    details.className = "search-hit__meta";
    details.textContent = ["block", "type", "level", "lang"].map(function (name) {
      var value = columns[name][id];
      return value ? facetValues(name)[value - 1][1] : null;
    }).filter(Boolean).concat((doc[3] || []).map(function (tag) { return "#" + meta.tags[tag][1]; })).join(" · ");
    item.appendChild(details);
    return item;
  }

  // Each filter's options with the number of matches it would leave (the other filters kept).
  function updateFilters(ids, s, active) {
    FILTERS.forEach(function (name) {
      var select = selects[name];
      var values = facetValues(name);
      var counts = null;
      if (ids && (name !== "tag" || tagMembers)) {
        counts = new Array(values.length).fill(0);
        ids.forEach(function (id) {
          if (!passesAll(id, active, name)) return;
          if (name === "tag") {
            tagMembers.forEach(function (members, position) { if (members.has(id)) counts[position]++; });
          } else if (columns[name][id]) {
            counts[columns[name][id] - 1]++;
          }
        });
      }
      while (select.options.length > 1) select.remove(1);
      values.forEach(function (value, position) {
        if (counts && counts[position] === 0 && value[0] !== s[name]) return;
        var option = document.createElement("option");
        option.value = value[0];
        option.textContent = counts ? value[1] + " (" + counts[position] + ")" : value[1];
        select.appendChild(option);
      });
      select.value = s[name];
    });
  }

  var typing = null;
  function go(replace) {
    var s = current();
    var url = urlFor(s);
    if (url !== location.pathname + location.search) {
      if (replace) history.replaceState(null, "", url); else history.pushState(null, "", url);
    }
    shown = PAGE;
    return render(s);
  }

  input.addEventListener("input", function () {
    clearTimeout(typing);
    // As you type: the address follows, replacing itself, so Back skips the keystrokes.
    typing = setTimeout(function () { go(true); }, 120);
  });
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    clearTimeout(typing);
    go(false);
  });
  FILTERS.forEach(function (name) {
    selects[name].addEventListener("change", function () { go(false); });
  });
  // Tag counts need tags.json: fetched when the reader reaches for the tag filter.
  ["focus", "pointerdown"].forEach(function (kind) {
    selects.tag.addEventListener(kind, function () {
      if (!tagMembers) loadTags().then(function () { render(state()); });
    });
  });
  // Up and down arrows move between the query field and the results; Enter opens a result
  // (it is a link). Tab still goes through the filters first.
  function resultLinks() {
    return Array.prototype.slice.call(results.querySelectorAll(".search-hit__title"));
  }
  input.addEventListener("keydown", function (event) {
    if (event.key !== "ArrowDown") return;
    var links = resultLinks();
    if (!links.length) return;
    event.preventDefault();
    links[0].focus();
  });
  results.addEventListener("keydown", function (event) {
    if (event.key !== "ArrowDown" && event.key !== "ArrowUp") return;
    var links = resultLinks();
    var at = links.indexOf(document.activeElement);
    if (at < 0) return;
    event.preventDefault();
    var next = at + (event.key === "ArrowDown" ? 1 : -1);
    if (next < 0) input.focus();
    else if (next < links.length) links[next].focus();
  });
  more.addEventListener("click", function () {
    shown += PAGE;
    render(state()).then(function () {
      var items = results.querySelectorAll(".search-hit__title");
      if (items[shown - PAGE]) items[shown - PAGE].focus();
    });
  });
  window.addEventListener("popstate", function () { shown = PAGE; render(state()); });

  load("meta.json").then(function (loaded) {
    meta = loaded;
    meta.facets.forEach(function (facet) { columns[facet.name] = decodeColumn(facet.column, facet.values.length); });
    app.hidden = false;
    document.documentElement.classList.add("search-ready");
    return render(state());
  }).catch(function () {
    app.hidden = false;
    announce(message("unavailable", {}));
  });
})();

"""#),
        (path: "static/style.css", text: #"""
/*
 * Drover default theme.
 * One stylesheet, system fonts only, light + dark via prefers-color-scheme.
 * Colour pairs are chosen for WCAG AA (text ≥ 4.5:1, UI ≥ 3:1) in both schemes.
 */

/* ---------- Tokens ---------- */

:root {
  color-scheme: light dark;

  --font-sans: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue",
    "Noto Sans", "Liberation Sans", Arial, sans-serif;
  --font-mono: ui-monospace, "SF Mono", "Cascadia Mono", "Roboto Mono", Menlo,
    Consolas, "DejaVu Sans Mono", "Liberation Mono", monospace;

  --bg: #f7f5f0;
  --surface: #ffffff;
  --surface-2: #efebe3;
  --text: #1b1e21;
  --muted: #545a60;
  --border: #ddd7cb;
  --border-strong: #c3bcae;
  --accent: #0b6a62;
  --accent-hover: #08524c;
  --accent-soft: #dcefe9;
  --on-accent: #ffffff;
  --focus: #c2410c;
  --shadow: 0 1px 2px rgb(30 25 15 / 0.05), 0 4px 16px rgb(30 25 15 / 0.05);
  --shadow-hover: 0 2px 4px rgb(30 25 15 / 0.06), 0 10px 28px rgb(30 25 15 / 0.09);

  /* badge: hue set per type, saturation/lightness per scheme */
  --badge-s: 55%;
  --badge-bg-l: 91%;
  --badge-fg-l: 25%;

  --radius: 14px;
  --radius-sm: 8px;
  --measure: 68ch;
  --wrap: 72rem;
  --gutter: clamp(1rem, 4vw, 2rem);
}

@media (prefers-color-scheme: dark) {
  :root {
    --bg: #121618;
    --surface: #1a1f22;
    --surface-2: #22292c;
    --text: #e8e6e1;
    --muted: #a7afb3;
    --border: #2f373b;
    --border-strong: #465055;
    --accent: #6fd2c4;
    --accent-hover: #9be3d8;
    --accent-soft: #173633;
    --on-accent: #06201d;
    --focus: #ffb070;
    --shadow: 0 1px 2px rgb(0 0 0 / 0.3);
    --shadow-hover: 0 2px 4px rgb(0 0 0 / 0.35), 0 10px 28px rgb(0 0 0 / 0.35);

    --badge-s: 35%;
    --badge-bg-l: 21%;
    --badge-fg-l: 84%;
  }
}

/* ---------- Base ---------- */

*,
*::before,
*::after {
  box-sizing: border-box;
}

html {
  -webkit-text-size-adjust: 100%;
  text-size-adjust: 100%;
}

body {
  margin: 0;
  background: var(--bg);
  color: var(--text);
  font-family: var(--font-sans);
  font-size: 1.0625rem;
  line-height: 1.6;
  font-kerning: normal;
  text-rendering: optimizeLegibility;
  overflow-wrap: break-word;
  display: flex;
  flex-direction: column;
  min-height: 100vh;
}

main {
  flex: 1 0 auto;
}

h1,
h2,
h3,
h4 {
  line-height: 1.2;
  font-weight: 700;
  letter-spacing: -0.01em;
  text-wrap: balance;
  margin: 0 0 0.5em;
}

p,
ul,
ol,
dl,
blockquote,
pre {
  margin: 0 0 1em;
}

img,
svg {
  max-width: 100%;
}

a {
  color: var(--accent);
  text-decoration-thickness: 0.08em;
  text-underline-offset: 0.18em;
}

a:hover {
  color: var(--accent-hover);
  text-decoration-thickness: 0.14em;
}

:focus-visible {
  outline: 3px solid var(--focus);
  outline-offset: 2px;
  border-radius: 3px;
}

::selection {
  background: var(--accent-soft);
  color: var(--text);
}

.visually-hidden {
  position: absolute !important;
  width: 1px;
  height: 1px;
  padding: 0;
  margin: -1px;
  overflow: hidden;
  clip: rect(0 0 0 0);
  clip-path: inset(50%);
  white-space: nowrap;
  border: 0;
}

.skip-link {
  position: absolute;
  left: 1rem;
  top: -4rem;
  z-index: 100;
  padding: 0.6rem 1rem;
  background: var(--surface);
  color: var(--accent);
  font-weight: 600;
  border: 2px solid var(--accent);
  border-radius: var(--radius-sm);
}

.skip-link:focus {
  top: 1rem;
}

.wrap {
  width: 100%;
  max-width: var(--wrap);
  margin-inline: auto;
  padding-inline: var(--gutter);
}

.wrap--narrow {
  max-width: calc(var(--measure) + 2 * var(--gutter) + 4rem);
}

.icon {
  width: 1em;
  height: 1em;
  fill: currentColor;
  vertical-align: -0.125em;
  flex: none;
}

.rss-link {
  display: inline-flex;
  align-items: center;
  gap: 0.4em;
}

.ext {
  display: inline-block;
  margin-left: 0.2em;
  font-size: 0.85em;
  text-decoration: none;
}

/* ---------- Header ---------- */

.site-header {
  background: var(--surface);
  border-bottom: 1px solid var(--border);
}

.site-header__inner {
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  justify-content: space-between;
  gap: 0.75rem 2rem;
  padding-block: 0.9rem;
}

.brand {
  display: inline-flex;
  align-items: center;
  gap: 0.65rem;
  color: var(--text);
  text-decoration: none;
  font-weight: 700;
  font-size: 1.05rem;
  line-height: 1.25;
  letter-spacing: -0.005em;
}

.brand:hover {
  color: var(--accent);
}

.brand__mark {
  width: 2rem;
  height: 2rem;
  flex: none;
}

.brand__tile {
  fill: var(--accent);
}

.brand__glyph {
  fill: var(--on-accent);
}

.brand__dot {
  fill: var(--on-accent);
  opacity: 0.7;
}

/* Brand and search share the first row, the navigation has the second to itself: two rows
   whatever the length of the site's title (a long one wraps inside the brand). */
.brand {
  order: 1;
  flex: 0 1 auto;
  min-width: 0;
}

.site-search {
  order: 2;
}

.site-nav {
  order: 3;
  width: 100%;
}

/* The search page has its own, larger box: one search field on the page. */
.kind-search .site-search {
  display: none;
}

.site-nav__list {
  display: flex;
  flex-wrap: wrap;
  gap: 0.25rem;
  margin: 0;
  padding: 0;
  list-style: none;
}

.site-nav__link {
  display: block;
  padding: 0.35rem 0.75rem;
  border-radius: 999px;
  color: var(--text);
  text-decoration: none;
  font-size: 0.95rem;
  font-weight: 500;
  white-space: nowrap;
}

.site-nav__link:hover {
  background: var(--surface-2);
  color: var(--text);
}

.site-nav__link[aria-current="page"] {
  background: var(--accent-soft);
  color: var(--text);
  font-weight: 700;
  box-shadow: inset 0 -2px 0 var(--accent);
}

.site-nav__extra {
  margin-left: 0.25rem;
  padding-left: 0.5rem;
  border-left: 1px solid var(--border);
}

@media (max-width: 47.99rem) {
  .site-header__inner {
    gap: 0.5rem 1rem;
    padding-block: 0.6rem;
  }

  /* Phones: the links in one row that scrolls sideways, so the header stays short. */
  .site-nav__list {
    flex-wrap: nowrap;
    gap: 0.4rem;
    overflow-x: auto;
    padding-bottom: 0.15rem;
    scrollbar-width: thin;
  }

  .site-nav__link {
    padding: 0.3rem 0.7rem;
    border: 1px solid var(--border);
    font-size: 0.9rem;
  }

  .site-nav__link[aria-current="page"] {
    border-color: var(--accent);
  }

  .site-nav__extra {
    margin-left: 0;
    padding-left: 0;
    border-left: 0;
  }
}

/* ---------- Footer ---------- */

.site-footer {
  margin-top: 4rem;
  background: var(--surface-2);
  border-top: 1px solid var(--border);
  color: var(--muted);
  font-size: 0.95rem;
}

.site-footer__inner {
  display: grid;
  gap: 1.5rem 3rem;
  padding-block: 2.5rem 1.5rem;
}

@media (min-width: 48rem) {
  .site-footer__inner {
    grid-template-columns: minmax(0, 1.6fr) minmax(0, 1fr);
  }
}

.site-footer__title {
  margin-bottom: 0.4rem;
  font-weight: 700;
  font-size: 1rem;
}

.site-footer__title a {
  color: var(--text);
  text-decoration: none;
}

.site-footer__title a:hover {
  color: var(--accent);
}

.site-footer__desc {
  max-width: 50ch;
}

.site-footer__author {
  margin: 0;
}

.site-footer__nav ul {
  margin: 0;
  padding: 0;
  list-style: none;
  display: grid;
  gap: 0.5rem;
}

.site-footer__nav a {
  font-weight: 600;
}

.site-footer__colophon {
  margin: 0 auto;
  padding-block: 1rem 2rem;
  border-top: 1px solid var(--border);
  font-size: 0.85rem;
}

/* ---------- Sections & page heads ---------- */

.site-main {
  padding-bottom: 1rem;
}

.section {
  margin-top: 3rem;
}

.section__head {
  display: flex;
  flex-wrap: wrap;
  align-items: baseline;
  justify-content: space-between;
  gap: 0.5rem 1.5rem;
  margin-bottom: 1.25rem;
}

.section__head .section__title {
  margin: 0;
}

.section__title {
  font-size: clamp(1.35rem, 1.1rem + 1vw, 1.6rem);
  margin-bottom: 1.25rem;
}

.section__aside {
  font-size: 0.95rem;
  font-weight: 600;
}

.section__note {
  max-width: var(--measure);
  margin-top: -0.5rem;
  color: var(--muted);
  font-size: 0.95rem;
}

.section__more {
  margin-top: 1.5rem;
  font-weight: 600;
}

.page-head {
  padding-block: clamp(2rem, 5vw, 3.5rem) 1.5rem;
  max-width: 52rem;
}

.page-head__kicker {
  margin-bottom: 0.5rem;
  color: var(--muted);
  font-size: 0.8rem;
  font-weight: 700;
  letter-spacing: 0.08em;
  text-transform: uppercase;
}

.page-head__title {
  font-size: clamp(2rem, 1.4rem + 2.6vw, 3rem);
  font-weight: 750;
  letter-spacing: -0.02em;
  line-height: 1.1;
}

.page-head__lede {
  max-width: 60ch;
  color: var(--muted);
  font-size: 1.15rem;
  line-height: 1.55;
}

.page-head__meta {
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  gap: 0.5rem 1.25rem;
  margin: 1rem 0 0;
  color: var(--muted);
  font-size: 0.95rem;
}

.page-head__meta > span:first-child {
  color: var(--text);
  font-weight: 600;
}

.page-head__meta a {
  font-weight: 600;
}

.page-intro {
  padding: 1.25rem 1.5rem;
  background: var(--surface);
  border: 1px solid var(--border);
  border-left: 4px solid var(--accent);
  border-radius: var(--radius-sm);
}

@media (max-width: 47.99rem) {
  .page-intro {
    padding: 1rem 1.1rem;
  }
}

.page-intro > :last-child {
  margin-bottom: 0;
}

/* ---------- Home ---------- */

.hero {
  padding-block: clamp(2.5rem, 7vw, 5rem) 0.5rem;
  background:
    radial-gradient(60rem 20rem at 85% -10%, var(--accent-soft), transparent 70%);
}

.hero__title {
  max-width: 20ch;
  font-size: clamp(2.1rem, 1.3rem + 3.6vw, 3.6rem);
  font-weight: 780;
  letter-spacing: -0.025em;
  line-height: 1.06;
}

.hero__lede {
  max-width: 56ch;
  color: var(--muted);
  font-size: clamp(1.1rem, 1rem + 0.5vw, 1.3rem);
  line-height: 1.5;
}

.hero__intro {
  max-width: var(--measure);
}

.block-grid {
  display: grid;
  grid-template-columns: repeat(auto-fill, minmax(min(100%, 17rem), 1fr));
  gap: 1rem;
  margin: 0;
  padding: 0;
  list-style: none;
  counter-reset: block;
}

.block-tile {
  position: relative;
  display: flex;
  flex-direction: column;
  padding: 1.25rem 1.35rem 1.1rem;
  background: var(--surface);
  border: 1px solid var(--border);
  border-radius: var(--radius);
  box-shadow: var(--shadow);
  counter-increment: block;
}

.block-tile::before {
  content: counter(block, decimal-leading-zero);
  display: block;
  margin-bottom: 0.6rem;
  color: var(--accent);
  font-family: var(--font-mono);
  font-size: 0.85rem;
  font-weight: 700;
  letter-spacing: 0.05em;
}

.block-tile__title {
  font-size: 1.25rem;
  margin-bottom: 0.4rem;
}

.block-tile__link {
  color: var(--text);
  text-decoration: none;
}

.block-tile__link::after {
  content: "";
  position: absolute;
  inset: 0;
  border-radius: var(--radius);
}

.block-tile__link:focus-visible {
  outline: none;
}

.block-tile__link:focus-visible::after {
  outline: 3px solid var(--focus);
  outline-offset: 2px;
}

.block-tile:hover {
  border-color: var(--accent);
  box-shadow: var(--shadow-hover);
}

.block-tile:hover .block-tile__link {
  text-decoration: underline;
  text-decoration-color: var(--accent);
  text-decoration-thickness: 0.1em;
  text-underline-offset: 0.18em;
}

.block-tile__summary {
  flex: 1;
  color: var(--muted);
  font-size: 0.97rem;
  line-height: 1.5;
}

.block-tile__meta {
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  justify-content: space-between;
  gap: 0.25rem 1rem;
  margin: 0;
  padding-top: 0.75rem;
  border-top: 1px solid var(--border);
  font-size: 0.88rem;
  font-weight: 600;
}

@media (min-width: 36rem) and (max-width: 59.99rem) {
  .block-grid {
    grid-template-columns: repeat(2, minmax(0, 1fr));
  }

  .block-tile:last-child:nth-child(odd) {
    grid-column: 1 / -1;
  }
}

@media (min-width: 60rem) {
  /* six-column track: rows of three; an incomplete last row stretches */
  .block-grid {
    grid-template-columns: repeat(6, minmax(0, 1fr));
  }

  .block-tile {
    grid-column: span 2;
  }

  .block-tile:nth-child(3n+1):nth-last-child(2),
  .block-tile:nth-child(3n+1):nth-last-child(2) + .block-tile {
    grid-column: span 3;
  }

  .block-tile:nth-child(3n+1):last-child {
    grid-column: span 6;
  }
}

/* ---------- Entry cards ---------- */

.empty-note {
  padding: 1.25rem 1.5rem;
  border: 1px dashed var(--border-strong);
  border-radius: var(--radius);
  color: var(--muted);
}

.card-list:empty {
  display: none;
}


.card-list {
  display: grid;
  gap: 1rem;
  margin: 0;
  padding: 0;
  list-style: none;
}

@media (min-width: 60rem) {
  .card-list {
    grid-template-columns: repeat(2, minmax(0, 1fr));
    gap: 1.25rem;
  }
}

.card-list > li {
  display: flex;
}

.card {
  position: relative;
  display: flex;
  flex-direction: column;
  width: 100%;
  padding: 1.2rem 1.35rem 1.1rem;
  background: var(--surface);
  border: 1px solid var(--border);
  border-radius: var(--radius);
  box-shadow: var(--shadow);
}

.card:hover {
  border-color: var(--border-strong);
  box-shadow: var(--shadow-hover);
}

.card:has(.card__link:focus-visible) {
  outline: 3px solid var(--focus);
  outline-offset: 2px;
}

.card__section {
  margin-bottom: 0.5rem;
  font-size: 0.78rem;
  font-weight: 700;
  letter-spacing: 0.07em;
  text-transform: uppercase;
}

.card__section a {
  position: relative;
  z-index: 1;
  color: var(--muted);
  text-decoration: none;
}

.card__section a:hover {
  color: var(--accent);
  text-decoration: underline;
}

.card__title {
  margin: 0.15rem 0 0.35rem;
  font-size: 1.2rem;
  font-weight: 680;
  line-height: 1.3;
  letter-spacing: -0.005em;
}

.card__link {
  color: var(--text);
  text-decoration: none;
}

.card__link::after {
  content: "";
  position: absolute;
  inset: 0;
  border-radius: var(--radius);
}

.card__link:focus-visible {
  outline: none;
}

.card:hover .card__link {
  color: var(--accent-hover);
  text-decoration: underline;
  text-decoration-thickness: 0.08em;
  text-underline-offset: 0.18em;
}

.card__authors {
  margin-bottom: 0.5rem;
  color: var(--muted);
  font-size: 0.92rem;
}

.card__excerpt {
  display: -webkit-box;
  -webkit-box-orient: vertical;
  -webkit-line-clamp: 4;
  line-clamp: 4;
  overflow: hidden;
  margin-bottom: 0.9rem;
  font-size: 0.98rem;
  line-height: 1.55;
}

.card__foot {
  margin-top: auto;
}

.card__foot .tag-list {
  margin-bottom: 0.7rem;
}

.card__info {
  display: flex;
  flex-wrap: wrap;
  align-items: baseline;
  gap: 0.2rem 1rem;
  margin: 0;
  padding-top: 0.7rem;
  border-top: 1px solid var(--border);
  color: var(--muted);
  font-size: 0.85rem;
}

.card__host {
  position: relative;
  z-index: 1;
  margin-right: auto;
  font-weight: 600;
}

.card__date {
  white-space: nowrap;
}

/* ---------- Meta line & badges ---------- */

.meta-line {
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  gap: 0.35rem 1.1em;
  margin: 0 0 0.35rem;
  overflow: hidden; /* clips the separator dot of an item that wraps to a new line */
  color: var(--muted);
  font-size: 0.88rem;
}

.meta-line > .badge {
  margin-right: -0.3em;
}

.meta-line__item {
  white-space: nowrap;
}

.meta-line__item::before {
  content: "·";
  display: inline-block;
  width: 1.1em;
  margin-left: -1.1em;
  text-align: center;
}

.meta-line__item:first-child::before,
.badge + .meta-line__item::before {
  content: none;
}

.meta-line__lang {
  font-weight: 600;
}

.badge {
  --h: 200;
  --s: 0%;
  display: inline-block;
  padding: 0.12rem 0.6rem;
  border-radius: 999px;
  background: hsl(var(--h) var(--s) var(--badge-bg-l));
  color: hsl(var(--h) var(--s) var(--badge-fg-l));
  border: 1px solid hsl(var(--h) var(--s) calc((var(--badge-bg-l) + var(--badge-fg-l)) / 2) / 0.35);
  font-size: 0.8rem;
  font-weight: 700;
  line-height: 1.5;
  letter-spacing: 0.01em;
  white-space: nowrap;
}

.badge--article { --h: 212; --s: var(--badge-s); }
.badge--paper { --h: 262; --s: var(--badge-s); }
.badge--course { --h: 152; --s: var(--badge-s); }
.badge--video { --h: 0; --s: var(--badge-s); }
.badge--talk { --h: 22; --s: var(--badge-s); }
.badge--podcast { --h: 318; --s: var(--badge-s); }
.badge--channel { --h: 190; --s: var(--badge-s); }
.badge--newsletter { --h: 172; --s: var(--badge-s); }
.badge--book { --h: 38; --s: var(--badge-s); }
.badge--tool { --h: 232; --s: calc(var(--badge-s) * 0.6); }
.badge--dataset { --h: 88; --s: var(--badge-s); }
.badge--community { --h: 342; --s: var(--badge-s); }

/* ---------- Chips (block level) ---------- */

.chip {
  display: inline-block;
  padding: 0 0.55rem;
  border: 1px solid var(--border-strong);
  border-radius: 999px;
  color: var(--muted);
  font-size: 0.8rem;
  font-weight: 600;
  line-height: 1.6;
  white-space: nowrap;
}

/* A block's or tag's count of one type or difficulty, linked to the search page so filtered. */
.chip--link {
  color: var(--text);
  text-decoration: none;
}

.chip--link:hover {
  border-color: var(--accent);
  color: var(--accent);
}

/* ---------- Tags ---------- */

.tag-list {
  display: flex;
  flex-wrap: wrap;
  gap: 0.4rem;
  margin: 0;
  padding: 0;
  list-style: none;
}

.tag-list:empty {
  display: none;
}

.tag {
  position: relative;
  z-index: 1;
  display: inline-block;
  padding: 0.1rem 0.6rem;
  border: 1px solid var(--border);
  border-radius: 999px;
  background: var(--surface-2);
  color: var(--text);
  font-size: 0.82rem;
  line-height: 1.6;
  text-decoration: none;
}

.tag:hover {
  border-color: var(--accent);
  color: var(--accent-hover);
}

.tag-index {
  display: grid;
  grid-template-columns: repeat(auto-fill, minmax(min(100%, 16rem), 1fr));
  gap: 0.75rem;
  margin: 0;
  padding: 0;
  list-style: none;
}

.tag-index__item {
  display: flex;
  flex-direction: column;
  align-items: flex-start;
  gap: 0.15rem;
  padding: 0.9rem 1.1rem;
  background: var(--surface);
  border: 1px solid var(--border);
  border-radius: var(--radius-sm);
}

.tag-index__link {
  font-size: 1.1rem;
  font-weight: 700;
}

.tag-index__count {
  color: var(--muted);
  font-size: 0.88rem;
  white-space: nowrap;
}

.tag-index__desc {
  margin: 0.35rem 0 0;
  color: var(--muted);
  font-size: 0.92rem;
  line-height: 1.5;
}

/* ---------- Entry page ---------- */

.breadcrumbs {
  padding-top: 1.75rem;
  font-size: 0.9rem;
}

.breadcrumbs ol {
  display: flex;
  flex-wrap: wrap;
  margin: 0;
  padding: 0;
  list-style: none;
}

.breadcrumbs li + li::before {
  content: "/";
  margin-inline: 0.55em;
  color: var(--muted);
}

.entry__head {
  padding-block: 1.25rem 1.5rem;
  border-bottom: 1px solid var(--border);
}

.entry__title {
  margin: 0.5rem 0 0.6rem;
  font-size: clamp(1.75rem, 1.3rem + 2vw, 2.6rem);
  font-weight: 750;
  letter-spacing: -0.02em;
  line-height: 1.12;
}

.authors {
  display: flex;
  flex-wrap: wrap;
  margin: 0 0 1.25rem;
  padding: 0;
  list-style: none;
  color: var(--muted);
  font-size: 1rem;
}

.authors:empty {
  display: none;
}

.authors li:not(:last-child)::after {
  content: ",";
  margin-right: 0.35em;
}

.entry__cta {
  margin: 1.25rem 0 1rem;
}

.cta,
.button {
  display: inline-flex;
  flex-wrap: wrap;
  align-items: center;
  gap: 0.25rem 0.75rem;
  padding: 0.8rem 1.3rem;
  border-radius: 12px;
  background: var(--accent);
  color: var(--on-accent);
  font-weight: 700;
  font-size: 1.1rem;
  line-height: 1.3;
  text-decoration: none;
  box-shadow: 0 1px 0 rgb(0 0 0 / 0.08), 0 6px 18px -6px var(--accent);
}

.cta:hover,
.button:hover {
  background: var(--accent-hover);
  color: var(--on-accent);
}

.cta__host {
  padding: 0.1rem 0.55rem;
  border-radius: 999px;
  background: rgb(255 255 255 / 0.16);
  border: 1px solid rgb(255 255 255 / 0.35);
  font-size: 0.85rem;
  font-weight: 600;
}

@media (prefers-color-scheme: dark) {
  .cta__host {
    background: rgb(0 0 0 / 0.1);
    border-color: rgb(0 0 0 / 0.3);
  }
}

.button {
  font-size: 1rem;
  padding: 0.65rem 1.15rem;
}

.button--ghost {
  background: transparent;
  color: var(--accent);
  border: 2px solid var(--accent);
  box-shadow: none;
}

.button--ghost:hover {
  background: var(--accent-soft);
  color: var(--accent-hover);
}

.meta-line--dates {
  margin: 0;
}

.entry__body {
  padding-top: 1.75rem;
}

.entry__foot {
  margin-top: 2rem;
  padding-top: 1.25rem;
  border-top: 1px solid var(--border);
}

.entry__foot-title {
  margin-bottom: 0.6rem;
  color: var(--muted);
  font-size: 0.8rem;
  font-weight: 700;
  letter-spacing: 0.08em;
  text-transform: uppercase;
}

.entry__edit {
  margin: 1.25rem 0 0;
  color: var(--muted);
  font-size: 0.95rem;
}

.entry__edit a {
  font-weight: 600;
}

.pager {
  display: grid;
  gap: 0.75rem;
  margin-top: 2.5rem;
}

@media (min-width: 40rem) {
  .pager {
    grid-template-columns: 1fr 1fr;
  }

  .pager__link--next {
    grid-column: 2;
    text-align: right;
  }
}

.pager__link {
  display: flex;
  flex-direction: column;
  gap: 0.2rem;
  padding: 0.9rem 1.1rem;
  background: var(--surface);
  border: 1px solid var(--border);
  border-radius: var(--radius-sm);
  text-decoration: none;
}

.pager__link:hover {
  border-color: var(--accent);
}

.pager__dir {
  color: var(--muted);
  font-size: 0.85rem;
}

.pager__title {
  color: var(--text);
  font-weight: 650;
  line-height: 1.35;
}

.pager__link:hover .pager__title {
  text-decoration: underline;
  text-decoration-color: var(--accent);
}

.back-link {
  margin-top: 1.75rem;
  font-weight: 600;
}

/* ---------- Pagination of block and tag pages ---------- */

.pagination {
  display: flex;
  flex-direction: column;
  align-items: center;
  gap: 0.75rem;
  margin-top: 2.5rem;
  padding-top: 1.5rem;
  border-top: 1px solid var(--border);
}

.pagination__status {
  margin: 0;
  color: var(--muted);
  font-size: 0.95rem;
}

.pagination__list {
  display: flex;
  flex-wrap: wrap;
  justify-content: center;
  align-items: center;
  gap: 0.4rem;
  margin: 0;
  padding: 0;
  list-style: none;
}

/* 44 px targets: comfortable on a phone. */
.pagination__link {
  display: inline-flex;
  align-items: center;
  justify-content: center;
  gap: 0.4em;
  min-width: 2.75rem;
  min-height: 2.75rem;
  padding: 0 0.8rem;
  background: var(--surface);
  border: 1px solid var(--border);
  border-radius: var(--radius-sm);
  color: var(--text);
  font-weight: 650;
  font-variant-numeric: tabular-nums;
  text-decoration: none;
}

.pagination__link:hover {
  border-color: var(--accent);
  color: var(--accent-hover);
}

.pagination__link[aria-current="page"] {
  background: var(--accent);
  border-color: var(--accent);
  color: var(--on-accent);
}

.pagination__link--edge {
  color: var(--accent);
}

.pagination__gap {
  min-width: 1.25rem;
  color: var(--muted);
  text-align: center;
}

/* On a phone the arrows stand alone (their words stay for screen readers) and the window
 * narrows to the three nearest pages, so the whole row fits a 360 px screen. */
@media (max-width: 39.99rem) {
  .pagination__far,
  .pagination__gap {
    display: none;
  }

  .pagination__list {
    gap: 0.25rem;
  }

  .pagination__link {
    min-width: 2.5rem;
  }

  .pagination__word {
    position: absolute !important;
    width: 1px;
    height: 1px;
    margin: -1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    clip-path: inset(50%);
    white-space: nowrap;
  }
}

/* ---------- Prose (rendered Markdown) ---------- */

.prose {
  max-width: var(--measure);
  hyphens: auto;
  -webkit-hyphens: auto;
}

.prose h2 {
  margin-top: 1.8em;
  font-size: 1.45rem;
}

.prose h3 {
  margin-top: 1.6em;
  font-size: 1.2rem;
}

.prose h4 {
  margin-top: 1.4em;
  font-size: 1.05rem;
}

.prose > :first-child {
  margin-top: 0;
}

.page-intro h2,
.hero__intro h2 {
  font-size: 1.25rem;
}

.prose ul,
.prose ol {
  padding-left: 1.4em;
}

.prose li + li {
  margin-top: 0.3em;
}

.prose li::marker {
  color: var(--accent);
}

.prose blockquote {
  margin-inline: 0;
  padding: 0.6rem 1.1rem;
  border-left: 4px solid var(--accent);
  background: var(--surface-2);
  border-radius: 0 var(--radius-sm) var(--radius-sm) 0;
}

.prose blockquote > :last-child {
  margin-bottom: 0;
}

.prose code {
  padding: 0.1em 0.35em;
  border-radius: 5px;
  background: var(--surface-2);
  font-family: var(--font-mono);
  font-size: 0.88em;
  hyphens: none;
}

.prose pre {
  overflow-x: auto;
  padding: 1rem 1.1rem;
  border: 1px solid var(--border);
  border-radius: var(--radius-sm);
  background: var(--surface-2);
  line-height: 1.5;
}

.prose pre code {
  padding: 0;
  background: none;
  font-size: 0.88rem;
}

.prose img {
  height: auto;
  border-radius: var(--radius-sm);
}

.prose hr {
  margin: 2rem 0;
  border: 0;
  border-top: 1px solid var(--border);
}

.prose table {
  display: block;
  overflow-x: auto;
  margin-bottom: 1em;
  border-collapse: collapse;
  font-size: 0.95rem;
}

.prose th,
.prose td {
  padding: 0.45rem 0.75rem;
  border: 1px solid var(--border);
  text-align: left;
}

.prose th {
  background: var(--surface-2);
}

/* ---------- 404 ---------- */

.notfound {
  padding-block: clamp(3rem, 10vw, 6rem) 2rem;
}

.notfound__code {
  margin: 0;
  color: var(--accent);
  font-family: var(--font-mono);
  font-size: clamp(3.5rem, 10vw, 6rem);
  font-weight: 700;
  line-height: 1;
}

.notfound__links {
  display: flex;
  flex-wrap: wrap;
  gap: 0.75rem;
  margin-top: 1.75rem;
  padding: 0;
  list-style: none;
}

/* ---------- Motion & print ---------- */

@media (prefers-reduced-motion: no-preference) {
  .card,
  .block-tile,
  .pager__link,
  .pagination__link,
  .tag,
  .site-nav__link,
  .cta,
  .button {
    transition: border-color 0.15s ease, box-shadow 0.15s ease, background-color 0.15s ease, color 0.15s ease;
  }

  html:focus-within {
    scroll-behavior: smooth;
  }
}

@media print {
  .site-header,
  .site-footer,
  .skip-link,
  .pager,
  .pagination,
  .back-link {
    display: none;
  }

  body {
    background: #fff;
    color: #000;
  }

  .card,
  .block-tile {
    box-shadow: none;
    break-inside: avoid;
  }
}

/* ---------- Empty optional values ----------
 * Some renderers treat an empty string as "present", so a section such as
 * {{#excerpt}} may still print its wrapper. Hide wrappers that ended up empty. */

.card__excerpt:empty,
.card__authors:empty,
.page-head__lede:empty,
.tag-index__desc:empty {
  display: none;
}

.page-intro:not(:has(*)),
.hero__intro:not(:has(*)) {
  display: none;
}

/* ---------- Search (search-form partial, search template, search.js) ---------- */

.site-search {
  display: flex;
  gap: 0.4rem;
  flex: 1 1 14rem;
  max-width: 22rem;
}

.site-search__input,
.search-form__input,
.search-filter select {
  min-width: 0;
  padding: 0.45rem 0.7rem;
  border: 1px solid var(--border-strong);
  border-radius: var(--radius-sm);
  background: var(--bg);
  color: var(--text);
  font: inherit;
}

.site-search__input {
  flex: 1;
  font-size: 0.95rem;
}

.site-search__button {
  padding: 0.45rem 0.8rem;
  border: 1px solid var(--accent);
  border-radius: var(--radius-sm);
  background: var(--accent);
  color: var(--on-accent);
  font: inherit;
  font-size: 0.95rem;
  font-weight: 600;
  cursor: pointer;
}

.site-search__button:hover {
  background: var(--accent-hover);
}

@media (max-width: 47.99rem) {
  .site-search {
    max-width: none;
    width: 100%;
  }
}

.search-form__label {
  display: block;
  margin-bottom: 0.35rem;
  font-weight: 600;
}

.search-form__row {
  display: flex;
  gap: 0.5rem;
}

.search-form__input {
  flex: 1;
  padding: 0.65rem 0.9rem;
  font-size: 1.1rem;
}

.search-form__hint {
  margin: 0.4rem 0 0;
  color: var(--muted);
  font-size: 0.9rem;
}

.search-filters {
  display: grid;
  grid-template-columns: repeat(auto-fit, minmax(10rem, 1fr));
  gap: 0.6rem 0.9rem;
  margin: 1.1rem 0 0;
  padding: 0;
  border: 0;
}

.search-filter label {
  display: block;
  margin-bottom: 0.2rem;
  color: var(--muted);
  font-size: 0.85rem;
  font-weight: 600;
}

.search-filter select {
  width: 100%;
}

/* Phones: two filters a row, with room for «Любая сложность». */
@media (max-width: 30rem) {
  .search-filters {
    grid-template-columns: repeat(2, minmax(0, 1fr));
    gap: 0.5rem 0.6rem;
  }

  .search-filter select {
    padding: 0.4rem 0.35rem;
    font-size: 0.9rem;
  }
}

.search-status {
  margin: 1.25rem 0 0.5rem;
  color: var(--muted);
}

.search-list {
  display: grid;
  gap: 0.6rem;
  margin: 0;
  padding: 0;
  list-style: none;
}

.search-hit {
  padding: 0.8rem 1rem;
  border: 1px solid var(--border);
  border-radius: var(--radius-sm);
  background: var(--surface);
}

.search-hit__title {
  font-weight: 700;
  font-size: 1.05rem;
}

.search-hit__excerpt {
  margin: 0.3rem 0 0;
  max-width: var(--measure);
}

/* The words that matched: the accent's soft background keeps the text's own contrast. */
.search-hit__excerpt mark {
  padding: 0 0.1em;
  border-radius: 3px;
  background: var(--accent-soft);
  color: inherit;
  font-weight: 600;
}

.search-hit__meta {
  margin: 0.25rem 0 0;
  color: var(--muted);
  font-size: 0.9rem;
}

.search-partial {
  margin: 0 0 0.6rem;
  color: var(--muted);
}

.search-empty {
  padding: 1rem;
  border: 1px dashed var(--border-strong);
  border-radius: var(--radius-sm);
}

.search-more {
  margin-top: 1rem;
}

/* .button sets display, which would override the hidden attribute. */
.search-more[hidden] {
  display: none;
}

.search-noscript {
  padding: 1rem;
  border: 1px solid var(--border);
  border-radius: var(--radius-sm);
  background: var(--surface);
}


"""#),
        (path: "templates/404.mustache", text: #"""
<!DOCTYPE html>
<html lang="{{page.language}}">
{{> head}}
<body class="kind-{{page.kind}}">
{{> header}}
<main id="main" class="site-main">
  <div class="wrap wrap--narrow notfound">
    <p class="notfound__code" aria-hidden="true">404</p>
    <h1 class="page-head__title">{{page.heading}}{{^page.heading}}{{t.not_found_title}}{{/page.heading}}</h1>
    <p class="page-head__lede">{{t.not_found_text}}</p>
    <ul class="notfound__links">
      <li><a class="button" href="{{urls.home}}">{{t.go_home}}</a></li>
      <li><a class="button button--ghost" href="{{urls.tags}}">{{t.all_tags}}</a></li>
    </ul>
  </div>
</main>
{{> footer}}
</body>
</html>

"""#),
        (path: "templates/block.mustache", text: #"""
<!DOCTYPE html>
<html lang="{{page.language}}">
{{> head}}
<body class="kind-{{page.kind}}">
{{> header}}
<main id="main" class="site-main">
  <div class="wrap">
    {{#block}}
    <header class="page-head">
      <p class="page-head__kicker">{{t.block_kicker}}</p>
      <h1 class="page-head__title">{{page.heading}}</h1>
      {{#summary}}
      <p class="page-head__lede">{{summary}}</p>
      {{/summary}}
      <p class="page-head__meta">
        <span>{{count_label}}</span>
        {{#types}}
        <a class="chip chip--link" href="{{url}}">{{label}} · {{count}}</a>
        {{/types}}
        {{#levels}}
        <a class="chip chip--link" href="{{url}}">{{label}} · {{count}}</a>
        {{/levels}}
        {{#audience}}
        <span class="chip">{{audience}}</span>
        {{/audience}}
        <a class="rss-link" href="{{feed_url}}"><svg class="icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false"><path d="M2 2a12 12 0 0 1 12 12h-2.2A9.8 9.8 0 0 0 2 4.2V2zm0 4.4a7.6 7.6 0 0 1 7.6 7.6H7.4A5.4 5.4 0 0 0 2 8.6V6.4zM3.7 10.6a1.7 1.7 0 1 1 0 3.4 1.7 1.7 0 0 1 0-3.4z"/></svg>{{t.block_rss}}</a>
      </p>
    </header>
    {{#intro_html}}
    <div class="prose page-intro">
{{{intro_html}}}
    </div>
    {{/intro_html}}
    {{/block}}

    <section class="section" aria-labelledby="entries-heading">
      <h2 class="section__title" id="entries-heading">{{t.block_entries_heading}}</h2>
      {{#block.shows_updated}}
      <p class="section__note">{{t.block_updated_note}}</p>
      {{/block.shows_updated}}
      <ol class="card-list"{{#pagination}} start="{{start}}"{{/pagination}}>
        {{#entries}}
        <li>
          <article class="card">
            {{> entry-card-body}}
          </article>
        </li>
        {{/entries}}
      </ol>
      {{> pagination}}
      {{^entries}}
      <p class="empty-note">{{t.block_empty}}{{#site.suggest_url}} <a href="{{site.suggest_url}}" rel="noopener">{{t.suggest_first}}<span class="visually-hidden"> {{t.external_site}}</span><span class="ext" aria-hidden="true">↗</span></a>{{/site.suggest_url}}</p>
      {{/entries}}
    </section>
  </div>
</main>
{{> footer}}
</body>
</html>

"""#),
        (path: "templates/entry-card-body.mustache", text: #"""
<p class="meta-line">
  <span class="badge badge--{{type}}">{{type_label}}</span>
  {{#difficulty_label}}
  <span class="meta-line__item">{{difficulty_label}}</span>
  {{/difficulty_label}}
  {{#is_foreign}}
  <span class="meta-line__item meta-line__lang"{{#language_label_lang}} lang="{{language_label_lang}}"{{/language_label_lang}}>{{language_label}}</span>
  {{/is_foreign}}
</p>
<h3 class="card__title"><a class="card__link" href="{{url}}"{{#is_foreign}} lang="{{language}}"{{/is_foreign}}>{{title}}</a></h3>
{{#authors_label}}
<p class="card__authors"><span class="visually-hidden">{{t.authors}} </span>{{authors_label}}</p>
{{/authors_label}}
{{#excerpt}}
<p class="card__excerpt">{{excerpt}}</p>
{{/excerpt}}
<div class="card__foot">
  {{> tag-list}}
  <p class="card__info">
    <a class="card__host" href="{{resource_url}}" rel="noopener">{{resource_host}}<span class="visually-hidden"> {{t.open_resource_hint}}</span><span class="ext" aria-hidden="true">↗</span></a>
    <span class="card__date">{{t.added}} <time datetime="{{added}}">{{added_label}}</time></span>
    {{#updated_label}}
    <span class="card__date">{{t.checked}} <time datetime="{{updated}}">{{updated_label}}</time></span>
    {{/updated_label}}
  </p>
</div>

"""#),
        (path: "templates/entry-card.mustache", text: #"""
<article class="card">
  <p class="card__section"><a href="{{block.url}}">{{block.title}}</a></p>
  {{> entry-card-body}}
</article>

"""#),
        (path: "templates/entry.mustache", text: #"""
<!DOCTYPE html>
<html lang="{{page.language}}">
{{> head}}
<body class="kind-{{page.kind}}">
{{> header}}
<main id="main" class="site-main">
  <div class="wrap wrap--narrow">
    {{#entry}}
    <nav class="breadcrumbs" aria-label="{{t.breadcrumbs_label}}">
      <ol>
        <li><a href="{{urls.home}}">{{t.home}}</a></li>
        <li><a href="{{block.url}}">{{block.title}}</a></li>
      </ol>
    </nav>
    <article class="entry">
      <header class="entry__head">
        <p class="meta-line">
          <span class="badge badge--{{type}}">{{type_label}}</span>
          <span class="meta-line__item">{{t.language}} <span{{#language_label_lang}} lang="{{language_label_lang}}"{{/language_label_lang}}>{{language_label}}</span></span>
          {{#difficulty_label}}
          <span class="meta-line__item">{{difficulty_label}}</span>
          {{/difficulty_label}}
        </p>
        <h1 class="entry__title"{{#is_foreign}} lang="{{language}}"{{/is_foreign}}>{{page.heading}}</h1>
        <ul class="authors">{{#authors}}<li>{{.}}</li>{{/authors}}</ul>
        <div class="entry__cta">
          <a class="cta" href="{{resource_url}}" rel="noopener"><span class="cta__label">{{t.open_resource}}</span> <span class="cta__host">{{resource_host}}<span class="visually-hidden"> {{t.external_site}}</span></span></a>
        </div>
        <p class="meta-line meta-line--dates">
          <span class="meta-line__item">{{t.added}} <time datetime="{{added}}">{{added_label}}</time></span>
          {{#updated_label}}
          <span class="meta-line__item">{{t.checked}} <time datetime="{{updated}}">{{updated_label}}</time></span>
          {{/updated_label}}
        </p>
      </header>
      <div class="prose entry__body">
{{{body_html}}}
      </div>
      <footer class="entry__foot">
        <h2 class="entry__foot-title">{{t.tags_heading}}</h2>
        {{> tag-list}}
        {{#edit_url}}
        <p class="entry__edit">{{t.entry_fix_prompt}} <a href="{{edit_url}}" rel="noopener">{{t.fix}}<span class="visually-hidden"> {{t.external_site}}</span><span class="ext" aria-hidden="true">↗</span></a></p>
        {{/edit_url}}
      </footer>
    </article>
    {{/entry}}
    <nav class="pager" aria-label="{{t.pager_label}}">
      {{#previous}}
      <a class="pager__link pager__link--prev" href="{{url}}" rel="prev"><span class="pager__dir">{{t.previous}}</span> <span class="pager__title">{{title}}</span></a>
      {{/previous}}
      {{#next}}
      <a class="pager__link pager__link--next" href="{{url}}" rel="next"><span class="pager__dir">{{t.next}}</span> <span class="pager__title">{{title}}</span></a>
      {{/next}}
    </nav>
    <p class="back-link"><a href="{{entry.block.url}}">{{t.back_to_block}} {{t.quote_open}}{{entry.block.title}}{{t.quote_close}}</a></p>
  </div>
</main>
{{> footer}}
</body>
</html>

"""#),
        (path: "templates/footer.mustache", text: #"""
<footer class="site-footer">
  <div class="wrap site-footer__inner">
    <div class="site-footer__about">
      <p class="site-footer__title"><a href="{{urls.home}}">{{site.title}}</a></p>
      <p class="site-footer__desc">{{site.description}}</p>
      {{#site.author}}
      <p class="site-footer__author">{{t.compiled_by}} {{site.author}}</p>
      {{/site.author}}
    </div>
    <nav class="site-footer__nav" aria-label="{{t.footer_nav_label}}">
      <ul>
        {{#site.pages}}
        <li><a href="{{url}}">{{title}}</a></li>
        {{/site.pages}}
        <li><a href="{{urls.tags}}">{{t.all_tags}}</a></li>
        <li><a href="{{urls.feed}}" class="rss-link"><svg class="icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false"><path d="M2 2a12 12 0 0 1 12 12h-2.2A9.8 9.8 0 0 0 2 4.2V2zm0 4.4a7.6 7.6 0 0 1 7.6 7.6H7.4A5.4 5.4 0 0 0 2 8.6V6.4zM3.7 10.6a1.7 1.7 0 1 1 0 3.4 1.7 1.7 0 0 1 0-3.4z"/></svg>{{t.rss}}</a></li>
        {{#site.suggest_url}}
        <li><a href="{{site.suggest_url}}" rel="noopener">{{t.suggest_resource}}<span class="visually-hidden"> {{t.external_site}}</span><span class="ext" aria-hidden="true">↗</span></a></li>
        {{/site.suggest_url}}
        {{#site.repo_url}}
        <li><a href="{{site.repo_url}}" rel="noopener">{{t.sources}}<span class="visually-hidden"> {{t.external_site}}</span><span class="ext" aria-hidden="true">↗</span></a></li>
        {{/site.repo_url}}
      </ul>
    </nav>
  </div>
  <p class="wrap site-footer__colophon">{{t.colophon}}</p>
</footer>

"""#),
        (path: "templates/head.mustache", text: #"""
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{{page.title}}</title>
  <meta name="description" content="{{page.description}}">
  {{#site.author}}
  <meta name="author" content="{{site.author}}">
  {{/site.author}}
  <meta name="color-scheme" content="light dark">
  <link rel="canonical" href="{{page.canonical_url}}">
  {{#page.feed_url}}
  <link rel="alternate" type="application/rss+xml" title="{{#page.feed_title}}{{page.feed_title}}{{/page.feed_title}}{{^page.feed_title}}{{site.title}}{{/page.feed_title}}" href="{{page.feed_url}}">
  {{/page.feed_url}}
  {{^page.feed_url}}
  <link rel="alternate" type="application/rss+xml" title="{{site.title}}" href="{{site.feed_url}}">
  {{/page.feed_url}}
  <link rel="icon" href="{{site.root}}favicon.svg" type="image/svg+xml">
  <link rel="stylesheet" href="{{site.root}}style.css">
  <meta property="og:site_name" content="{{site.title}}">
  <meta property="og:title" content="{{page.heading}}">
  <meta property="og:description" content="{{page.description}}">
  <meta property="og:url" content="{{page.canonical_url}}">
  <meta property="og:type" content="{{#entry}}article{{/entry}}{{^entry}}website{{/entry}}">
</head>

"""#),
        (path: "templates/header.mustache", text: #"""
<a class="skip-link" href="#main">{{t.skip_link}}</a>
<header class="site-header">
  <div class="wrap site-header__inner">
    <a class="brand" href="{{urls.home}}">
      <svg class="brand__mark" viewBox="0 0 32 32" width="32" height="32" aria-hidden="true" focusable="false"><rect width="32" height="32" rx="9" class="brand__tile"/><path class="brand__glyph" d="M9 10.5a1.5 1.5 0 0 1 1.5-1.5h11a1.5 1.5 0 0 1 0 3h-11A1.5 1.5 0 0 1 9 10.5zm0 5.5a1.5 1.5 0 0 1 1.5-1.5h8a1.5 1.5 0 0 1 0 3h-8A1.5 1.5 0 0 1 9 16zm0 5.5a1.5 1.5 0 0 1 1.5-1.5h4.5a1.5 1.5 0 0 1 0 3h-4.5A1.5 1.5 0 0 1 9 21.5z"/><circle class="brand__dot" cx="22" cy="21.5" r="2.2"/></svg>
      <span class="brand__title">{{site.title}}</span>
    </a>
    <nav class="site-nav" aria-label="{{t.nav_label}}">
      <ul class="site-nav__list">
        {{#nav}}
        <li><a class="site-nav__link" href="{{url}}"{{#current}} aria-current="page"{{/current}}>{{title}}</a></li>
        {{/nav}}
        <li class="site-nav__extra"><a class="site-nav__link" href="{{urls.tags}}">{{t.nav_tags}}</a></li>
      </ul>
    </nav>
    {{> search-form}}
  </div>
</header>

"""#),
        (path: "templates/home.mustache", text: #"""
<!DOCTYPE html>
<html lang="{{page.language}}">
{{> head}}
<body class="kind-{{page.kind}}">
{{> header}}
<main id="main" class="site-main">
  <section class="hero">
    <div class="wrap">
      <h1 class="hero__title">{{page.heading}}</h1>
      <p class="hero__lede">{{site.description}}</p>
    </div>
  </section>

  <section class="wrap section" aria-labelledby="blocks-heading">
    <h2 class="section__title" id="blocks-heading">{{t.blocks_heading}}</h2>
    <ol class="block-grid">
      {{#blocks}}
      <li class="block-tile">
        <h3 class="block-tile__title"><a class="block-tile__link" href="{{url}}">{{title}}</a></h3>
        <p class="block-tile__summary">{{summary}}</p>
        <p class="block-tile__meta"><span>{{count_label}}</span>{{#audience}} <span class="chip">{{audience}}</span>{{/audience}}</p>
      </li>
      {{/blocks}}
    </ol>
  </section>

  <section class="wrap section" aria-labelledby="recent-heading">
    <div class="section__head">
      <h2 class="section__title" id="recent-heading">{{t.recent_heading}}</h2>
      <a class="section__aside rss-link" href="{{urls.feed}}"><svg class="icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false"><path d="M2 2a12 12 0 0 1 12 12h-2.2A9.8 9.8 0 0 0 2 4.2V2zm0 4.4a7.6 7.6 0 0 1 7.6 7.6H7.4A5.4 5.4 0 0 0 2 8.6V6.4zM3.7 10.6a1.7 1.7 0 1 1 0 3.4 1.7 1.7 0 0 1 0-3.4z"/></svg>{{t.subscribe_rss}}</a>
    </div>
    <ol class="card-list">
      {{#recent}}
      <li>
        {{> entry-card}}
      </li>
      {{/recent}}
    </ol>
    {{^recent}}
    <p class="empty-note">{{t.recent_empty}}</p>
    {{/recent}}
    <p class="section__more"><a href="{{urls.tags}}">{{t.all_tags}}</a></p>
  </section>
</main>
{{> footer}}
</body>
</html>

"""#),
        (path: "templates/page.mustache", text: #"""
<!DOCTYPE html>
<html lang="{{page.language}}">
{{> head}}
<body class="kind-{{page.kind}}">
{{> header}}
<main id="main" class="site-main">
  <div class="wrap wrap--narrow">
    {{#standalone}}
    <nav class="breadcrumbs" aria-label="{{t.breadcrumbs_label}}">
      <ol>
        <li><a href="{{urls.home}}">{{t.home}}</a></li>
      </ol>
    </nav>
    <article class="entry">
      <header class="page-head">
        <h1 class="page-head__title">{{page.heading}}</h1>
        {{#summary}}
        <p class="page-head__lede">{{summary}}</p>
        {{/summary}}
      </header>
      <div class="prose entry__body">
{{{body_html}}}
      </div>
      {{#edit_url}}
      <footer class="entry__foot">
        <p class="entry__edit">{{t.page_fix_prompt}} <a href="{{edit_url}}" rel="noopener">{{t.fix}}<span class="visually-hidden"> {{t.external_site}}</span><span class="ext" aria-hidden="true">↗</span></a></p>
      </footer>
      {{/edit_url}}
    </article>
    {{/standalone}}
  </div>
</main>
{{> footer}}
</body>
</html>

"""#),
        (path: "templates/pagination.mustache", text: #"""
{{#pagination}}
<nav class="pagination" aria-label="{{t.pagination_label}}">
  <p class="pagination__status">{{t.pagination_page}} {{number}} {{t.pagination_of}} {{total}}</p>
  <ul class="pagination__list">
    {{#first_url}}
    <li><a class="pagination__link pagination__link--edge" href="{{first_url}}"><span aria-hidden="true">«</span><span class="pagination__word"> {{t.pagination_first}}</span></a></li>
    {{/first_url}}
    {{#previous_url}}
    <li><a class="pagination__link pagination__link--edge" href="{{previous_url}}" rel="prev"><span aria-hidden="true">‹</span><span class="pagination__word"> {{t.pagination_previous}}</span></a></li>
    {{/previous_url}}
    {{#gap_before}}
    <li class="pagination__gap" aria-hidden="true">…</li>
    {{/gap_before}}
    {{#window}}
    <li{{^near}} class="pagination__far"{{/near}}><a class="pagination__link" href="{{url}}"{{#current}} aria-current="page"{{/current}}><span class="visually-hidden">{{t.pagination_page}} </span>{{number}}</a></li>
    {{/window}}
    {{#gap_after}}
    <li class="pagination__gap" aria-hidden="true">…</li>
    {{/gap_after}}
    {{#next_url}}
    <li><a class="pagination__link pagination__link--edge" href="{{next_url}}" rel="next"><span class="pagination__word">{{t.pagination_next}} </span><span aria-hidden="true">›</span></a></li>
    {{/next_url}}
    {{#last_url}}
    <li><a class="pagination__link pagination__link--edge" href="{{last_url}}"><span class="pagination__word">{{t.pagination_last}} </span><span aria-hidden="true">»</span></a></li>
    {{/last_url}}
  </ul>
</nav>
{{/pagination}}

"""#),
        (path: "templates/search-form.mustache", text: #"""
<form class="site-search" role="search" action="{{site.root}}search/" method="get">
  <input class="site-search__input" id="site-search-q" type="search" name="q" placeholder="{{t.search_placeholder}}" aria-label="{{t.search_label}}" spellcheck="false">
  <button class="site-search__button" type="submit">{{t.search_submit}}</button>
</form>

"""#),
        (path: "templates/search.mustache", text: #"""
<!DOCTYPE html>
<html lang="{{page.language}}">
{{> head}}
<body class="kind-{{page.kind}}">
{{> header}}
<main id="main" class="site-main">
  <div class="wrap search-page">
    <header class="page-head">
      <h1 class="page-head__title">{{page.heading}}</h1>
    </header>
    <noscript>
      <div class="search-noscript">
        <p>{{t.search_noscript}}</p>
        <ul class="search-noscript__list">
          {{#blocks}}
          <li><a href="{{url}}">{{title}}</a> <span class="search-noscript__count">{{count_label}}</span></li>
          {{/blocks}}
          <li><a href="{{urls.tags}}">{{t.all_tags}}</a></li>
        </ul>
      </div>
    </noscript>
    <div id="search-app" class="search-app" data-index="{{site.root}}search/" data-root="{{site.root}}"
         data-msg-short="{{t.search_msg_short}}" data-msg-empty="{{t.search_msg_empty}}"
         data-msg-none="{{t.search_msg_none}}" data-msg-none-query="{{t.search_msg_none_query}}"
         data-msg-none-filters="{{t.search_msg_none_filters}}" data-msg-no-match="{{t.search_msg_no_match}}"
         data-msg-no-match-query="{{t.search_msg_no_match_query}}" data-msg-found="{{t.search_msg_found}}"
         data-msg-shown="{{t.search_msg_shown}}" data-msg-partial="{{t.search_msg_partial}}" data-msg-unavailable="{{t.search_msg_unavailable}}"
         data-count-one="{{t.search_count_one}}" data-count-few="{{t.search_count_few}}"
         data-count-many="{{t.search_count_many}}" data-count-other="{{t.search_count_other}}" hidden>
      <form id="search-form" class="search-form" role="search" method="get">
        <label class="search-form__label" for="search-query">{{t.search_query_label}}</label>
        <div class="search-form__row">
          <input class="search-form__input" id="search-query" type="search" name="q" autocomplete="off" spellcheck="false"
                 aria-describedby="search-hint" aria-controls="search-results">
          <button class="button" type="submit">{{t.search_submit}}</button>
        </div>
        <p class="search-form__hint" id="search-hint">{{t.search_hint}}</p>
        <fieldset class="search-filters">
          <legend class="visually-hidden">{{t.search_filters}}</legend>
          <div class="search-filter">
            <label for="search-filter-block">{{t.search_filter_block}}</label>
            <select id="search-filter-block" name="block"><option value="">{{t.search_filter_block_any}}</option></select>
          </div>
          <div class="search-filter">
            <label for="search-filter-type">{{t.search_filter_type}}</label>
            <select id="search-filter-type" name="type"><option value="">{{t.search_filter_type_any}}</option></select>
          </div>
          <div class="search-filter">
            <label for="search-filter-level">{{t.search_filter_level}}</label>
            <select id="search-filter-level" name="level"><option value="">{{t.search_filter_level_any}}</option></select>
          </div>
          <div class="search-filter">
            <label for="search-filter-lang">{{t.search_filter_lang}}</label>
            <select id="search-filter-lang" name="lang"><option value="">{{t.search_filter_lang_any}}</option></select>
          </div>
          <div class="search-filter">
            <label for="search-filter-tag">{{t.search_filter_tag}}</label>
            <select id="search-filter-tag" name="tag"><option value="">{{t.all_tags}}</option></select>
          </div>
        </fieldset>
      </form>
      <p id="search-status" class="search-status" role="status" aria-live="polite" aria-atomic="true"></p>
      <div id="search-results" class="search-results"></div>
      <button id="search-more" class="button button--ghost search-more" type="button" hidden>{{t.search_more}}</button>
    </div>
  </div>
</main>
{{> footer}}
<script src="{{site.root}}search.js" defer></script>
</body>
</html>

"""#),
        (path: "templates/tag-list.mustache", text: #"""
<ul class="tag-list">{{#tags}}<li><a class="tag" href="{{url}}">{{title}}</a></li>{{/tags}}</ul>

"""#),
        (path: "templates/tag.mustache", text: #"""
<!DOCTYPE html>
<html lang="{{page.language}}">
{{> head}}
<body class="kind-{{page.kind}}">
{{> header}}
<main id="main" class="site-main">
  <div class="wrap">
    {{#tag}}
    <header class="page-head">
      <p class="page-head__kicker">{{t.tag_kicker}} <span aria-hidden="true">·</span> <a href="{{urls.tags}}">{{t.all_tags_lower}}</a></p>
      <h1 class="page-head__title">{{page.heading}}</h1>
      {{#description}}
      <p class="page-head__lede">{{description}}</p>
      {{/description}}
      <p class="page-head__meta">
        <span>{{count_label}}</span>
        {{#types}}
        <a class="chip chip--link" href="{{url}}">{{label}} · {{count}}</a>
        {{/types}}
        {{#levels}}
        <a class="chip chip--link" href="{{url}}">{{label}} · {{count}}</a>
        {{/levels}}
        <a class="rss-link" href="{{feed_url}}"><svg class="icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false"><path d="M2 2a12 12 0 0 1 12 12h-2.2A9.8 9.8 0 0 0 2 4.2V2zm0 4.4a7.6 7.6 0 0 1 7.6 7.6H7.4A5.4 5.4 0 0 0 2 8.6V6.4zM3.7 10.6a1.7 1.7 0 1 1 0 3.4 1.7 1.7 0 0 1 0-3.4z"/></svg>{{t.tag_rss}}</a>
      </p>
    </header>
    {{/tag}}
    <section class="section" aria-labelledby="entries-heading">
      <h2 class="section__title" id="entries-heading">{{t.tag_entries_heading}}</h2>
      <ol class="card-list"{{#pagination}} start="{{start}}"{{/pagination}}>
        {{#entries}}
        <li>
          {{> entry-card}}
        </li>
        {{/entries}}
      </ol>
      {{> pagination}}
      {{^entries}}
      <p class="empty-note">{{t.tag_empty}}</p>
      {{/entries}}
    </section>
  </div>
</main>
{{> footer}}
</body>
</html>

"""#),
        (path: "templates/tags.mustache", text: #"""
<!DOCTYPE html>
<html lang="{{page.language}}">
{{> head}}
<body class="kind-{{page.kind}}">
{{> header}}
<main id="main" class="site-main">
  <div class="wrap">
    <header class="page-head">
      <h1 class="page-head__title">{{page.heading}}</h1>
      <p class="page-head__lede">{{page.description}}</p>
    </header>
    <ul class="tag-index">
      {{#tags}}
      <li class="tag-index__item">
        <a class="tag-index__link" href="{{url}}">{{title}}</a>
        <span class="tag-index__count">{{count_label}}</span>
        {{#description}}
        <p class="tag-index__desc">{{description}}</p>
        {{/description}}
      </li>
      {{/tags}}
    </ul>
    {{^tags}}
    <p class="empty-note">{{t.tags_empty}}</p>
    {{/tags}}
  </div>
</main>
{{> footer}}
</body>
</html>

"""#),
    ]
}
