/*
 * Drover search: reads the static index that `drover build` writes under search/ and shows
 * results on the page /search/. No server, no dependencies. See theme/README.md ("Search").
 *
 * What a query does:
 *   1. The raw query is normalised as the index was (lowercase, ё → е, NFC) and cut into words
 *      of two or more letters. The same query converted to the other keyboard layout
 *      (ЙЦУКЕН ↔ QWERTY: "ghjvgn" → «промпт») is searched too.
 *   2. Each word also tries its transliteration: Cyrillic → Latin by the site's table
 *      («телеграм» → "telegram"), Latin → Cyrillic by common spellings ("sioloshnaya" → «сиолошная»).
 *   3. Each form fetches one shard (words whose Latin spelling starts with the same two letters)
 *      and matches words there: exact, same Snowball stem, prefix (results as you type), or one
 *      typo for words of five letters or more.
 *   4. An entry must match every word. It scores, per word, its best field (title > tags >
 *      summary > body) and, inside it, its best match (exact > stem > prefix > typo).
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

  // ---- Matching and ranking ----------------------------------------------------------------

  var FIELDS = 4;                                    // title, tags, summary, body
  var MATCH = { exact: 4, stem: 3, prefix: 2, typo: 1 };
  // A field outranks every match kind of the fields below it: title typo > tags exact.
  function score(field, match) { return (FIELDS - 1 - field) * 4 + match; }

  // At most one edit (insert, delete, substitute, swap two neighbours) between a and b.
  function withinOneEdit(a, b) {
    if (a === b) return true;
    var la = a.length, lb = b.length;
    if (Math.abs(la - lb) > 1) return false;
    var i = 0;
    while (i < la && i < lb && a[i] === b[i]) i++;
    if (la === lb) {
      if (a.slice(i + 1) === b.slice(i + 1)) return true;
      return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
    }
    return la > lb ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
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

  function matchKind(shard, entry, form, stem) {
    var word = entry[0];
    if (word === form) return MATCH.exact;
    if (stem >= 0 && entry[1] === stem) return MATCH.stem;
    if (word.startsWith(form)) return MATCH.prefix;
    if (Array.from(form).length >= TYPO_MIN &&
        (withinOneEdit(word, form) || (word.length > form.length && withinOneEdit(word.slice(0, form.length), form)))) {
      return MATCH.typo;
    }
    return 0;
  }

  // Scores of one query form against one shard: Map id → best score.
  function matchForm(shard, form) {
    var scores = new Map();
    var stem = stemOf(shard, form);
    for (var i = 0; i < shard.words.length; i++) {
      var entry = shard.words[i];
      var kind = matchKind(shard, entry, form, stem);
      if (!kind) continue;
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

  // The forms one query word is searched as: itself and its transliteration.
  function formsOf(word) {
    var forms = [word];
    var other = /[а-яё]/.test(word) ? latin(word) : cyrillic(word);
    if (other && other !== word) forms.push(other);
    return forms;
  }

  // A raw query as the index reads it: a list of words, each a list of forms. Null when it has
  // no word of two letters or more.
  function reading(raw) {
    var ws = words(raw);
    return ws.length ? ws.map(formsOf) : null;
  }

  // The same keys read in the other keyboard layout, tried when the query as typed finds
  // nothing; null when that reads the same. Its words are not transliterated again.
  function layoutReading(raw) {
    var ws = words(swapLayout(raw));
    if (!ws.length || ws.join(" ") === words(raw).join(" ")) return null;
    return ws.map(function (word) { return [word]; });
  }

  // Every shard file a reading needs (that exists).
  function shardsFor(forms, existing) {
    var files = [];
    forms.forEach(function (alternatives) {
      alternatives.forEach(function (form) {
        var file = shardFileName(shardKey(form));
        if (existing.has(file) && files.indexOf(file) < 0) files.push(file);
      });
    });
    return files;
  }

  // Ranks entries for one reading: Map id → score, summed over words; every word must match.
  function rank(forms, shards) {
    var sum = null;
    forms.forEach(function (alternatives) {
      var best = new Map();
      alternatives.forEach(function (form) {
        var shard = shards[shardFileName(shardKey(form))];
        if (!shard) return;
        matchForm(shard, form).forEach(function (value, id) {
          if (!(best.get(id) >= value)) best.set(id, value);
        });
      });
      if (sum === null) { sum = best; return; }
      var next = new Map();
      sum.forEach(function (value, id) { if (best.has(id)) next.set(id, value + best.get(id)); });
      sum = next;
    });
    return sum || new Map();
  }

  // Sorted ids: best score first, then collection order.
  function ordered(scores) {
    return Array.from(scores.keys()).sort(function (a, b) { return scores.get(b) - scores.get(a) || a - b; });
  }

  var core = {
    normalize: normalize, words: words, latin: latin, cyrillic: cyrillic, swapLayout: swapLayout,
    shardKey: shardKey, shardFileName: shardFileName, decodePostings: decodePostings,
    withinOneEdit: withinOneEdit, reading: reading, layoutReading: layoutReading, rank: rank, ordered: ordered, MATCH: MATCH, score: score
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

  // The entries that match a reading, best first; loads the shards it needs.
  function search(forms) {
    var needed = shardsFor(forms, new Set(meta.shards));
    return Promise.all(needed.map(function (file) { return load("shards/" + file + ".json"); })).then(function (loaded) {
      var shards = {};
      needed.forEach(function (file, i) { shards[file] = loaded[i]; });
      return ordered(rank(forms, shards));
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
      found = search(typed).then(function (ids) {
        var swapped = layoutReading(s.q);
        return ids.length || !swapped ? ids : search(swapped);
      });
    } else {
      var all = [];
      for (var id = 0; id < meta.docs; id++) all.push(id);
      found = Promise.resolve(all);
    }
    return Promise.all([found, s.tag ? loadTags() : null]).then(function (done) {
      if (mine !== run) return;
      var ids = done[0];
      var active = activeFilters(s);
      var matching = ids.filter(function (id) { return passesAll(id, active, null); });
      updateFilters(ids, s, active);
      return show(matching, s, mine);
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

  function show(ids, s, mine) {
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
      var list = document.createElement("ol");
      list.className = "search-list";
      page.forEach(function (id) {
        var doc = docs[Math.floor(id / meta.docChunk)][id % meta.docChunk];
        var item = document.createElement("li");
        item.className = "search-hit";
        var link = document.createElement("a");
        link.className = "search-hit__title";
        link.href = new URL(doc[1], root).pathname;
        link.textContent = doc[0];
        item.appendChild(link);
        var details = document.createElement("p");
        details.className = "search-hit__meta";
        details.textContent = ["block", "type", "level", "lang"].map(function (name) {
          var value = columns[name][id];
          return value ? facetValues(name)[value - 1][1] : null;
        }).filter(Boolean).join(" · ");
        item.appendChild(details);
        list.appendChild(item);
      });
      results.appendChild(list);
      more.hidden = ids.length <= shown;
      announce(message("found", { count: countLabel(ids.length) }) +
        (ids.length > page.length ? message("shown", { shown: page.length }) : "") + ".");
    });
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
