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
