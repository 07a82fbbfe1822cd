/// The example values that diagnostics put in their fixes ("add a line like title: …"), in the
/// site's language: an English collection is shown English examples, a Russian one Russian.
///
/// Only Russian and English are written here, as the theme's strings are; any other language
/// gets the English ones, which read as placeholders in any collection.
struct FieldExamples: Sendable {
    var entryTitle: String
    var tags: String
    var authors: String
    var blockTitle: String
    var audience: String
    var blockSummary: String
    var pageTitle: String
    var pageSummary: String
    var siteTitle: String
    var siteDescription: String

    init(language: String) {
        // "ru", "ru-RU", and a language written out ("russian"), which is an error of its own.
        if language.lowercased().hasPrefix("ru") {
            entryTitle = "title: \"Название материала\""
            tags = "tags: [llm, промпты]"
            authors = "authors: [Имя Фамилия]"
            blockTitle = "title: \"Исследования\""
            audience = "audience: \"Круг 1: быть в курсе\""
            blockSummary = "summary: \"Одна строка о блоке\""
            pageTitle = "title: \"О проекте\""
            pageSummary = "summary: \"Одна строка о странице\""
            siteTitle = "title: \"Погонщик нейросетей\""
            siteDescription = "description: \"Подборка материалов по ML\""
        } else {
            entryTitle = "title: \"The resource's title\""
            tags = "tags: [performance, async]"
            authors = "authors: [First Last]"
            blockTitle = "title: \"Getting started\""
            audience = "audience: \"No background needed\""
            blockSummary = "summary: \"One line about the block\""
            pageTitle = "title: \"About\""
            pageSummary = "summary: \"One line about the page\""
            siteTitle = "title: \"Learning Rust\""
            siteDescription = "description: \"A curated list of resources\""
        }
    }
}
