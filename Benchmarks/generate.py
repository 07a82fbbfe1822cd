#!/usr/bin/env python3
"""Generate a deterministic synthetic Drover collection (and optionally the
same collection as a Hugo site) for benchmarking.

    generate.py --entries N --out DIR [--seed S] [--per-page P] [--hugo DIR2]

Python 3 standard library only. The same (N, seed) always produces
byte-identical files. DIR (and DIR2) are wiped and rewritten.

The Drover collection follows the content format (CONTRIBUTING.md): site.yml,
tags.yml, 8 blocks with _block.md, N entries <block>/<slug>.md. Every
relative link (../block/slug.md, slug.md#anchor, ../block/_block.md,
tag:name) resolves; anchors are computed the GitHub way from Latin-only
headings of the target entry.
"""

import argparse
import datetime as dt
import json
import os
import random
import re
import shutil
import sys

# --------------------------------------------------------------------------
# Fixed vocabulary
# --------------------------------------------------------------------------

SITE_TITLE = "Погонщик нейросетей: бенчмарк-коллекция"
SITE_DESCRIPTION = "Синтетическая подборка материалов по машинному обучению для замеров скорости сборки"
BASE_URL = "https://example.org/bench/"

# (slug, title, summary, level label or None); order = position + 1
BLOCKS = [
    ("research", "Исследования", "Статьи и препринты, которые стоит прочитать", "research"),
    ("courses", "Курсы", "Систематические курсы от основ до продвинутых тем", "beginner"),
    ("prompting", "Промптинг", "Как разговаривать с языковыми моделями", None),
    ("tools", "Инструменты", "Библиотеки, фреймворки и сервисы", "practice"),
    ("datasets", "Датасеты", "Открытые наборы данных и бенчмарки", None),
    ("media", "Видео и подкасты", "Лекции, доклады, подкасты и каналы", None),
    ("books", "Книги", "Книги для вдумчивого чтения", "deep"),
    ("community", "Сообщества", "Где спрашивать, обсуждать и участвовать", None),
]
# relative weights of blocks (entries are spread unevenly, like a real collection)
BLOCK_WEIGHTS = [22, 14, 10, 18, 9, 12, 7, 8]

# block -> preferred resource types
BLOCK_TYPES = {
    "research": ["paper", "paper", "article", "talk"],
    "courses": ["course", "course", "video", "book"],
    "prompting": ["article", "article", "video", "tool"],
    "tools": ["tool", "tool", "article", "dataset"],
    "datasets": ["dataset", "dataset", "paper", "tool"],
    "media": ["video", "talk", "podcast", "channel"],
    "books": ["book", "book", "course", "article"],
    "community": ["community", "community", "channel", "podcast"],
}
ALL_TYPES = ["paper", "article", "course", "video", "talk", "podcast",
             "channel", "book", "tool", "dataset", "community"]

TYPE_HOSTS = {
    "paper": ["arxiv.org/abs", "openreview.net/forum", "aclanthology.org/papers"],
    "article": ["habr.com/ru/articles", "distill.pub/posts", "lilianweng.github.io/posts"],
    "course": ["stepik.org/course", "www.coursera.org/learn", "course.fast.ai/lessons"],
    "video": ["www.youtube.com/watch", "vk.com/video", "rutube.ru/video"],
    "talk": ["www.youtube.com/watch", "slideslive.com/talks", "events.yandex.ru/talks"],
    "podcast": ["podcasts.apple.com/podcast", "music.yandex.ru/album", "anchor.fm/episodes"],
    "channel": ["t.me", "www.youtube.com/c", "www.twitch.tv"],
    "book": ["www.deeplearningbook.org/chapters", "d2l.ai/chapters", "www.litres.ru/book"],
    "tool": ["github.com/tools", "pypi.org/project", "huggingface.co/spaces"],
    "dataset": ["huggingface.co/datasets", "www.kaggle.com/datasets", "zenodo.org/records"],
    "community": ["ods.ai/hubs", "discord.gg", "www.reddit.com/r"],
}

