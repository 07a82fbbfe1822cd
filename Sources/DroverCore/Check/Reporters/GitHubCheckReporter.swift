/// `--format github`: workflow commands that GitHub turns into annotations on the changed lines.
///
/// GitHub shows at most 10 error and 10 warning annotations per step and drops the rest
/// silently, so the first 10 of each become annotations, one notice says how many more
/// there are, and every problem is also printed as a plain log line.
public struct GitHubCheckReporter {
    static let annotationLimit = 10

    func render(_ report: CheckReport) -> String {
        Self.annotations(report.problems)
            + report.notes.map { "::notice title=drover check::\(Self.escapeData($0))\n" }.joined()
            + TextCheckReporter(color: false, timing: true).render(report)
    }

    /// At most 10 error and 10 warning annotations, then a notice counting the rest. Also used
    /// for a build's diagnostics when the check stops at content errors.
    public static func annotations(_ problems: [Diagnostic]) -> String {
        var out = ""
        var shown: [Diagnostic.Severity: Int] = [:]
        for problem in problems {
            guard shown[problem.severity, default: 0] < Self.annotationLimit else { continue }
            shown[problem.severity, default: 0] += 1
            var properties = ["file=\(Self.escapeProperty(problem.file))"]
            if problem.line > 0 { properties.append("line=\(problem.line)") }
            if problem.column > 0 { properties.append("col=\(problem.column)") }
            properties.append("title=\(Self.escapeProperty(Self.title(of: problem)))")
            out += "::\(problem.severity.rawValue) \(properties.joined(separator: ","))::\(Self.escapeData(problem.explanation))\n"
        }
        let errors = problems.count { $0.severity == .error }
        let warnings = problems.count - errors
        let hiddenErrors = errors - shown[.error, default: 0], hiddenWarnings = warnings - shown[.warning, default: 0]
        if hiddenErrors > 0 || hiddenWarnings > 0 {
            out += "::notice title=drover check::\(hiddenErrors) more errors and \(hiddenWarnings) more warnings are not annotated (GitHub shows 10 of each); all are listed in this step's log\n"
        }
        return out
    }

    /// "broken link", "internal link": what the annotation's headline says.
    private static func title(of problem: Diagnostic) -> String {
        if let colon = problem.message.firstIndex(of: ":"), LinkClass(rawValue: String(problem.message[..<colon])) != nil {
            return "drover check: " + problem.message[..<colon] + " link"
        }
        return problem.message.hasPrefix("link '") ? "drover check: broken internal link" : "drover: content error"
    }

    /// The message part of a workflow command: `%`, CR and LF are encoded.
    static func escapeData(_ text: String) -> String {
        text.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "\r", with: "%0D").replacingOccurrences(of: "\n", with: "%0A")
    }

    /// A property value: also `:` and `,`, which separate properties.
    static func escapeProperty(_ text: String) -> String {
        escapeData(text).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
    }
}
