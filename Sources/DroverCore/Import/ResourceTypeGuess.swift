/// An entry's `type` from its URL, where the host and path say it reliably: an arXiv
/// abstract is a paper, a YouTube watch page a video, a GitHub repository a tool.
/// Everything else gets the import's default type, for the author to correct.
enum ResourceTypeGuess {
    static func guess(_ url: String) -> ResourceType? {
        guard let host = URLNormalization.host(of: url) else { return nil }
        let bare = host.hasPrefix("www.") ? String(host.dropFirst(4)) : host
        let path = pathSegments(of: url)
        let first = path.first ?? ""

        for (suffix, type) in wholeHosts where bare == suffix || bare.hasSuffix("." + suffix) {
            return type
        }
        switch bare {
        case "arxiv.org", "export.arxiv.org":
            return ["abs", "pdf", "html"].contains(first) ? .paper : nil
        case "openreview.net":
            return first == "forum" || first == "pdf" ? .paper : nil
        case "proceedings.neurips.cc", "papers.nips.cc", "proceedings.mlr.press", "aclanthology.org", "jmlr.org", "biorxiv.org", "medrxiv.org":
            return .paper
        case "semanticscholar.org":
            return first == "paper" ? .paper : nil
        case "dl.acm.org", "ieeexplore.ieee.org":
            return first == "doi" || first == "document" ? .paper : nil
        case "youtube.com", "m.youtube.com":
            if first == "watch" || first == "shorts" || first == "live" { return .video }
            if first == "playlist" { return .video }
            if first.hasPrefix("@") || ["c", "channel", "user"].contains(first) { return .channel }
            return nil
        case "youtu.be":
            return path.isEmpty ? nil : .video
        case "vimeo.com":
            return first.allSatisfy(\.isNumber) && !first.isEmpty ? .video : nil
        case "github.com", "gitlab.com", "codeberg.org", "bitbucket.org":
            // owner/repo, or a folder of it; not a user page, an issue or a gist.
            guard path.count >= 2 else { return nil }
            return path.count == 2 || ["tree", "blob"].contains(path[2]) ? .tool : nil
        case "pypi.org":
            return first == "project" ? .tool : nil
        case "npmjs.com":
            return first == "package" ? .tool : nil
        case "crates.io":
            return first == "crates" ? .tool : nil
        case "huggingface.co":
            if first == "datasets" { return .dataset }
            if first == "learn" { return .course }
            if first == "spaces" { return .tool }
            return nil
        case "kaggle.com":
            if first == "datasets" { return .dataset }
            if first == "learn" { return .course }
            return nil
        case "coursera.org":
            return ["learn", "specializations", "professional-certificates"].contains(first) ? .course : nil
        case "udemy.com", "edx.org", "stepik.org", "classcentral.com":
            return ["course", "learn", "course-catalog"].contains(first) ? .course : nil
        case "open.spotify.com":
            return first == "show" || first == "episode" ? .podcast : nil
        case "t.me":
            return path.count == 1 ? .channel : nil
        case "reddit.com":
            return first == "r" ? .community : nil
        case "discord.gg":
            return .community
        case "discord.com":
            return first == "invite" ? .community : nil
        case "medium.com", "dev.to", "habr.com":
            return path.count >= 2 ? .article : nil
        case "oreilly.com":
            return first == "library" ? .book : nil
        case "manning.com":
            return first == "books" ? .book : nil
        default:
            if bare.hasSuffix(".substack.com") && first == "p" { return .article }
            return nil
        }
    }

    /// Hosts whose every page is one type.
    private static let wholeHosts: [(String, ResourceType)] = [
        ("podcasts.apple.com", .podcast), ("podcasts.google.com", .podcast),
    ]

    private static func pathSegments(of url: String) -> [String] {
        guard let schemeEnd = url.range(of: "://") else { return [] }
        let afterScheme = url[schemeEnd.upperBound...]
        guard let slash = afterScheme.firstIndex(of: "/") else { return [] }
        let path = afterScheme[slash...].prefix { $0 != "?" && $0 != "#" }
        return path.split(separator: "/").map(String.init)
    }
}
