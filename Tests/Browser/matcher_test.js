// Unit tests of the search matcher in theme/static/search.js (its pure core, window.DroverSearch),
// run by Node without a browser: `node --test Tests/Browser/matcher_test.js` (.ci/browser-tests
// runs it before the browser tests). Each test builds a small index in the shape the build
// writes (SearchIndex.swift: shards of [word, stem, title, tags, summary, body]) and ranks
// queries against it.
"use strict";

const test = require("node:test");
const assert = require("node:assert/strict");
const path = require("node:path");

global.window = {};
global.document = { getElementById: () => null };
require(path.join(__dirname, "../../theme/static/search.js"));
const S = window.DroverSearch;

const DIGITS = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-_";

// SearchEncoding.swift's Postings, the other way.
function encodePostings(ids) {
  let out = "", previous = -1;
  for (const id of ids) {
    let gap = id - previous - 1;
    previous = id;
    while (gap >= 32) { out += DIGITS[32 + (gap & 31)]; gap >>= 5; }
    out += DIGITS[gap];
  }
  return out;
}

// Shards of entries given as { title, tags, summary, body } texts; `stems` maps a word to its
// Snowball stem (a word not in it is its own stem). A word is filed under its first field only.
function buildShards(entries, stems = {}) {
  const postings = new Map();
  entries.forEach((entry, id) => {
    const seen = new Set();
    ["title", "tags", "summary", "body"].forEach((name, field) => {
      for (const word of S.words(entry[name] || "")) {
        if (seen.has(word)) continue;
        seen.add(word);
        if (!postings.has(word)) postings.set(word, [[], [], [], []]);
        postings.get(word)[field].push(id);
      }
    });
  });
  const shards = {};
  for (const word of Array.from(postings.keys()).sort()) {
    const file = S.shardFileName(S.shardKey(word));
    const shard = shards[file] || (shards[file] = { stems: [], words: [] });
    const stem = stems[word] || word;
    let position = shard.stems.indexOf(stem);
    if (position < 0) { position = shard.stems.length; shard.stems.push(stem); }
    shard.words.push([word, position].concat(postings.get(word).map(encodePostings)));
  }
  return shards;
}

function search(shards, query, groups) {
  return S.ordered(S.rank(S.reading(query, groups), shards));
}

test("stop words need not match", () => {
  const shards = buildShards([{ title: "Нейросети в бизнесе" }, { title: "Курс SQL" }],
    { "бизнесе": "бизнес", "бизнеса": "бизнес" });
  assert.deepEqual(S.meaningful(S.words("с чего начать")), ["начать"]);
  assert.deepEqual(S.meaningful(S.words("how to fine tune the model")), ["fine", "tune", "model"]);
  // «для» is nobody's word here: without the stop list the query would find nothing.
  assert.deepEqual(search(shards, "нейросети для бизнеса"), { ids: [0], partial: false });
  assert.deepEqual(search(shards, "курс по sql"), { ids: [1], partial: false });
  // A query of stop words alone keeps them.
  assert.deepEqual(S.meaningful(S.words("что это")), ["что", "это"]);
});

test("partial matches are shown, the most words first, and flagged", () => {
  const shards = buildShards([
    { title: "Телеграм для исследователей" },
    { title: "Канал про модели", tags: "телеграм" },
    { title: "Модели без слов запроса" },
  ]);
  const found = search(shards, "телеграм канал подкаст");
  assert.equal(found.partial, true);
  assert.deepEqual(found.ids, [1, 0], "two words before one; the entry with none is left out");
  assert.deepEqual(search(shards, "квантовая гравитация"), { ids: [], partial: false });
});

test("a missing, extra, replaced or swapped letter is one typo", () => {
  const shards = buildShards([{ title: "Курс по диффузионным моделям" }, { title: "Трансформеры" }]);
  for (const typo of ["дифузионным", "диффузионнным", "диффузеонным", "диффуизонным"]) {
    assert.deepEqual(search(shards, typo).ids, [0], typo);
  }
  // The reader's own: «дифузия» is «диффузия» less a letter, and «диффузионным» starts so.
  assert.deepEqual(search(shards, "дифузия").ids, [0]);
  // Two edits only in long words.
  assert.deepEqual(search(shards, "трнсформеы").ids, [1]);
  assert.equal(S.isTypoOf("мдуль", "модуль"), true);
  assert.equal(S.isTypoOf("медаль", "модуль"), false, "two edits in a short word");
  assert.equal(S.isTypoOf("трансформр", "трансформеры"), true, "a start of the word, one letter missing");
});

