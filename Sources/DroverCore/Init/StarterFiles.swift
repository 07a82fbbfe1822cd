/// The files `drover init` writes besides the theme, as text, in the collection's language:
/// a site.yml whose comments say what each key does, a tags.yml, one block and one entry that
/// show the format, and a .gitignore for what builds leave beside the site. They build, and
/// pass `drover check --offline --strict`, as they are.
struct StarterFiles {
    let language: StarterLanguage
    let title: String
    let baseURL: String
    /// The example entry's `added`: the day the collection was started.
    let today: ISODate

    static let block = "getting-started"
    static let entry = "markdown-guide"

    /// Path in the collection's folder → text.
    var all: [(path: String, text: String)] {
        [("content/site.yml", siteConfig), ("content/tags.yml", tags), ("content/\(Self.block)/_block.md", blockFile),
         ("content/\(Self.block)/\(Self.entry).md", entryFile), (".gitignore", gitignore)]
    }

    var siteConfig: String {
        switch language {
        case .en:
            """
            # The collection's settings. Every key, and what Drover says when one is wrong, is in
            # Drover's docs/content-format.md.

            # The site's name: the header, page titles and feeds.
            title: \(FrontMatterWriting.quoted(title))
            # One or two sentences on what the collection is and whom it is for: the home page,
            # the pages' <meta> description and the feeds.
            description: "Resources worth a reader's time, chosen and described by hand."
            # The address the site is published at; every internal link starts with its path.
            # On GitHub Pages it is https://OWNER.github.io/REPO/.
            base_url: \(FrontMatterWriting.quoted(baseURL))
            # The interface's language (the default theme has en and ru) and the entries' language.
            language: en

            # Optional settings, with their defaults:
            # repo_url: "https://github.com/OWNER/REPO"   # "edit this page" and "suggest a resource" links
            # author: "Your name"
            # feed:
            #   items: 50          # how many of the newest entries each RSS feed carries
            # pagination:
            #   per_page: 50       # entries per page of a block or tag page; 0 for one page
            # search: true         # false leaves out the search page and its index

            """
        case .ru:
            """
            # Настройки подборки. Все ключи и то, что Drover говорит об ошибках в них, описаны
            # в docs/content-format.md репозитория Drover.

            # Название сайта: шапка, заголовки страниц, ленты.
            title: \(FrontMatterWriting.quoted(title))
            # Одно-два предложения о том, что это за подборка и для кого: главная страница,
            # описание в <meta>, ленты.
            description: "Материалы, которые стоят времени читателя: отобраны и описаны вручную."
            # Адрес, по которому будет опубликован сайт; с его пути начинается каждая внутренняя ссылка.
            # На GitHub Pages это https://OWNER.github.io/REPO/.
            base_url: \(FrontMatterWriting.quoted(baseURL))
            # Язык интерфейса (в стандартной теме есть en и ru) и язык записей по умолчанию.
            language: ru

            # Необязательные настройки, со значениями по умолчанию:
            # repo_url: "https://github.com/OWNER/REPO"   # ссылки «Исправить» и «Предложить материал»
            # author: "Ваше имя"
            # feed:
            #   items: 50          # сколько новых записей в каждой RSS-ленте
            # pagination:
            #   per_page: 50       # записей на странице блока или тега; 0 — все на одной
            # search: true         # false — без страницы поиска и её индекса

            """
        }
    }

    var tags: String {
        switch language {
        case .en:
            """
            # Optional: a tag's title, description and pinned URL. Entries may use tags this file
            # does not list; a tag listed here that no entry uses is a warning.
            markdown:
              title: "Markdown"
              description: "Writing for the web in plain text."

            """
        case .ru:
            """
            # Необязательно: название, описание и постоянный адрес тега. Записи могут использовать
            # теги, которых здесь нет; тег, который здесь есть, но ни одной записью не используется, —
            # предупреждение.
            markdown:
              title: "Markdown"
              description: "Как писать для веба простым текстом."

            """
        }
    }

    var blockFile: String {
        switch language {
        case .en:
            """
            ---
            title: "Getting started"
            order: 1
            summary: "Where to begin: the first resources to read"
            ---
            A block is a section of the collection: a folder with this `_block.md` (its title, its
            order among the blocks, a one-line summary and this introduction) and one Markdown file
            per resource, like [the Markdown Guide](\(Self.entry).md). Add the next one with

            ```sh
            drover new \(Self.block) https://example.org/resource --title "Its title" --type article --tags markdown
            ```

            """
        case .ru:
            """
            ---
            title: "С чего начать"
            order: 1
            summary: "Первые материалы: с них стоит начинать"
            ---
            Блок — это раздел подборки: папка с этим файлом `_block.md` (название, место среди блоков,
            строка описания и это вступление) и по Markdown-файлу на каждый материал, как
            [«Markdown Guide»](\(Self.entry).md). Следующий добавляет команда

            ```sh
            drover new \(Self.block) https://example.org/resource --title "Название" --type article --tags markdown
            ```

            """
        }
    }

    var entryFile: String {
        let front = """
            ---
            title: "Markdown Guide"
            url: https://www.markdownguide.org/
            type: article
            tags: [markdown]
            added: \(today)

            """
        switch language {
        case .en:
            return front + """
                difficulty: beginner
                ---
                A free reference to Markdown: the basic syntax, the extensions most sites add, and a
                cheat sheet to keep open. Every entry of this collection is a Markdown file like this
                one, so it is also where to look up how to write its description.

                """
        case .ru:
            return front + """
                language: en
                difficulty: beginner
                ---
                Бесплатный справочник по Markdown: основной синтаксис, расширения, которые добавляют
                большинство сайтов, и шпаргалка. Каждая запись этой подборки — такой же Markdown-файл,
                так что здесь же стоит смотреть, как написать её описание.

                """
        }
    }

    var gitignore: String {
        """
        # drover build: the site, and beside it what the next build reuses (.site.drover-manifest,
        # .site.drover-sources) and the lock a running build holds (.site.drover-lock).
        /site/
        /.site.drover-*
        # drover check --external: the cache of checked URLs.
        /.drover/

        """
    }
}

/// The languages `drover init` writes a collection in: those the default theme has tables for.
public enum StarterLanguage: String, CaseIterable, Sendable {
    case en, ru

    /// The title a collection gets when none is given.
    var defaultTitle: String {
        switch self {
        case .en: "My collection"
        case .ru: "Моя подборка"
        }
    }
}
