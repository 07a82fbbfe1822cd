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

/// How much background an entry expects from its reader.
public enum Level: String, CaseIterable, Sendable {
    case beginner, intermediate, advanced

    public var label: String {
        switch self {
        case .beginner: "Новичкам"
        case .intermediate: "Средний уровень"
        case .advanced: "Продвинутым"
        }
    }
}
