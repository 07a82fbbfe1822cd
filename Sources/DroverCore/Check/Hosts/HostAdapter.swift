/// A host whose HTTP answer does not say whether a resource is there, and the host's own way
/// of asking: an API, a thumbnail, the content of a page.
///
/// YouTube answers 200 for a deleted video's watch page, Telegram for a channel that never
/// existed, arXiv for a withdrawn paper, and GitHub throttles the anonymous requests a plain
/// check would make for each repository. An adapter claims such URLs by their shape and judges
/// them all together, so an API that takes many names a request (GitHub's GraphQL, arXiv's
/// `id_list`) is asked once for the whole collection.
protocol HostAdapter: Sendable {
    /// Its name in reports and the JSON's `checked_by`: "github", "youtube", ….
    var name: String { get }
    /// Whether `url` (as requested, fragment removed) is a resource this adapter judges.
    func claims(_ url: String) -> Bool
    /// One verdict per URL, in order. Never throws and never guesses: when the host's answer
    /// cannot be read (an API down, a page whose layout changed), the verdict is `.plainCheck`
    /// with a note, so a failure of ours can never turn into a false `broken`.
    func check(_ urls: [String], api: HostAPI) async -> [AdapterVerdict]
}

enum AdapterVerdict: Sendable, Equatable {
    /// The host's own answer decided.
    case decided(LinkResult)
    /// Check the page itself over plain HTTP, adding `note` (if any) to what that finds.
    case plainCheck(note: String?)
}

extension HostAdapter {
    /// A verdict of this adapter's own, named as such in the reports.
    func decided(_ linkClass: LinkClass, _ detail: String, final: String? = nil, facts: [String: String]? = nil) -> AdapterVerdict {
        var result = LinkResult(linkClass, finalURL: final, detail: detail)
        result.checkedBy = name
        result.facts = facts?.isEmpty == true ? nil : facts
        return .decided(result)
    }

    /// The same verdict for every URL: the adapter could not ask (`note` says why).
    func fallback(_ urls: [String], _ note: String) -> [AdapterVerdict] {
        urls.map { _ in .plainCheck(note: note) }
    }
}

/// The adapters `drover check --external` uses, in the order they are asked to claim a URL.
enum HostAdapters {
    static func all(githubToken: String?) -> [any HostAdapter] {
        [GitHubAdapter(token: githubToken), YouTubeAdapter(), TelegramAdapter(), ArxivAdapter(), HuggingFaceAdapter()]
    }
}
