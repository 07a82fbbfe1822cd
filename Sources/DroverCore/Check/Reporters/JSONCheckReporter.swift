import Foundation

/// `--format json`: every internal problem and every external URL with its class, status,
/// final URL and sources, keys sorted so the same run gives the same bytes.
struct JSONCheckReporter {
    private struct Document: Encodable {
        var summary: Summary
        var problems: [Problem]
        var urls: [URLEntry]
        /// What the run says that is not about one link: the machine seems offline, the cache was unreadable.
        var notes: [String]
    }

    private struct Summary: Encodable {
        var errors: Int
        var warnings: Int
        var pages: Int
        var internalLinks: Int
        var internalBroken: Int
        var urls: Int
        var requests: Int
        var externalChecked: Bool
        var classes: [String: Int]

        enum CodingKeys: String, CodingKey {
            case errors, warnings, pages, internalLinks = "internal_links", internalBroken = "internal_broken"
            case urls, requests, externalChecked = "external_checked", classes
        }
    }

    private struct Problem: Encodable {
        var file: String
        var line: Int
        var column: Int
        var severity: String
        var message: String
        var fix: String?
    }

    private struct Source: Encodable {
        var file: String
        var line: Int
        var column: Int
    }

    private struct URLEntry: Encodable {
        var url: String
        var normalized: String
        var linkClass: String
        var status: Int?
        var finalURL: String?
        var detail: String
        var cached: Bool
        var sources: [Source]
        var checkedBy: String?
        var facts: [String: String]

        enum CodingKeys: String, CodingKey {
            case url, normalized, linkClass = "class", status, finalURL = "final_url", detail, cached, sources
            case checkedBy = "checked_by", facts
        }

        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(url, forKey: .url)
            try container.encode(normalized, forKey: .normalized)
            try container.encode(linkClass, forKey: .linkClass)
            try container.encode(status, forKey: .status)  // null rather than absent: every URL has the same keys
            try container.encode(finalURL, forKey: .finalURL)
            try container.encode(detail, forKey: .detail)
            try container.encode(cached, forKey: .cached)
            try container.encode(sources, forKey: .sources)
            try container.encode(checkedBy, forKey: .checkedBy)
            try container.encode(facts, forKey: .facts)
        }
    }

    func render(_ report: CheckReport) -> String {
        let problems = report.problems
        var classes: [String: Int] = [:]
        for checked in report.links { classes[checked.result.linkClass.rawValue, default: 0] += 1 }
        let document = Document(
            summary: Summary(errors: problems.count { $0.severity == .error }, warnings: problems.count { $0.severity == .warning },
                             pages: report.pagesChecked, internalLinks: report.internalLinks, internalBroken: report.internalProblems.count,
                             urls: report.links.count, requests: report.requests, externalChecked: report.externalChecked, classes: classes),
            problems: problems.map { Problem(file: $0.file, line: $0.line, column: $0.column, severity: $0.severity.rawValue, message: $0.message, fix: $0.fix) },
            urls: report.links.map { checked in
                URLEntry(url: checked.link.url, normalized: checked.link.key, linkClass: checked.result.linkClass.rawValue,
                         status: checked.result.status, finalURL: checked.result.finalURL, detail: checked.result.detail,
                         cached: checked.result.fromCache,
                         sources: checked.link.sources.map { Source(file: $0.file, line: $0.line, column: $0.column) },
                         checkedBy: checked.result.checkedBy, facts: checked.result.facts ?? [:])
            },
            notes: report.notes)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(document)) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
