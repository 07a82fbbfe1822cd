import Foundation

/// Checks and canonical forms for entries' URLs.
///
/// We parse URLs with a small RFC 3986 splitter of our own rather than
/// `URLComponents`: Foundation's behaviour for non-ASCII hosts and invalid
/// characters differs between Darwin and swift-corelibs/swift-foundation
/// versions, while duplicate detection needs the same answer on every machine.
public enum URLNormalization {
    /// A canonical string for duplicate detection, or nil if `url` is not an
    /// absolute URL with a host (after trimming surrounding whitespace).
    ///
    /// - scheme and host are lowercased; a non-ASCII host label is converted
    ///   to its ASCII form (NFC, then Punycode: "пример.рф" → "xn--e1afmkfd.xn--p1ai"),
    ///   so the Cyrillic and `xn--` spellings of one site collide;
    /// - the default port (:80 for http, :443 for https) and an empty port are dropped;
    /// - the fragment is dropped;
    /// - the path is put in one percent-encoding (hex digits uppercase,
    ///   unreserved characters decoded, non-ASCII encoded as UTF-8), "." and
    ///   ".." segments are resolved, one trailing slash is dropped, and an
    ///   empty path becomes "/";
    /// - user info and the query are kept exactly as written (query parameter
    ///   order and encoding can be meaningful to the server).
    public static func normalize(_ url: String) -> String? {
        canonical(url, keepingTrailingSlash: false)
    }

    /// The form to send to a server: `normalize`'s, but with the trailing slash as written,
    /// since `/docs/` and `/docs` are different resources to many servers.
    public static func requestForm(_ url: String) -> String? {
        canonical(url, keepingTrailingSlash: true)
    }

    private static func canonical(_ url: String, keepingTrailingSlash: Bool) -> String? {
        let trimmed = trimmingWhitespace(url)
        guard let parts = Parts(trimmed), let host = asciiHost(parts.host) else { return nil }

        var result = parts.scheme.lowercased() + "://"
        if let userinfo = parts.userinfo { result += userinfo + "@" }
        result += host
        if let port = parts.port, port != defaultPort(forLowercasedScheme: parts.scheme.lowercased()) {
            result += ":\(port)"
        }
        result += canonicalPath(parts.path, keepingTrailingSlash: keepingTrailingSlash)
        if let query = parts.query { result += "?" + query }
        return result
    }

    /// The lowercased ASCII host of an absolute URL: what per-host rules and lanes are keyed by.
    public static func host(of url: String) -> String? {
        guard let parts = Parts(url) else { return nil }
        return asciiHost(parts.host)
    }

    /// The path of an absolute URL as written ("" when it has none), without query or fragment.
    public static func path(of url: String) -> String? {
        Parts(url).map { String($0.path) }
    }

    /// True only for an absolute `http`/`https` URL (scheme in any case) with
    /// a non-empty host, a numeric port if any, no whitespace, control or
    /// invisible formatting characters anywhere, and no backslash in the
    /// authority (browsers read a backslash there as "/"). This is the
    /// check before putting a URL into an `href`: it rejects `javascript:`,
    /// `data:`, `file:`, `mailto:`, relative and protocol-relative (`//host`)
    /// URLs, and `http:///x`.
    public static func isSafeAbsoluteHTTP(_ url: String) -> Bool {
        guard let parts = Parts(url) else { return false }
        let scheme = parts.scheme.lowercased()
        return scheme == "http" || scheme == "https"
    }

    // MARK: - Parsing

    /// The pieces of `scheme://userinfo@host:port/path?query#fragment`.
    /// Fails for anything without a scheme and a non-empty host, with a
    /// malformed port, or with characters that have no place in a URL.
    private struct Parts {
        var scheme: Substring
        var userinfo: Substring?
        var host: Substring
        var port: Int?
        var path: Substring
        var query: Substring?

