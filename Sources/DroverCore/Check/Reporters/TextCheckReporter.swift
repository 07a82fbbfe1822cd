import Foundation

/// The human report: each problem on one line under its file, then what every URL came to.
struct TextCheckReporter {
    var color: Bool
    var timing: Bool

    func render(_ report: CheckReport) -> String {
        var out = ""
        var currentFile: String?
        let problems = report.problems
        for problem in problems {
            if problem.file != currentFile {
                if currentFile != nil { out += "\n" }
                out += paint(problem.file, "1") + "\n"
                currentFile = problem.file
            }
            let place = problem.line > 0 ? "\(problem.line):\(max(problem.column, 1))" : "-"
            let severity = problem.severity == .error ? paint("error  ", "31") : paint("warning", "33")
            out += "  \(place.padding(toLength: 8, withPad: " ", startingAt: 0)) \(severity) \(problem.explanation)\n"
        }
        if !problems.isEmpty { out += "\n" }
        for note in report.notes { out += "note: \(note)\n" }
        out += summaryTable(report)
        out += summaryLine(report, problems: problems) + "\n"
        return out
    }

    private func summaryTable(_ report: CheckReport) -> String {
        var rows: [(String, Int)] = [("internal links", report.internalLinks)]
        if !report.internalProblems.isEmpty { rows.append(("  broken", report.internalProblems.count)) }
        rows.append(("external URLs", report.links.count))
        for linkClass in LinkClass.allCases {
            let count = report.count(linkClass)
            if count > 0 { rows.append(("  " + linkClass.rawValue, count)) }
        }
        let width = rows.map { String($0.1).count }.max() ?? 1
        return rows.map { name, count in
            name.padding(toLength: 16, withPad: " ", startingAt: 0) + String(repeating: " ", count: width - String(count).count) + "\(count)\n"
        }.joined() + "\n"
    }

    private func summaryLine(_ report: CheckReport, problems: [Diagnostic]) -> String {
        let errors = problems.count { $0.severity == .error }
        let warnings = problems.count - errors
        var line = "checked \(report.internalLinks) links on \(report.pagesChecked) pages"
        if report.externalChecked {
            let cached = report.links.count { $0.result.fromCache }
            line += " and \(report.links.count) external URLs (\(report.requests) requests, \(cached) from the cache)"
        }
        if timing { line += " in " + String(format: "%.1f", report.seconds) + " s" }
        if !report.externalChecked && !report.links.isEmpty { line += "; external URLs not requested" }
        line += ": "
        if errors == 0 && warnings == 0 { return line + paint("no problems", "32") }
        let counts = DiagnosticPrinter.summary(DiagnosticList(problems))
        return line + paint(counts, errors > 0 ? "31" : "33")
    }

    private func paint(_ text: String, _ code: String) -> String {
        color ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
}