# 30 Cyrillic + 30 Latin tags: (tag, title, description); Cyrillic ones carry a
# transliteration used as a pinned slug for every third of them.
CYR_TAGS = [
    ("нейросети", "neiroseti", "Нейросети", "Модели, которые учатся на данных"),
    ("обучение", "obuchenie", "Обучение", "Как учатся модели и люди"),
    ("данные", "dannye", "Данные", "Сбор, очистка и разметка данных"),
    ("трансформеры", "transformery", "Трансформеры", "Архитектура внимания и её потомки"),
    ("визуализация", "vizualizatsiia", "Визуализация", "Графики, диаграммы и интерактивные демо"),
    ("статистика", "statistika", "Статистика", "Оценки, гипотезы и доверительные интервалы"),
    ("оптимизация", "optimizatsiia", "Оптимизация", "Градиентный спуск и его родственники"),
    ("регрессия", "regressiia", "Регрессия", "Предсказание чисел"),
    ("классификация", "klassifikatsiia", "Классификация", "Предсказание классов"),
    ("кластеризация", "klasterizatsiia", "Кластеризация", "Обучение без учителя"),
    ("разметка", "razmetka", "Разметка", "Как получить хорошие метки"),
    ("этика", "etika", "Этика", "Ответственное применение ИИ"),
    ("безопасность", "bezopasnost", "Безопасность", "Атаки, защита и выравнивание"),
    ("интерпретируемость", "interpretiruemost", "Интерпретируемость", "Что происходит внутри модели"),
    ("робототехника", "robototekhnika", "Робототехника", "Модели в физическом мире"),
    ("рекомендации", "rekomendatsii", "Рекомендации", "Рекомендательные системы"),
    ("поиск", "poisk", "Поиск", "Информационный поиск и ранжирование"),
    ("переводы", "perevody", "Переводы", "Машинный перевод"),
    ("речь", "rech", "Речь", "Распознавание и синтез речи"),
    ("зрение", "zrenie", "Зрение", "Компьютерное зрение"),
    ("тексты", "teksty", "Тексты", "Обработка естественного языка"),
    ("генерация", "generatsiia", "Генерация", "Генеративные модели"),
    ("агенты", "agenty", "Агенты", "Модели, которые действуют"),
    ("математика", "matematika", "Математика", "Линейная алгебра, анализ и всё остальное"),
    ("вероятности", "veroiatnosti", "Вероятности", "Теория вероятностей для ML"),
    ("алгебра", "algebra-ru", "Алгебра", "Векторы, матрицы и тензоры"),
    ("карьера", "karera", "Карьера", "Как расти в профессии"),
    ("собеседования", "sobesedovaniia", "Собеседования", "Подготовка к интервью"),
    ("соревнования", "sorevnovaniia", "Соревнования", "Соревнования по анализу данных"),
    ("инфраструктура", "infrastruktura", "Инфраструктура", "Железо, кластеры и пайплайны"),
]
LAT_TAGS = [
    ("llm", "LLM", "Большие языковые модели"),
    ("python", "Python", "Главный язык ML"),
    ("pytorch", "PyTorch", "Фреймворк глубокого обучения"),
    ("tensorflow", "TensorFlow", "Фреймворк глубокого обучения от Google"),
    ("jax", "JAX", "NumPy с автодифференцированием и XLA"),
    ("rag", "RAG", "Генерация с поиском по базе знаний"),
    ("nlp", "NLP", "Natural language processing"),
    ("computer-vision", "Computer vision", "Images, video and everything visual"),
    ("reinforcement-learning", "Reinforcement learning", "Learning from rewards"),
    ("mlops", "MLOps", "Deploying and operating models"),
    ("gpu", "GPU", "Видеокарты и ускорители"),
    ("kaggle", "Kaggle", "Платформа соревнований"),
    ("prompting", "Prompting", "Writing good prompts"),
    ("fine-tuning", "Fine-tuning", "Adapting pretrained models"),
    ("embeddings", "Embeddings", "Vector representations"),
    ("diffusion", "Diffusion", "Diffusion models for images and audio"),
    ("gan", "GAN", "Generative adversarial networks"),
    ("bert", "BERT", "Encoder models"),
    ("gpt", "GPT", "Decoder-only models"),
    ("scikit-learn", "scikit-learn", "Classic ML in Python"),
    ("pandas", "pandas", "Tabular data in Python"),
    ("numpy", "NumPy", "Arrays in Python"),
    ("research", "Research", "Academic research"),
    ("labor-market", "Labor market", "How AI changes work"),
    ("open-source", "Open source", "Open models and code"),
    ("benchmarks", "Benchmarks", "Measuring models"),
    ("datasets", "Datasets", "Data to train and evaluate on"),
    ("evaluation", "Evaluation", "How to tell a good model from a bad one"),
    ("alignment", "Alignment", "Making models do what we mean"),
    ("chatgpt", "ChatGPT", "The chatbot that started it all"),
]

RU_WORDS = """
модель данные обучение нейросеть слой признак выборка ошибка градиент функция
потерь метрика точность полнота качество задача решение пример подход метод
алгоритм архитектура внимание трансформер токен словарь эмбеддинг вектор матрица
тензор параметр гиперпараметр эпоха батч шаг оптимизатор регуляризация
переобучение валидация тест разметка аннотация датасет корпус текст изображение
звук сигнал канал свёртка пулинг активация нормализация дропаут инициализация
весов смещение дисперсия распределение вероятность правдоподобие байес априорный
апостериорный выборочный средний медиана квантиль гипотеза эксперимент результат
вывод статья автор исследование обзор глава раздел лекция курс семинар практика
задание код библиотека фреймворк инструмент сервис платформа сообщество команда
проект продукт пользователь запрос ответ контекст окно генерация декодирование
поиск ранжирование рекомендация классификация регрессия кластеризация сегментация
детекция перевод суммаризация диалог агент среда награда политика стратегия
ценность простой сложный новый старый быстрый медленный точный грубый хороший
плохой важный полезный интересный понятный подробный краткий основной главный
отдельный общий частный первый второй последний следующий каждый любой весь
хорошо быстро подробно просто понятно аккуратно внимательно почти всегда часто
редко обычно иногда сначала потом затем наконец также ещё уже только именно
объясняет показывает описывает сравнивает предлагает использует обучает оценивает
проверяет улучшает ускоряет упрощает разбирает рассказывает помогает позволяет
требует содержит включает учит строит собирает запускает читать смотреть слушать
пробовать повторять разбираться начинать продолжать заканчивать и в на с по для
от до из о при без через между над под как что где когда почему зачем который
этот тот свой наш ваш их его её очень более менее самый
""".split()

