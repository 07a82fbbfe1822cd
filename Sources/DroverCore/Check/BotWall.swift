import NIOHTTP1

/// Recognises the challenge pages that bot-protection services put in front of real pages.
///
/// Such a page answers 403, 429 or 503 to a script while a reader's browser passes: the
/// link is probably fine, so it is `blocked`, a warning, never `broken` or `unreachable`.
enum BotWall {
    /// How much of a body is read at most: enough for a challenge page's head, and the size
    /// up to which a body is read to its end to keep its connection.
    static let prefixLimit = 16384

    /// Whether headers alone already say so (Cloudflare marks its challenges).
    static func isChallenge(headers: HTTPHeaders) -> Bool {
        headers["cf-mitigated"].contains { $0.lowercased().contains("challenge") }
    }

    /// Whether the start of a body is a known challenge page.
    static func isChallenge(bodyPrefix: String) -> Bool {
        let text = bodyPrefix.lowercased()
        return markers.contains { text.contains($0) }
    }

    private static let markers = [
        "<title>just a moment...</title>",        // Cloudflare
        "attention required! | cloudflare",
        "cf-browser-verification", "challenges.cloudflare.com",
        "ddos-guard",                             // DDoS-Guard
        "_incapsula_resource",                    // Imperva
        "captcha-delivery.com",                   // DataDome
        "/_sec/cp_challenge/",                    // Akamai
        "verify you are human",
    ]
}
