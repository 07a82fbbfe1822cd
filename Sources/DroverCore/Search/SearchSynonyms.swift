import Foundation

/// Words that stand for one another in search: «телеграм» for "telegram", «канал» for "channel".
///
/// The theme ships a table per language (`search_synonyms` in its i18n file, a list of groups)
/// and site.yml adds the collection's own (`search: { synonyms: [...] }`). A group is one line of
/// members separated by commas; a member with a dot in it is a host name ("t.me"), which is not a
/// word a reader types but says which group an entry's URL belongs to.
///
/// The index uses the table twice: an entry gets the words of its URL's host group and of its
/// type (`wordsDescribing`), so «телеграм» finds the channels on t.me though no text names
/// Telegram; and `meta.json` carries the word groups, so the browser searches a query word's
/// synonyms beside it.
struct SearchSynonyms: Sendable, Equatable {
    /// The translation-table key of the theme's groups.
    static let stringKey = "search_synonyms"

    struct Group: Sendable, Equatable {
        /// Host names, lowercase, without "www.".
        var hosts: [String]
        /// Words folded as the index folds them (`SearchText.words`), in written order.
        var words: [String]
    }

    let groups: [Group]

    /// Groups from lines such as "t.me, telegram, телеграм"; a line with fewer than two members
    /// says nothing and is left out.
    init(lines: [String]) {
        groups = lines.compactMap { line in
            var group = Group(hosts: [], words: [])
            for member in line.split(separator: ",") {
                let text = member.trimmingCharacters(in: .whitespaces).lowercased()
                if text.contains(".") {
                    group.hosts.append(Self.withoutWWW(text))
                } else {
                    for word in SearchText.words(text) where !group.words.contains(word) { group.words.append(word) }
                }
            }
            return group.hosts.count + group.words.count >= 2 ? group : nil
        }
    }

    /// The theme's groups for the site's language followed by site.yml's.
    init(strings: InterfaceStrings, site: [String]) {
        self.init(lines: strings.list(Self.stringKey) + site)
    }

    /// The words of every group that names the host of `url` ("www.youtube.com/…" is in the
    /// group of "youtube.com", "m.youtube.com" too), joined by spaces.
    func hostWords(url: String) -> [String] {
        guard let host = URLComponents(string: url)?.host?.lowercased() else { return [] }
        let bare = Self.withoutWWW(host)
        var words: [String] = []
        for group in groups where group.hosts.contains(where: { bare == $0 || bare.hasSuffix("." + $0) }) {
            for word in group.words where !words.contains(word) { words.append(word) }
        }
        return words
    }

    /// Every group with at least two words, for the browser: a query word in one is searched
    /// with the others too.
    var wordGroups: [[String]] {
        groups.map(\.words).filter { $0.count >= 2 }
    }

    /// Everything the index takes from the table.
    func fold(into hasher: inout StableHasher) {
        hasher.combine(Int64(groups.count))
        for group in groups {
            hasher.combine(group.hosts.joined(separator: ","))
            hasher.combine(group.words.joined(separator: ","))
        }
    }

    private static func withoutWWW(_ host: String) -> String {
        host.hasPrefix("www.") ? String(host.dropFirst(4)) : host
    }
}
