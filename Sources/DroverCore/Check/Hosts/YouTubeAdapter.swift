import Foundation

/// YouTube videos. A watch page answers 200 for a deleted or private video, so the video is
/// asked for through YouTube's oEmbed endpoint (200 with its title for a public or unlisted
/// video, 404 or 400 for one that does not exist), and, when oEmbed refuses with 401 or 403 (a
/// private video, or one whose owner disabled embedding), through its thumbnail, which exists
/// only for a video that can be watched. lychee settled on the thumbnail for the same reason
/// (lycheeverse/lychee #214, #906).
struct YouTubeAdapter: HostAdapter {
    let name = "youtube"
    static let oEmbed = "https://www.youtube.com/oembed"
    static let thumbnails = "https://i.ytimg.com/vi"

    /// The video ID of a watch, youtu.be, shorts, live, embed or youtube-nocookie URL.
    static func videoID(in url: String) -> String? {
        guard let host = URLNormalization.host(of: url), let path = URLNormalization.path(of: url) else { return nil }
        let segments = path.split(separator: "/").map(String.init)
        var candidate: String?
        switch host {
        case "youtu.be":
            candidate = segments.first
        case "youtube.com", "www.youtube.com", "m.youtube.com", "music.youtube.com", "youtube-nocookie.com", "www.youtube-nocookie.com":
            if segments == ["watch"] {
                candidate = URLComponents(string: url)?.queryItems?.first(where: { $0.name == "v" })?.value
            } else if segments.count >= 2, ["shorts", "embed", "live", "v"].contains(segments[0]) {
                candidate = segments[1]
            }
        default:
            return nil
        }
        guard let id = candidate, id.count == 11,
              id.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") }) else { return nil }
        return id
    }

    func claims(_ url: String) -> Bool { Self.videoID(in: url) != nil }

    private struct Video: Decodable {
        var title: String?
        var author_name: String?
    }

    func check(_ urls: [String], api: HostAPI) async -> [AdapterVerdict] {
        var verdicts: [String: AdapterVerdict] = [:]
        for id in Set(urls.compactMap(Self.videoID)).sorted() {
            verdicts[id] = await check(id: id, api: api)
        }
        return urls.map { verdicts[Self.videoID(in: $0)!]! }
    }

    private func check(id: String, api: HostAPI) async -> AdapterVerdict {
        let watch = "https://www.youtube.com/watch?v=\(id)"
        let query = watch.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? watch
        switch await api.get("\(Self.oEmbed)?format=json&url=\(query)") {
        case .failure(let failure):
            return .plainCheck(note: "YouTube's oEmbed did not answer (\(failure.reason)); checked the page instead")
        case .success(let answer):
            switch answer.status {
            case 200:
                guard let video = answer.json(Video.self) else {
                    return .plainCheck(note: "YouTube's oEmbed answered something unreadable; checked the page instead")
                }
                var facts: [String: String] = [:]
                facts["title"] = video.title
                facts["channel"] = video.author_name
                return decided(.ok, "the video is available", facts: facts)
            case 400, 404:
                return decided(.broken, "video unavailable: YouTube has no video \(id) (deleted, or never existed)")
            case 401, 403:
                return await thumbnail(id: id, api: api)
            default:
                return .plainCheck(note: "YouTube's oEmbed answered \(LinkProbe.describe(answer.status)); checked the page instead")
            }
        }
    }

    /// oEmbed refused: a private video has no public thumbnail, a video that only may not be embedded has one.
    private func thumbnail(id: String, api: HostAPI) async -> AdapterVerdict {
        switch await api.get("\(Self.thumbnails)/\(id)/mqdefault.jpg") {
        case .success(let answer) where answer.status == 200:
            return decided(.ok, "the video is available (its owner does not allow embedding)")
        case .success(let answer) where answer.status == 404:
            return decided(.broken, "video unavailable: private or removed")
        case .success(let answer):
            return .plainCheck(note: "YouTube's thumbnail answered \(LinkProbe.describe(answer.status)); checked the page instead")
        case .failure(let failure):
            return .plainCheck(note: "YouTube's thumbnail did not answer (\(failure.reason)); checked the page instead")
        }
    }
}
