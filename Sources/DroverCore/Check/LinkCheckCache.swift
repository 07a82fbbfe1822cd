import Foundation

/// Results of earlier runs, so a CI job re-checks each URL every few days rather than on
/// every push, and the hosts see a fraction of the requests.
///
/// Each class lives as long as it is likely to stay true: a working page for a week, a
/// broken one for an hour. Transient classes (rate-limited, unreachable, TLS errors) are
/// never kept, so a bad moment of the network cannot pass as a verdict. Expiry is spread
/// with jitter, so URLs checked together do not all fall due on the same later run.
struct LinkCheckCache {
    struct Record: Codable, Equatable {
        var result: LinkResult
        var checked: Date
        var expires: Date

        enum CodingKeys: String, CodingKey { case result, checked, expires }
    }

    private(set) var records: [String: Record] = [:]

    static let timeToLive: [LinkClass: TimeInterval] = [
        .ok: 7 * 86400,
        .redirect: 3 * 86400,
        .moved: 86400,
        .archived: 3 * 86400,
        .withdrawn: 3 * 86400,
        .softNotFound: 3600,
        .blocked: 86400,
        .broken: 3600,
    ]
    /// Each lifetime is cut by up to this fraction, at random.
    static let jitter = 0.25

    init() {}

    /// Reads `path`; a missing file is an empty cache, an unreadable one is reported and ignored.
    static func load(path: String) -> (cache: LinkCheckCache, problem: String?) {
        guard let data = FileManager.default.contents(atPath: path) else { return (LinkCheckCache(), nil) }
        do {
            let file = try decoder.decode(File.self, from: data)
            guard file.version == File.currentVersion else {
                return (LinkCheckCache(), "\(path) was written by another version of drover; starting a new cache")
            }
            var cache = LinkCheckCache()
            cache.records = file.urls
            return (cache, nil)
        } catch {
            return (LinkCheckCache(), "\(path) cannot be read (\(error.localizedDescription)); starting a new cache")
        }
    }

    /// The stored result for a normalized URL, if it has not expired.
    func lookup(_ key: String, now: Date) -> LinkResult? {
        guard let record = records[key], record.expires > now else { return nil }
        var result = record.result
        result.fromCache = true
        result.requests = 0
        return result
    }

    mutating func store(_ result: LinkResult, for key: String, now: Date, random: () -> Double = { Double.random(in: 0..<1) }) {
        guard !result.linkClass.isTransient, let lifetime = Self.timeToLive[result.linkClass] else {
            records[key] = nil
            return
        }
        var stored = result
        stored.fromCache = false
        stored.requests = 0
        let expires = now.addingTimeInterval(lifetime * (1 - Self.jitter * random()))
        records[key] = Record(result: stored, checked: now, expires: expires)
    }

    /// Drops what has expired, so the file does not grow forever.
    mutating func prune(now: Date) {
        records = records.filter { $0.value.expires > now }
    }

    /// Writes the whole file at once (to a temporary name, then renamed), so a run that is
    /// interrupted never leaves half a cache behind.
    func save(path: String) throws {
        let url = URL(fileURLWithPath: path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        let data = try encoder.encode(File(version: File.currentVersion, urls: records))
        let temporary = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).\(getpid()).tmp")
        try data.write(to: temporary)
        // rename(2) replaces the old file in one step (FileManager.replaceItemAt on Linux
        // removes it first, and can fail after that).
        guard rename(temporary.path, url.path) == 0 else {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: temporary)
            throw CocoaError(.fileWriteUnknown, userInfo: [NSLocalizedDescriptionKey: reason])
        }
    }

    private struct File: Codable {
        // 2: host adapters (checked_by, facts) and the archived, withdrawn and soft-404 classes.
        static let currentVersion = 2
        var version: Int
        var urls: [String: Record]
    }

    private static var decoder: JSONDecoder {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return decoder
    }
}