test("words under five letters are not corrected", () => {
  const shards = buildShards([{ title: "Курс SQL" }]);
  assert.deepEqual(search(shards, "крус").ids, []);
});

test("a word found as written is not corrected at all", () => {
  // «модели» is in the index: «медали» (one letter off) must not join its results.
  const shards = buildShards([{ title: "Модели" }, { title: "Медали" }]);
  assert.deepEqual(search(shards, "модели").ids, [0]);
});

test("exact and stem matches rank above corrected ones, whatever the field", () => {
  const ranks = [
    S.score(3, S.MATCH.exact) > S.score(0, S.MATCH.typo),
    S.score(3, S.MATCH.stem) > S.score(0, S.MATCH.typo),
    S.score(0, S.MATCH.exact) > S.score(0, S.MATCH.stem),
    S.score(0, S.MATCH.stem) > S.score(0, S.MATCH.synonym),
    S.score(0, S.MATCH.synonym) > S.score(0, S.MATCH.prefix),
    S.score(0, S.MATCH.prefix) > S.score(1, S.MATCH.exact),
    S.score(0, S.MATCH.typo) > S.score(1, S.MATCH.typo),
  ];
  assert.deepEqual(ranks, ranks.map(() => true));
  // Two words: one entry has both as written in its body, the other one of them corrected in
  // its title.
  const shards = buildShards([
    { title: "Трансформеры изнутри", body: "внимание" },
    { title: "Прочее", body: "трансформеры и внимание" },
  ]);
  assert.deepEqual(search(shards, "трансформеры внимание").ids, [0, 1]);
});

test("synonym groups search a word's other words", () => {
  const shards = buildShards([{ title: "Сиолошная", tags: "telegram channel" }, { title: "Курс" }]);
  const groups = [["telegram", "телеграм", "тг"]];
  assert.deepEqual(search(shards, "тг", groups).ids, [0]);
  assert.deepEqual(search(shards, "тг").ids, [], "without the group, «тг» is no word of the index");
  // A synonym does not match by prefix, nor is it corrected.
  assert.deepEqual(search(buildShards([{ title: "telegrammar" }, { title: "telegran" }]), "тг", groups).ids, []);
});

test("wrong layout and transliteration are kept", () => {
  assert.equal(S.swapLayout("ghjvgn"), "промпт");
  const reading = S.layoutReading("ghjvgn");
  assert.deepEqual(reading, [[{ text: "промпт", synonym: false }]]);
  const shards = buildShards([{ title: "Промпт-инжиниринг" }, { title: "Telegram bots" }]);
  assert.deepEqual(S.ordered(S.rank(reading, shards)).ids, [0]);
  assert.deepEqual(search(shards, "телеграм").ids, [1]);
});

test("the excerpt is the sentence that matched, its words marked", () => {
  const text = "Обзор для начинающих. Как устроены диффузионные модели и зачем им шум! Третье.";
  const pieces = S.excerpt(text, new Set(["диффузионные", "модели"]));
  assert.equal(pieces.map((p) => p[0]).join(""), "Как устроены диффузионные модели и зачем им шум!");
  assert.deepEqual(pieces.filter((p) => p[1]).map((p) => p[0]), ["диффузионные", "модели"]);
  // Nothing matched in the text: its start, cut at a word with an ellipsis.
  const long = "слово ".repeat(100);
  const start = S.excerpt(long, new Set(["нет"]));
  assert.ok(start.every((p) => !p[1]));
  assert.equal(start[start.length - 1][0], "…");
  assert.ok(start.map((p) => p[0]).join("").length <= 250);
  // Markup in the text is text: pieces are strings for text nodes.
  const hostile = S.excerpt("<img src=x onerror=alert(1)> модели", new Set(["модели"]));
  assert.equal(hostile.map((p) => p[0]).join(""), "<img src=x onerror=alert(1)> модели");
});