EN_TITLE_WORDS = """
attention scaling laws neural networks deep learning language models transformers
practical guide introduction survey benchmark dataset efficient training inference
fine-tuning retrieval augmented generation prompting reasoning alignment safety
interpretability vision speech reinforcement learning agents embeddings diffusion
optimization probabilistic bayesian statistics linear algebra python pytorch jax
tensorflow pipelines evaluation open source tokenization compression distillation
quantization sparse mixture experts graph recommender search ranking translation
""".split()

RU_TITLE_WORDS = """
введение основы практика руководство обзор курс лекции разбор глубокое обучение
языковые модели нейросети трансформеры внимание данные признаки оценка качество
генерация текстов поиск рекомендации зрение речь агенты оптимизация статистика
вероятности математика инструменты библиотеки датасеты бенчмарки промпты задачи
""".split()

SLUG_WORDS = """
alpha beta gamma delta sigma kappa lambda omega neural deep scaling attention
vision speech agent prompt token vector tensor graph sparse dense tiny large
fast slow open bench model data train eval tune search rank learn guide intro
primer notes course lab book talk cast hub kit tool set map flow
""".split()

FIRST_NAMES = ["Anna", "Boris", "Chen", "Dmitry", "Elena", "Farid", "Grace",
               "Hiro", "Irina", "Jonas", "Katya", "Liam", "Maria", "Nikolai",
               "Olga", "Pavel", "Qi", "Rosa", "Sergey", "Tanya", "Uma", "Victor",
               "Wei", "Xenia", "Yuri", "Zoe"]
LAST_NAMES = ["Ivanova", "Petrov", "Smith", "Nguyen", "Kuznetsov", "Garcia",
              "Müller", "Sokolova", "Tanaka", "Popov", "Lebedeva", "Kim",
              "Novak", "Orlov", "Rossi", "Volkova", "Zhang", "Fedorov"]

# Latin-only heading texts: these are the ones other entries may link to with
# #anchor. A few carry a colon to exercise the "drop other chars" rule.
LATIN_HEADINGS = [
    "Why it matters", "Key ideas", "What you will learn", "Getting started",
    "Further reading", "Practical notes", "Limitations", "Who should read it",
    "Main results", "How to use it", "Notes: what to read first",
    "Setup and requirements", "Summary: the short version", "Open questions",
    "Exercises", "Related work", "Common pitfalls", "Step by step",
]
RU_HEADINGS = [
    "Зачем это читать", "Главные идеи", "Что внутри", "С чего начать",
    "Ограничения", "Что почитать дальше", "Кому подойдёт", "Практика",
]

CODE_SPANS = ["pip install transformers", "model.fit(X, y)", "torch.no_grad()",
              "np.linalg.svd", "jax.jit", "--lr 3e-4", "df.groupby('tag')",
              "tokenizer.encode(text)", "git clone", "nvidia-smi",
              "loss.backward()", "sklearn.metrics.f1_score"]

EXTERNAL_LINK_TEXT = ["оригинальная статья", "репозиторий", "страница автора",
                      "документация", "запись доклада", "обсуждение", "слайды"]
EXTERNAL_HOSTS = ["github.com", "arxiv.org", "docs.python.org", "pytorch.org",
                  "huggingface.co", "habr.com", "en.wikipedia.org"]

LEVELS = ["beginner", "intermediate", "advanced"]

START_DATE = dt.date(2020, 1, 1)
END_DATE = dt.date(2026, 11, 1)


# --------------------------------------------------------------------------
# Helpers
# --------------------------------------------------------------------------

def github_anchor(text):
    """GitHub-style heading anchor: lowercase, drop chars that are not
    letters/digits/space/-/_, spaces -> '-'."""
    s = text.strip().lower()
    s = "".join(ch for ch in s if ch.isalnum() or ch in " -_")
    return s.replace(" ", "-")


def yq(s):
    """A YAML double-quoted scalar (JSON strings are valid YAML)."""
    return json.dumps(s, ensure_ascii=False)


def yaml_list(items):
    """Flow sequence; quote items that are not plain-safe."""
    out = []
    for it in items:
        if re.fullmatch(r"[\w][\w\- ]*[\w]|\w", it) and not it[0].isdigit():
            out.append(it)
        else:
            out.append(yq(it))
    return "[" + ", ".join(out) + "]"


def rel_entry_path(src_block, dst_block, dst_slug):
    """Drover relative source path from an entry (or _block.md) in src_block."""
    if src_block == dst_block:
        return dst_slug + ".md"
    return "../%s/%s.md" % (dst_block, dst_slug)


def write(path, text):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


# --------------------------------------------------------------------------
# Model of the collection
# --------------------------------------------------------------------------

class Entry:
    __slots__ = ("idx", "block", "slug", "title", "url", "type", "tags",
                 "added", "updated", "level", "authors", "language",
                 "headings", "anchors", "body")


class Link:
    """An internal link inside a body; rendered differently for Drover/Hugo."""
    __slots__ = ("kind", "text", "block", "slug", "anchor", "tag")

    def __init__(self, kind, text, block=None, slug=None, anchor=None, tag=None):
        self.kind, self.text = kind, text
        self.block, self.slug, self.anchor, self.tag = block, slug, anchor, tag