        init?(_ url: String) {
            // Whitespace or control characters inside a URL are either a
            // copy-paste accident or an attempt to confuse a parser.
            guard !url.unicodeScalars.contains(where: URLNormalization.isForbidden) else { return nil }

            // Every delimiter is ASCII, and UTF-8 never uses ASCII bytes inside
            // a multi-byte character, so searching bytes is exact (and fast);
            // UTF-8 view indices are valid String indices for slicing.
            let bytes = url.utf8
            func byte(_ ascii: Unicode.Scalar) -> UInt8 { UInt8(ascii.value) }

            guard let colon = bytes.firstIndex(where: { $0 == byte(":") || $0 == byte("/") || $0 == byte("?") || $0 == byte("#") }),
                bytes[colon] == byte(":")
            else { return nil }
            let scheme = url[url.startIndex..<colon]
            guard let first = scheme.utf8.first, first.isASCIILetter,
                scheme.utf8.allSatisfy({ $0.isASCIILetter || $0.isASCIIDigit || $0 == byte("+") || $0 == byte("-") || $0 == byte(".") })
            else { return nil }

            let afterColon = bytes.index(after: colon)
            guard bytes[afterColon...].starts(with: [byte("/"), byte("/")]) else { return nil }
            let authorityStart = bytes.index(afterColon, offsetBy: 2)

            let authorityEnd = bytes[authorityStart...].firstIndex(where: { $0 == byte("/") || $0 == byte("?") || $0 == byte("#") })
                ?? url.endIndex
            let authority = url[authorityStart..<authorityEnd]

            // Browsers treat "\" as "/" in http URLs; a URL whose authority
            // reads differently to us and to a browser is not acceptable.
            guard !authority.utf8.contains(byte("\\")) else { return nil }

            var hostAndPort = authority
            if let at = authority.utf8.lastIndex(of: byte("@")) {
                userinfo = authority[authority.startIndex..<at]
                hostAndPort = authority[bytes.index(after: at)...]
            } else {
                userinfo = nil
            }

            var host = hostAndPort
            var portText: Substring?
            if hostAndPort.utf8.first == byte("[") {
                // IPv6 literal: the port colon comes after the bracket.
                guard let close = hostAndPort.utf8.firstIndex(of: byte("]")) else { return nil }
                let afterClose = bytes.index(after: close)
                host = hostAndPort[hostAndPort.startIndex..<afterClose]
                let tail = hostAndPort[afterClose...]
                if !tail.isEmpty {
                    guard tail.utf8.first == byte(":") else { return nil }
                    portText = tail[bytes.index(after: afterClose)...]
                }
            } else if let portColon = hostAndPort.utf8.firstIndex(of: byte(":")) {
                host = hostAndPort[hostAndPort.startIndex..<portColon]
                portText = hostAndPort[bytes.index(after: portColon)...]
            }
            guard !host.isEmpty, !host.utf8.contains(where: URLNormalization.isForbiddenInHost) else {
                return nil
            }

            if let portText, !portText.isEmpty {
                guard portText.utf8.count <= 5, portText.utf8.allSatisfy(\.isASCIIDigit),
                    let number = Int(portText), number <= 65_535
                else { return nil }
                port = number
            } else {
                port = nil  // "host:" means the default port.
            }

            let fragmentStart = bytes[authorityEnd...].firstIndex(of: byte("#")) ?? url.endIndex
            if let questionMark = bytes[authorityEnd..<fragmentStart].firstIndex(of: byte("?")) {
                path = url[authorityEnd..<questionMark]
                query = url[bytes.index(after: questionMark)..<fragmentStart]
            } else {
                path = url[authorityEnd..<fragmentStart]
                query = nil
            }
            self.scheme = scheme
            self.host = host
        }
    }

