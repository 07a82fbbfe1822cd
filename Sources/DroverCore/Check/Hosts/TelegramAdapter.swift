/// Telegram channels, groups and users at `t.me/<name>`. t.me answers 200 for any name, so the
/// page's content decides: a channel that exists shows its title (`tgme_page_title`) and, for a
/// channel or group, its subscriber count; a name nobody holds shows only "you can contact
/// @name". A page with neither (a new layout) is a note and a plain check, never `broken`.
struct TelegramAdapter: HostAdapter {
    let name = "telegram"

    /// First segments that are Telegram's own paths, not names: invitations, sticker sets, proxies.
    static let reserved: Set<String> = ["joinchat", "addstickers", "addemoji", "addtheme", "share", "proxy", "socks", "iv", "login",
                                        "c", "setlanguage", "confirmphone", "bg", "invoice", "boost", "contact", "addlist", "k", "z", "a"]

    /// The channel's name in `t.me/<name>`, `t.me/s/<name>`, `t.me/<name>/<post>` (and telegram.me).
    static func channel(in url: String) -> String? {
        guard let host = URLNormalization.host(of: url), ["t.me", "www.t.me", "telegram.me", "www.telegram.me"].contains(host),
              let path = URLNormalization.path(of: url) else { return nil }
        var segments = path.split(separator: "/").map(String.init)
        if segments.first == "s" { segments.removeFirst() }
        guard let name = segments.first, name.count >= 4, !reserved.contains(name.lowercased()), !name.hasPrefix("+"),
              name.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") }) else { return nil }
        return name
    }

    func claims(_ url: String) -> Bool { Self.channel(in: url) != nil }

    func check(_ urls: [String], api: HostAPI) async -> [AdapterVerdict] {
        var verdicts: [String: AdapterVerdict] = [:]
        for name in Set(urls.compactMap(Self.channel).map { $0.lowercased() }).sorted() {
            verdicts[name] = await check(name: name, api: api)
        }
        return urls.map { verdicts[Self.channel(in: $0)!.lowercased()]! }
    }

    private func check(name: String, api: HostAPI) async -> AdapterVerdict {
        switch await api.get("https://t.me/\(name)") {
        case .failure(let failure):
            return .plainCheck(note: "t.me did not answer (\(failure.reason)); checked the page instead")
        case .success(let answer) where answer.status != 200:
            return .plainCheck(note: "t.me answered \(LinkProbe.describe(answer.status)); checked the page instead")
        case .success(let answer):
            let page = TelegramPage(html: answer.text)
            if let title = page.title {
                var facts = ["title": title]
                if let subscribers = page.subscribers { facts["subscribers"] = subscribers }
                return decided(.ok, "the Telegram page exists: «\(title)»", facts: facts)
            }
            if page.offersContact {
                return decided(.broken, "no Telegram channel, group or user is called @\(name)")
            }
            return .plainCheck(note: "t.me's page for @\(name) looks unfamiliar (its layout may have changed); checked the page instead")
        }
    }
}

/// What a `t.me/<name>` page shows.
struct TelegramPage {
    var title: String?
    /// "12 345 subscribers", "1 234 members", as the page writes it.
    var subscribers: String?
    /// The page for a name nobody holds: "If you have Telegram, you can contact @name right away."
    var offersContact = false

    init(html: String) {
        title = Self.text(ofFirst: "tgme_page_title", in: html).flatMap { $0.isEmpty ? nil : $0 }
        if let extra = Self.text(ofFirst: "tgme_page_extra", in: html),
           ["subscriber", "member", "подписчик", "участник"].contains(where: { extra.lowercased().contains($0) }) {
            subscribers = extra
        }
        offersContact = html.contains("tgme_page") && html.contains("you can contact")
    }

    /// The text inside the first element whose class is `className`, tags removed, whitespace collapsed.
    static func text(ofFirst className: String, in html: String) -> String? {
        guard let marker = html.range(of: "class=\"\(className)\""), let open = html[marker.upperBound...].firstIndex(of: ">"),
              let close = html.range(of: "</div>", range: html.index(after: open)..<html.endIndex) else { return nil }
        var text = ""
        var inTag = false
        for character in html[html.index(after: open)..<close.lowerBound] {
            if character == "<" { inTag = true } else if character == ">" { inTag = false } else if !inTag { text.append(character) }
        }
        let decoded = text.replacingOccurrences(of: "&nbsp;", with: " ").replacingOccurrences(of: "&amp;", with: "&")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
        return decoded.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}
