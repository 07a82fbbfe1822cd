/// What kind of resource an entry points at; the theme shows it as a badge.
public enum ResourceType: String, CaseIterable, Sendable {
    case paper, article, course, video, talk, podcast, channel, newsletter, book, tool, dataset, community

    /// Russian label for the interface.
    public var label: String {
        switch self {
        case .paper: "Научная работа"
        case .article: "Статья"
        case .course: "Курс"
        case .video: "Видео"
        case .talk: "Доклад"
        case .podcast: "Подкаст"
        case .channel: "Канал"
        case .newsletter: "Рассылка"
        case .book: "Книга"
        case .tool: "Инструмент"
        case .dataset: "Датасет"
        case .community: "Сообщество"
        }
    }
}

/// How much background an entry expects from its reader (front matter `difficulty`).
///
/// Not to be confused with a block's `audience`, which says how deep a reader wants to go:
/// a block for the merely curious can still hold a hard paper.
public enum Difficulty: String, CaseIterable, Sendable {
    case beginner, intermediate, advanced

    public var label: String {
        switch self {
        case .beginner: "Сложность: без подготовки"
        case .intermediate: "Сложность: нужна база"
        case .advanced: "Сложность: для подготовленных"
        }
    }
}
