/// The shapes `drover check` can print its findings in.
public enum CheckFormat: String, Sendable, CaseIterable {
    /// For people: problems grouped by file, then a table by class.
    case text
    /// Every URL with its class, status, final URL and sources: for scripts.
    case json
    /// GitHub Actions workflow commands: annotations on the pull request's lines.
    case github
    /// JUnit XML, which most CI systems show as a test report.
    case junit

    /// The report in this format. `color` and `timing` only change the text format; both
    /// are off in golden files, so the same input gives the same bytes.
    public func render(_ report: CheckReport, color: Bool = false, timing: Bool = true) -> String {
        switch self {
        case .text: TextCheckReporter(color: color, timing: timing).render(report)
        case .json: JSONCheckReporter().render(report)
        case .github: GitHubCheckReporter().render(report)
        case .junit: JUnitCheckReporter().render(report)
        }
    }
}
