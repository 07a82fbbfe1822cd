/// What kind of resource an entry points at; the theme shows it as a badge, labelled in the
/// site's language (`type_<slug>` in the theme's translation tables).
public enum ResourceType: String, CaseIterable, Sendable {
    case paper, article, course, video, talk, podcast, channel, newsletter, book, tool, dataset, community
}

/// How much background an entry expects from its reader (front matter `difficulty`).
///
/// Not to be confused with a block's `audience`, which says how deep a reader wants to go:
/// a block for the merely curious can still hold a hard paper.
public enum Difficulty: String, CaseIterable, Sendable {
    case beginner, intermediate, advanced
}