    private static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 0x80 {
            return scalar.value <= 0x20 || scalar.value == 0x7F  // controls, space, DEL
        }
        if (0xC0..<0x250).contains(scalar.value) || (0x400..<0x530).contains(scalar.value) {
            return false  // Latin and Cyrillic letters: no properties lookup needed.
        }
        let properties = scalar.properties
        switch properties.generalCategory {
        case .control, .format, .lineSeparator, .paragraphSeparator, .spaceSeparator:
            return true
        default:
            return properties.isWhitespace
        }
    }

    /// Characters RFC 3986 never allows in a host (besides the delimiters
    /// that ended it), and those browsers refuse in hosts.
    private static func isForbiddenInHost(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\""), UInt8(ascii: "{"),
            UInt8(ascii: "}"), UInt8(ascii: "|"), UInt8(ascii: "^"), UInt8(ascii: "`"):
            return true
        default:
            return false
        }
    }

    private static func defaultPort(forLowercasedScheme scheme: String) -> Int? {
        switch scheme {
        case "http": return 80
        case "https": return 443
        default: return nil
        }
    }

    private static func trimmingWhitespace(_ text: String) -> String {
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
            let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return "" }
        return String(scalars[first...last])
    }

    // MARK: - Host

    /// Lowercase host with non-ASCII labels in Punycode, or nil if a label
    /// cannot be encoded. IDNA's full mapping tables (UTS 46) are out of
    /// scope; lowercasing plus NFC covers Cyrillic and accented Latin domains.
    private static func asciiHost(_ host: Substring) -> String? {
        var lowered = host.lowercased()
        if lowered.utf8.allSatisfy({ $0 < 0x80 }) { return lowered }
        // NFC joins a decomposed "u" + "◌̈" into "ü" so both spellings encode
        // alike; only needed (and only paid for) when a combining mark occurs.
        if lowered.unicodeScalars.contains(where: isCombining) {
            lowered = lowered.precomposedStringWithCanonicalMapping
        }

        var result = ""
        var label: [UInt32] = []
        var labelIsASCII = true
        func flush() -> Bool {
            if labelIsASCII {
                result.unicodeScalars.append(contentsOf: label.lazy.map { Unicode.Scalar(UInt8($0)) })
            } else {
                guard let encoded = Punycode.encode(label) else { return false }
                result += "xn--" + encoded
            }
            label.removeAll(keepingCapacity: true)
            labelIsASCII = true
            return true
        }
        for scalar in lowered.unicodeScalars {
            switch scalar {
            // Ideographic and full-width full stops separate labels in IDNA too.
            case ".", "\u{3002}", "\u{FF0E}", "\u{FF61}":
                guard flush() else { return nil }
                result += "."
            default:
                label.append(scalar.value)
                if scalar.value >= 0x80 { labelIsASCII = false }
            }
        }
        guard flush() else { return nil }
        return result
    }

    private static func isCombining(_ scalar: Unicode.Scalar) -> Bool {
        guard scalar.value >= 0x300 else { return false }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }

    // MARK: - Path

    private static func canonicalPath(_ path: Substring, keepingTrailingSlash: Bool) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(path.utf8.count + 8)
        let input = Array(path.utf8)
        var index = 0
        while index < input.count {
            let byte = input[index]
            if byte == UInt8(ascii: "%"), index + 2 < input.count,
                let high = hexValue(input[index + 1]), let low = hexValue(input[index + 2])
            {
                let decoded = high << 4 | low
                if isUnreserved(decoded) {
                    bytes.append(decoded)
                } else {
                    appendPercentEncoded(decoded, to: &bytes)
                }
                index += 3
                continue
            }
            if isAllowedInPath(byte) {
                bytes.append(byte)
            } else {
                appendPercentEncoded(byte, to: &bytes)  // non-ASCII, stray "%", "<", …
            }
            index += 1
        }

        var segments = removingDotSegments(String(decoding: bytes, as: UTF8.self))
        if segments.isEmpty { segments = "/" }
        if !keepingTrailingSlash && segments.count > 1 && segments.hasSuffix("/") { segments.removeLast() }
        if !segments.hasPrefix("/") { segments = "/" + segments }
        return segments
    }

    /// RFC 3986 §5.2.4, on an absolute path.
    private static func removingDotSegments(_ path: String) -> String {
        // Only "/." can start a dot segment; most paths have none ("/a/b.html").
        var previous: UInt8 = 0
        var hasDotSegment = false
        for byte in path.utf8 {
            if previous == UInt8(ascii: "/") && byte == UInt8(ascii: ".") {
                hasDotSegment = true
                break
            }
            previous = byte
        }
        guard hasDotSegment else { return path }
        var output: [Substring] = []
        let segments = path.split(separator: "/", omittingEmptySubsequences: false)
        for (position, segment) in segments.enumerated().dropFirst() {
            let isLast = position == segments.count - 1
            switch segment {
            case ".":
                if isLast { output.append("") }
            case "..":
                if !output.isEmpty { output.removeLast() }
                if isLast { output.append("") }
            default:
                output.append(segment)
            }
        }
        return "/" + output.joined(separator: "/")
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case 0x30...0x39: return byte - 0x30
        case 0x41...0x46: return byte - 0x41 + 10
        case 0x61...0x66: return byte - 0x61 + 10
        default: return nil
        }
    }

    private static func appendPercentEncoded(_ byte: UInt8, to bytes: inout [UInt8]) {
        let digits = Array("0123456789ABCDEF".utf8)
        bytes.append(UInt8(ascii: "%"))
        bytes.append(digits[Int(byte >> 4)])
        bytes.append(digits[Int(byte & 0x0F)])
    }

    private static func isUnreserved(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A, UInt8(ascii: "-"), UInt8(ascii: "."),
            UInt8(ascii: "_"), UInt8(ascii: "~"):
            return true
        default:
            return false
        }
    }

    /// pchar / "/" from RFC 3986: unreserved, sub-delims, ":" and "@".
    private static func isAllowedInPath(_ byte: UInt8) -> Bool {
        if isUnreserved(byte) { return true }
        switch byte {
        case UInt8(ascii: "!"), UInt8(ascii: "$"), UInt8(ascii: "&"), UInt8(ascii: "'"),
            UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "*"), UInt8(ascii: "+"),
            UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: "="), UInt8(ascii: ":"),
            UInt8(ascii: "@"), UInt8(ascii: "/"):
            return true
        default:
            return false
        }
    }
}

extension UInt8 {
    fileprivate var isASCIILetter: Bool {
        (0x41...0x5A).contains(self) || (0x61...0x7A).contains(self)
    }

    fileprivate var isASCIIDigit: Bool {
        (0x30...0x39).contains(self)
    }
}