def sentence(rng, lo=6, hi=14):
    words = [rng.choice(RU_WORDS) for _ in range(rng.randint(lo, hi))]
    words[0] = words[0].capitalize()
    return words


def build_tags(n_entries, wanted=60):
    n_tags = max(2, min(wanted, n_entries // 2 if wanted > 60 else n_entries))
    tags = []  # (name, pinned slug or None, title, description)
    for i in range(30):
        c, tr, title, desc = CYR_TAGS[i]
        tags.append((c, tr if i % 3 == 0 else None, title, desc))
        l, ltitle, ldesc = LAT_TAGS[i]
        tags.append((l, None, ltitle, ldesc))
    # Beyond the 60 hand-written ones (--tags): two Russian words, or a Latin word and a
    # number, alternating; no pinned slugs, so their slugs are transliterated.
    rng = random.Random(7)
    ru, en = list(RU_WORDS), list(EN_TITLE_WORDS)
    names = {t[0] for t in tags}
    while len(tags) < n_tags:
        if len(tags) % 2 == 0:
            name = "%s %s" % (rng.choice(ru), rng.choice(ru))
        else:
            name = "%s-%d" % (rng.choice(en).lower(), rng.randint(1, 999))
        if name in names:
            continue
        names.add(name)
        tags.append((name, None, name.capitalize(), "Материалы с тегом «%s»." % name))
    return tags[:n_tags]  # alternating, so roughly half Cyrillic at any size


def build_collection(n, seed, n_tags=60, body_scale=1.0, links=2):
    rng = random.Random(seed)
    tags = build_tags(n, n_tags)
    tag_names = [t[0] for t in tags]
    perm = tag_names[:]
    rng.shuffle(perm)
    nt = len(perm)

    # --- assign entries to blocks: every block gets one when n >= 8 ---
    block_of = []
    total_w = sum(BLOCK_WEIGHTS)
    for i in range(n):
        if i < len(BLOCKS):
            block_of.append(i)
        else:
            r = rng.uniform(0, total_w)
            acc = 0
            for b, w in enumerate(BLOCK_WEIGHTS):
                acc += w
                if r <= acc:
                    break
            block_of.append(b)

    span_days = (END_DATE - START_DATE).days
    used_slugs = set()
    entries = []
    for i in range(n):
        e = Entry()
        e.idx = i
        bslug = BLOCKS[block_of[i]][0]
        e.block = bslug

        # slug: 2-3 words, de-duplicated globally (so Hugo paths are unique too)
        base = "-".join(rng.choice(SLUG_WORDS) for _ in range(rng.randint(2, 3)))
        slug, k = base, 2
        while slug in used_slugs:
            slug = "%s-%d" % (base, k)
            k += 1
        used_slugs.add(slug)
        e.slug = slug

        english = rng.random() < 0.45
        if english:
            words = [rng.choice(EN_TITLE_WORDS) for _ in range(rng.randint(3, 7))]
            title = " ".join(words).capitalize()
            if rng.random() < 0.3:
                title += ": " + " ".join(rng.choice(EN_TITLE_WORDS) for _ in range(3))
        else:
            words = [rng.choice(RU_TITLE_WORDS) for _ in range(rng.randint(2, 6))]
            title = " ".join(words).capitalize()
            if rng.random() < 0.25:
                title = "«%s»" % title
        e.title = title
        e.language = "en" if english and rng.random() < 0.85 else None

        typ = rng.choice(BLOCK_TYPES[bslug]) if rng.random() < 0.8 else rng.choice(ALL_TYPES)
        e.type = typ
        host = rng.choice(TYPE_HOSTS[typ])
        e.url = "https://%s/%s-%06d" % (host, slug, i)  # index makes it unique

        # tags: 2 coverage tags (every tag used >= 2 times since n >= nt),
        # plus 0-2 random extras, all distinct
        t = [perm[(2 * i) % nt], perm[(2 * i + 1) % nt]]
        extras = rng.randint(0, 2) if nt > 2 else 0
        while len(t) < 2 + extras and len(t) < nt:
            c = rng.choice(perm)
            if c not in t:
                t.append(c)
        rng.shuffle(t)
        e.tags = t

        e.added = START_DATE + dt.timedelta(days=rng.randint(0, span_days))
        e.updated = None
        if rng.random() < 0.12:
            upd = e.added + dt.timedelta(days=rng.randint(1, 400))
            if upd <= END_DATE:
                e.updated = upd
        e.level = rng.choice(LEVELS) if rng.random() < 0.8 else None
        e.authors = None
        if rng.random() < 0.45:
            e.authors = ["%s %s" % (rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES))
                         for _ in range(rng.randint(1, 4))]

        # headings: 1-3, the first always Latin (anchorable), unique per entry
        nh = rng.randint(1, 3)
        lat = rng.sample(LATIN_HEADINGS, 3)
        ru = rng.sample(RU_HEADINGS, 2)
        heads = [lat[0]]
        for j in range(1, nh):
            heads.append(lat[j] if rng.random() < 0.5 else ru[j - 1])
        e.headings = heads
        e.anchors = [github_anchor(h) for h in heads if re.fullmatch(r"[A-Za-z0-9 :]+", h)]
        entries.append(e)

    # --- bodies (need every entry's anchors first) ---
    for e in entries:
        e.body = make_body(rng, e, entries, tag_names, body_scale, links)

    # --- block intros: link to an entry (in the block if it has one) ---
    intros = {}
    for b, (bslug, btitle, bsummary, blevel) in enumerate(BLOCKS):
        mine = [e for e in entries if e.block == bslug]
        target = mine[0] if mine else entries[b % n]
        parts = []
        s = sentence(rng, 10, 18)
        parts.append(" ".join(s) + ".")
        parts.append(" Начните с ")
        parts.append(Link("entry", target.title.strip("«»"), block=target.block, slug=target.slug))
        parts.append(": " + " ".join(sentence(rng, 6, 10)).lower() + ".")
        parts.append("\n\nВ этом разделе собраны материалы уровня **%s**.\n" % (blevel or "любого"))
        intros[bslug] = parts

    return tags, entries, intros


def make_body(rng, e, entries, tag_names, body_scale=1.0, links=2):
    n = len(entries)
    target_words = int(rng.randint(125, 330) * body_scale)
    words_so_far = 0
    parts = []  # strings and Link objects

    def para(min_sent=2, max_sent=4, extras=()):
        nonlocal words_so_far
        sents = []
        for _ in range(rng.randint(min_sent, max_sent)):
            w = sentence(rng)
            words_so_far += len(w)
            sents.append(w)
        out = []
        for si, w in enumerate(sents):
            out.append(" ".join(w))
            out.append(". " if si < len(sents) - 1 else ".")
        return out

    # internal links: 1-2 other entries, sometimes with an anchor
    internal = []
    for _ in range(rng.randint(1, links)):
        if n == 1:
            break
        t = entries[rng.randrange(n)]
        while t is e:
            t = entries[rng.randrange(n)]
        anchor = rng.choice(t.anchors) if (t.anchors and rng.random() < 0.4) else None
        text = t.title.strip("«»")
        if len(text) > 40:
            text = text[:40].rsplit(" ", 1)[0]
        internal.append(Link("entry", text or "запись", block=t.block, slug=t.slug, anchor=anchor))
    tag_link = None
    if rng.random() < 0.35:
        tn = rng.choice(e.tags if rng.random() < 0.7 else tag_names)
        tag_link = Link("tag", "материалы по теме «%s»" % tn, tag=tn)
    block_link = None
    if rng.random() < 0.08:
        bl = rng.choice(BLOCKS)
        block_link = Link("block", "раздел «%s»" % bl[1], block=bl[0])

    # opening paragraph with emphasis + code span + external link
    first = sentence(rng, 8, 14)
    words_so_far += len(first)
    k = rng.randint(1, len(first) - 2)
    first[k] = "**%s %s**" % (first[k], first[k + 1])
    del first[k + 1]
    parts.append(" ".join(first) + ". ")
    parts.append("Для старта достаточно `%s`, а подробности есть в " % rng.choice(CODE_SPANS))
    parts.append("[%s](https://%s/%s/%d)" % (rng.choice(EXTERNAL_LINK_TEXT),
                                             rng.choice(EXTERNAL_HOSTS), e.slug, e.idx))
    parts.append(". ")
    parts.extend(para(1, 3))
    parts.append("\n\n")

    # sections
    for hi, h in enumerate(e.headings):
        parts.append("## %s\n\n" % h)
        parts.extend(para(2, 4))
        parts.append("\n\n")
        if hi == 0:
            # the list, with the internal links in it
            items = []
            for _ in range(rng.randint(3, 5)):
                w = sentence(rng, 3, 7)
                words_so_far += len(w)
                items.append(["- " + " ".join(w)])
            for li, lk in enumerate(internal):
                items[li % len(items)].extend(["; см. также ", lk])
            if block_link is not None:
                items[-1].extend([" — весь ", block_link])
            for it in items:
                parts.extend(it)
                parts.append("\n")
            parts.append("\n")
        if hi == len(e.headings) - 1:
            while words_so_far < target_words:
                parts.extend(para(2, 5))
                parts.append("\n\n")
                if target_words - words_so_far > 80 and rng.random() < 0.3:
                    parts.append("*%s.*\n\n" % " ".join(sentence(rng, 4, 8)))
                    words_so_far += 6
    if tag_link is not None:
        parts.extend(["Ещё больше — в подборке ", tag_link, ".\n"])
    text_parts = parts
    # trailing newline normalisation happens at render time
    return text_parts


# --------------------------------------------------------------------------
# Renderers
# --------------------------------------------------------------------------

def render_drover(parts, src_block):
    out = []
    for p in parts:
        if isinstance(p, str):
            out.append(p)
        elif p.kind == "entry":
            href = rel_entry_path(src_block, p.block, p.slug)
            if p.anchor:
                href += "#" + p.anchor
            out.append("[%s](%s)" % (p.text, href))
        elif p.kind == "block":
            href = "_block.md" if p.block == src_block else "../%s/_block.md" % p.block
            out.append("[%s](%s)" % (p.text, href))
        elif p.kind == "tag":
            out.append("[%s](tag:%s)" % (p.text, p.tag))
    return "".join(out).rstrip() + "\n"


def hugo_term_path(tag):
    """Hugo's urlize for our tags (lowercase, spaces -> '-'); tags here have
    no other special characters."""
    return tag.lower().replace(" ", "-")


def render_hugo(parts, src_block, is_section):
    """Relative URLs from /<block>/<slug>/ (entries) or /<block>/ (sections)."""
    up = "../" if is_section else "../../"
    out = []
    for p in parts:
        if isinstance(p, str):
            out.append(p)
        elif p.kind == "entry":
            if is_section and p.block == src_block:
                href = "%s/" % p.slug
            elif p.block == src_block:
                href = "../%s/" % p.slug
            else:
                href = "%s%s/%s/" % (up, p.block, p.slug)
            if p.anchor:
                href += "#" + p.anchor
            out.append("[%s](%s)" % (p.text, href))
        elif p.kind == "block":
            out.append("[%s](%s%s/)" % (p.text, up, p.block))
        elif p.kind == "tag":
            out.append("[%s](%stags/%s/)" % (p.text, up, hugo_term_path(p.tag)))
    return "".join(out).rstrip() + "\n"


# --------------------------------------------------------------------------
# Writers
# --------------------------------------------------------------------------

def reset_dir(d):
    if os.path.isdir(d):
        shutil.rmtree(d)
    os.makedirs(d)


def write_drover(out, tags, entries, intros, per_page=50, tags_file=True):
    reset_dir(out)
    write(os.path.join(out, "site.yml"),
          "title: %s\ndescription: %s\nbase_url: %s\nlanguage: ru\n"
          "author: \"Drover benchmarks\"\nfeed:\n  items: 50\npagination:\n  per_page: %d\n"
          % (yq(SITE_TITLE), yq(SITE_DESCRIPTION), yq(BASE_URL), per_page))
    lines = []
    for name, slug, title, desc in tags:
        lines.append("%s:\n" % name)
        if slug:
            lines.append("  slug: %s\n" % slug)
        lines.append("  title: %s\n  description: %s\n" % (yq(title), yq(desc)))
    if tags_file:
        write(os.path.join(out, "tags.yml"), "".join(lines))

    for order, (bslug, btitle, bsummary, blevel) in enumerate(BLOCKS, 1):
        d = os.path.join(out, bslug)
        os.makedirs(d)
        fm = "---\ntitle: %s\norder: %d\n" % (yq(btitle), order)
        if blevel:
            fm += "audience: %s\n" % blevel
        fm += "summary: %s\n---\n" % yq(bsummary)
        write(os.path.join(d, "_block.md"), fm + render_drover(intros[bslug], bslug))

    for e in entries:
        fm = ["---\n", "title: %s\n" % yq(e.title), "url: %s\n" % e.url,
              "type: %s\n" % e.type, "tags: %s\n" % yaml_list(e.tags),
              "added: %s\n" % e.added.isoformat()]
        if e.language:
            fm.append("language: %s\n" % e.language)
        if e.level:
            fm.append("difficulty: %s\n" % e.level)
        if e.authors:
            fm.append("authors: %s\n" % yaml_list(e.authors))
        if e.updated:
            fm.append("updated: %s\n" % e.updated.isoformat())
        fm.append("---\n")
        write(os.path.join(out, e.block, e.slug + ".md"),
              "".join(fm) + render_drover(e.body, e.block))


HUGO_TOML = """baseURL = "%(base)s"
languageCode = "ru"
defaultContentLanguage = "ru"
title = %(title)s
disableKinds = []
enableRobotsTXT = true
%(paginate)s
[taxonomies]
  tag = "tags"

[params]
  description = %(desc)s

[services.rss]
  limit = 50

[markup.goldmark.renderer]
  unsafe = false
"""

LAYOUTS = {
    "_default/baseof.html": """<!doctype html>
<html lang="{{ .Site.LanguageCode }}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ if .IsHome }}{{ .Site.Title }}{{ else }}{{ .Title }} — {{ .Site.Title }}{{ end }}</title>
<meta name="description" content="{{ with .Params.summary }}{{ . }}{{ else }}{{ with .Description }}{{ . }}{{ else }}{{ .Site.Params.description }}{{ end }}{{ end }}">
<link rel="canonical" href="{{ .Permalink }}">
{{ with .OutputFormats.Get "RSS" }}<link rel="alternate" type="application/rss+xml" href="{{ .Permalink }}">{{ end }}
<link rel="stylesheet" href="{{ "style.css" | relURL }}">
</head>
<body>
<header><a href="{{ .Site.Home.RelPermalink }}">{{ .Site.Title }}</a>
<nav>{{ range .Site.Sections.ByWeight }}<a href="{{ .RelPermalink }}">{{ .Title }}</a> {{ end }}<a href="{{ "tags/" | relURL }}">Теги</a></nav>
</header>
<main>{{ block "main" . }}{{ end }}</main>
<footer>{{ .Site.Title }} · <a href="{{ "index.xml" | relURL }}">RSS</a></footer>
</body>
</html>
""",
    "partials/card.html": """<li class="entry"><a href="{{ .RelPermalink }}">{{ .Title }}</a>
<span class="type">{{ .Params.resource_type }}</span> · <time datetime="{{ .Date.Format "2006-01-02" }}">{{ .Date.Format "2006-01-02" }}</time>
{{ with .Params.level }} · {{ . }}{{ end }}
{{ with .GetTerms "tags" }}<span class="tags">{{ range . }}<a href="{{ .RelPermalink }}">#{{ .LinkTitle }}</a> {{ end }}</span>{{ end }}
<p>{{ .Summary | plainify | truncate 160 }}</p></li>
""",
    # What Drover's pagination partial prints: «Страница N из M», first/previous/next/last and a
    # window of five page numbers.
    "partials/pagination.html": """{{ with .Paginator }}{{ if gt .TotalPages 1 }}
<nav class="pagination" aria-label="Страницы списка"><p>Страница {{ .PageNumber }} из {{ .TotalPages }}</p><ul>
{{ if .HasPrev }}<li><a href="{{ .First.URL }}">« Первая</a></li><li><a href="{{ .Prev.URL }}" rel="prev">‹ Предыдущая</a></li>{{ end }}
{{ $cur := .PageNumber }}{{ $lo := sub $cur 2 }}{{ if lt $lo 1 }}{{ $lo = 1 }}{{ end }}{{ $hi := add $lo 4 }}{{ if gt $hi .TotalPages }}{{ $hi = .TotalPages }}{{ $lo = sub $hi 4 }}{{ if lt $lo 1 }}{{ $lo = 1 }}{{ end }}{{ end }}
{{ range .Pagers }}{{ if and (ge .PageNumber $lo) (le .PageNumber $hi) }}<li><a href="{{ .URL }}"{{ if eq .PageNumber $cur }} aria-current="page"{{ end }}>{{ .PageNumber }}</a></li>{{ end }}{{ end }}
{{ if .HasNext }}<li><a href="{{ .Next.URL }}" rel="next">Следующая ›</a></li><li><a href="{{ .Last.URL }}">Последняя »</a></li>{{ end }}
</ul></nav>{{ end }}{{ end }}
""",
    "_default/single.html": """{{ define "main" }}
<article>
<nav class="crumbs"><a href="{{ .Site.Home.RelPermalink }}">{{ .Site.Title }}</a> › <a href="{{ .CurrentSection.RelPermalink }}">{{ .CurrentSection.Title }}</a></nav>
<h1>{{ .Title }}</h1>
<dl class="meta">
<dt>Ссылка</dt><dd><a href="{{ .Params.resource_url }}" rel="noopener">{{ .Params.resource_url }}</a></dd>
<dt>Тип</dt><dd>{{ .Params.resource_type }}</dd>
<dt>Добавлено</dt><dd><time datetime="{{ .Date.Format "2006-01-02" }}">{{ .Date.Format "2006-01-02" }}</time></dd>
{{ with .Params.updated_on }}<dt>Обновлено</dt><dd>{{ . }}</dd>{{ end }}
{{ with .Params.level }}<dt>Уровень</dt><dd>{{ . }}</dd>{{ end }}
{{ with .Params.authors }}<dt>Авторы</dt><dd>{{ delimit . ", " }}</dd>{{ end }}
<dt>Язык</dt><dd>{{ with .Params.resource_language }}{{ . }}{{ else }}{{ $.Site.LanguageCode }}{{ end }}</dd>
</dl>
{{ with .GetTerms "tags" }}<ul class="tags">{{ range . }}<li><a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a></li>{{ end }}</ul>{{ end }}
<div class="body">{{ .Content }}</div>
</article>
{{ end }}
""",
    "_default/list.html": """{{ define "main" }}
<h1>{{ .Title }}</h1>
{{ with .Params.summary }}<p class="summary">{{ . }}</p>{{ end }}
<div class="intro">{{ .Content }}</div>
<ul class="entries">{{ range (.Paginate .Pages.ByDate.Reverse).Pages }}{{ partial "card.html" . }}{{ end }}</ul>
{{ partial "pagination.html" . }}
{{ end }}
""",
    "_default/taxonomy.html": """{{ define "main" }}
<h1>{{ .Title }}</h1>
<ul class="tag-cloud">{{ range .Data.Terms.Alphabetical }}<li><a href="{{ .Page.RelPermalink }}">{{ .Page.Title }}</a> <span>{{ .Count }}</span></li>{{ end }}</ul>
{{ end }}
""",
    "_default/term.html": """{{ define "main" }}
<h1>{{ .Title }}</h1>
{{ with .Description }}<p class="summary">{{ . }}</p>{{ end }}
<ul class="entries">{{ range (.Paginate .Pages.ByDate.Reverse).Pages }}{{ partial "card.html" . }}{{ end }}</ul>
{{ partial "pagination.html" . }}
{{ end }}
""",
    "index.html": """{{ define "main" }}
<h1>{{ .Site.Title }}</h1>
<p>{{ .Site.Params.description }}</p>
<section class="blocks">{{ range .Site.Sections.ByWeight }}
<article><h2><a href="{{ .RelPermalink }}">{{ .Title }}</a></h2><p>{{ .Params.summary }}</p><p>{{ len .Pages }} материалов</p></article>{{ end }}
</section>
<section class="newest"><h2>Новое</h2>
<ul class="entries">{{ range first 20 (where .Site.RegularPages.ByDate.Reverse "Section" "!=" "") }}{{ partial "card.html" . }}{{ end }}</ul>
</section>
{{ end }}
""",
    "404.html": """{{ define "main" }}<h1>Страница не найдена</h1><p><a href="{{ .Site.Home.RelPermalink }}">На главную</a></p>{{ end }}
""",
}

STYLE_CSS = "body{font-family:sans-serif;max-width:48rem;margin:auto}.tags a{margin-right:.5em}\n"


def write_hugo(out, tags, entries, intros, per_page=50, tag_titles=True):
    reset_dir(out)
    write(os.path.join(out, "hugo.toml"),
          HUGO_TOML % {"base": BASE_URL, "title": yq(SITE_TITLE), "desc": yq(SITE_DESCRIPTION),
                       "paginate": "# Block and tag pages paginate like Drover's (pagination.per_page).\npaginate = %d\n" % per_page
                                   if per_page > 0 else ""})
    for rel, text in LAYOUTS.items():
        if per_page == 0:
            # every entry on its list's one page, as Drover does with per_page: 0
            text = text.replace("(.Paginate .Pages.ByDate.Reverse).Pages", ".Pages.ByDate.Reverse")
            text = text.replace('{{ partial "pagination.html" . }}\n', "")
        p = os.path.join(out, "layouts", rel)
        os.makedirs(os.path.dirname(p), exist_ok=True)
        write(p, text)
    os.makedirs(os.path.join(out, "static"))
    write(os.path.join(out, "static", "style.css"), STYLE_CSS)
    content = os.path.join(out, "content")
    os.makedirs(content)
    write(os.path.join(content, "_index.md"),
          "---\ntitle: %s\ndescription: %s\n---\n" % (yq(SITE_TITLE), yq(SITE_DESCRIPTION)))

    # tag titles/descriptions, like tags.yml
    tdir = os.path.join(content, "tags")
    os.makedirs(tdir)
    write(os.path.join(tdir, "_index.md"), "---\ntitle: \"Теги\"\n---\n")
    for name, slug, title, desc in (tags if tag_titles else []):
        d = os.path.join(tdir, hugo_term_path(name))
        os.makedirs(d)
        write(os.path.join(d, "_index.md"),
              "---\ntitle: %s\ndescription: %s\n---\n" % (yq(title), yq(desc)))

    for order, (bslug, btitle, bsummary, blevel) in enumerate(BLOCKS, 1):
        d = os.path.join(content, bslug)
        os.makedirs(d)
        fm = "---\ntitle: %s\nweight: %d\nsummary: %s\n" % (yq(btitle), order, yq(bsummary))
        if blevel:
            fm += "level: %s\n" % blevel
        fm += "---\n"
        write(os.path.join(d, "_index.md"), fm + render_hugo(intros[bslug], bslug, True))

    for e in entries:
        fm = ["---\n", "title: %s\n" % yq(e.title), "date: %s\n" % e.added.isoformat(),
              "tags: %s\n" % yaml_list(e.tags),
              "resource_url: %s\n" % e.url, "resource_type: %s\n" % e.type]
        if e.language:
            fm.append("resource_language: %s\n" % e.language)
        if e.level:
            fm.append("level: %s\n" % e.level)
        if e.authors:
            fm.append("authors: %s\n" % yaml_list(e.authors))
        if e.updated:
            fm.append("lastmod: %s\nupdated_on: %s\n" % (e.updated.isoformat(), e.updated.isoformat()))
        fm.append("---\n")
        write(os.path.join(content, e.block, e.slug + ".md"),
              "".join(fm) + render_hugo(e.body, e.block, False))


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--entries", type=int, required=True, help="number of entries (>= 2)")
    ap.add_argument("--out", required=True, help="Drover content folder to (re)write")
    ap.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    ap.add_argument("--per-page", type=int, default=50,
                    help="entries per block and tag page, for both Drover and Hugo (default 50; 0: one page)")
    ap.add_argument("--hugo", metavar="DIR2", help="also write the collection as a Hugo site here")
    ap.add_argument("--tags", type=int, default=60,
                    help="number of tags (default 60; more are generated, at most one per two entries)")
    ap.add_argument("--no-tags-yml", action="store_true",
                    help="write no tags.yml (and no tag titles for Hugo): tags get their names as titles")
    ap.add_argument("--body-scale", type=float, default=1.0, help="multiply each body's length (default 1)")
    ap.add_argument("--links", type=int, default=2, help="at most this many links to other entries per body (default 2)")
    a = ap.parse_args(argv)
    if a.entries < 2:
        ap.error("--entries must be >= 2 (every tag is used at least twice)")
    for d in filter(None, [a.out, a.hugo]):
        ad = os.path.abspath(d)
        if ad in ("/", os.path.expanduser("~")) or os.path.exists(os.path.join(ad, ".git")):
            ap.error("refusing to wipe %s" % d)

    tags, entries, intros = build_collection(a.entries, a.seed, a.tags, a.body_scale, max(1, a.links))
    if a.per_page < 0:
        ap.error("--per-page must be 0 or more")
    write_drover(a.out, tags, entries, intros, a.per_page, tags_file=not a.no_tags_yml)
    if a.hugo:
        write_hugo(a.hugo, tags, entries, intros, a.per_page, tag_titles=not a.no_tags_yml)
    print("generated %d entries, %d tags, %d blocks in %s%s"
          % (len(entries), len(tags), len(BLOCKS), a.out,
             (" and Hugo site in %s" % a.hugo) if a.hugo else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
