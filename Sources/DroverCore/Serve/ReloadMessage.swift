import Foundation

/// What the server tells open pages, as server-sent events on `/_drover/events`.
public enum ReloadMessage: Sendable, Equatable {
    /// Sent first on every connection: the site's generation, so a page that reconnects after
    /// missing a rebuild (the server restarted, the laptop slept) reloads itself.
    case hello(generation: Int)
    /// The site changed: reload the page.
    case reload
    /// Only stylesheets changed: re-fetch them, keep the page (and its scroll position).
    case css
    /// The last rebuild failed: show these diagnostics over the page, which stays as it was.
    case errors([Diagnostic])
    /// The build is good again: remove the overlay.
    case clear

    public var name: String {
        switch self {
        case .hello: "hello"
        case .reload: "reload"
        case .css: "css"
        case .errors: "errors"
        case .clear: "clear"
        }
    }

    /// The event as it goes on the wire: `event: NAME`, one `data:` line of JSON, a blank line.
    public var eventText: String {
        "event: \(name)\ndata: \(json)\n\n"
    }

    /// The message's data. JSON never holds a raw newline, so it fits on one `data:` line.
    public var json: String {
        switch self {
        case .hello(let generation): return "{\"generation\":\(generation)}"
        case .errors(let diagnostics):
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            let payload = ErrorsPayload(diagnostics: diagnostics.map(DiagnosticPayload.init))
            return (try? encoder.encode(payload)).map { String(decoding: $0, as: UTF8.self) } ?? "{\"diagnostics\":[]}"
        case .reload, .css, .clear: return "{}"
        }
    }

    /// The errors event's data, for the overlay (and for tests that read it back).
    public struct ErrorsPayload: Codable, Sendable, Equatable {
        public var diagnostics: [DiagnosticPayload]
    }

    public struct DiagnosticPayload: Codable, Sendable, Equatable {
        /// `content/research/x.md:4:7`
        public var place: String
        public var file: String
        public var line: Int
        public var column: Int
        public var severity: String
        public var message: String
        public var fix: String?

        init(_ diagnostic: Diagnostic) {
            place = diagnostic.place
            file = diagnostic.file
            line = diagnostic.line
            column = diagnostic.column
            severity = diagnostic.severity.rawValue
            message = diagnostic.message
            fix = diagnostic.fix
        }
    }
}
