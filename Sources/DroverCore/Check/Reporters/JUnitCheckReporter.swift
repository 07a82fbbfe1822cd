/// `--format junit`: one test case per external URL and per internal problem, which CI
/// systems (GitLab, Jenkins, Azure) show as a test report.
///
/// JUnit has no warnings: a URL in a warning class passes with the reason in its
/// `system-out`, unless `--strict` made it a failure.
struct JUnitCheckReporter {
    func render(_ report: CheckReport) -> String {
        let strict = report.strict
        var internalCases: [String] = report.internalProblems.map { problem in
            "    <testcase classname=\"internal\" name=\"\(attr(problem.place))\">\n" +
            "      <failure type=\"internal\" message=\"\(attr(problem.explanation))\"/>\n" +
            "    </testcase>\n"
        }
        if internalCases.isEmpty {
            internalCases = ["    <testcase classname=\"internal\" name=\"\(report.internalLinks) links on \(report.pagesChecked) pages\"/>\n"]
        }

        var failures = 0, skipped = 0
        let externalCases: [String] = report.links.map { checked in
            let result = checked.result
            let head = "    <testcase classname=\"\(attr(checked.link.sources.first?.file ?? "external"))\" name=\"\(attr(checked.link.url))\""
            let (message, fix) = CheckReport.describe(checked)
            let text = fix.map { "\(message); \($0)" } ?? message
            switch result.linkClass.severity {
            case .error,
                 .warning where strict:
                failures += 1
                return head + ">\n      <failure type=\"\(result.linkClass.rawValue)\" message=\"\(attr(text))\"/>\n\(sources(checked))    </testcase>\n"
            case .warning:
                return head + ">\n      <system-out>warning: \(attr(text))</system-out>\n\(sources(checked))    </testcase>\n"
            case .fine where result.linkClass == .skipped:
                skipped += 1
                return head + ">\n      <skipped message=\"\(attr(result.detail))\"/>\n    </testcase>\n"
            case .fine:
                return head + "/>\n"
            }
        }

        // The build's own problems (a failed build's errors above all), when it had any.
        let buildProblems = report.build.diagnostics.sorted
        let buildFailures = buildProblems.count { $0.severity == .error }
        let buildCases: [String] = buildProblems.map { problem in
            let head = "    <testcase classname=\"build\" name=\"\(attr(problem.place))\""
            return problem.severity == .error
                ? head + ">\n      <failure type=\"\(problem.kind.rawValue)\" message=\"\(attr(problem.explanation))\"/>\n    </testcase>\n"
                : head + ">\n      <system-out>warning: \(attr(problem.explanation))</system-out>\n    </testcase>\n"
        }

        let internalFailures = report.internalProblems.count
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        out += "<testsuites name=\"drover check\" tests=\"\(buildCases.count + internalCases.count + externalCases.count)\" "
            + "failures=\"\(buildFailures + internalFailures + failures)\">\n"
        if !buildCases.isEmpty {
            out += "  <testsuite name=\"build\" tests=\"\(buildCases.count)\" failures=\"\(buildFailures)\">\n"
            out += buildCases.joined()
            out += "  </testsuite>\n"
        }
        out += "  <testsuite name=\"internal links\" tests=\"\(internalCases.count)\" failures=\"\(internalFailures)\">\n"
        out += internalCases.joined()
        out += "  </testsuite>\n"
        out += "  <testsuite name=\"external links\" tests=\"\(externalCases.count)\" failures=\"\(failures)\" skipped=\"\(skipped)\">\n"
        out += externalCases.joined()
        // The run's notes (the machine looks offline, the cache was unreadable) belong to no one URL.
        if !report.notes.isEmpty {
            out += "    <system-out>\(attr(report.notes.map { "note: \($0)" }.joined(separator: "\n")))</system-out>\n"
        }
        out += "  </testsuite>\n</testsuites>\n"
        return out
    }

    /// Every place the URL is written, for the reader of a failed case.
    private func sources(_ checked: CheckedLink) -> String {
        let places = checked.link.sources.map { "\($0.file):\($0.line):\($0.column)" }
        return "      <system-err>linked from \(attr(places.joined(separator: ", ")))</system-err>\n"
    }

    private func attr(_ text: String) -> String {
        Escaping.xml(text)
    }
}
