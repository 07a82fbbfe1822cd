import ArgumentParser
import DroverCore
import Foundation

/// `drover review`: the entries that deserve a look. Exit 0 when the queue is empty, 1 when it
/// is not, 2 on usage or configuration errors; with `--checked`, 0 when every file was marked.
/// It never fails a build: content problems are shown, and the entries that loaded reviewed.
struct ReviewCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "review",
        abstract: "List the entries that deserve a look, most urgent first.",
        discussion: """
        An entry is queued when it has gone unchecked (its 'updated' date, else 'added') for \
        longer than its type allows (site.yml's review.max_age), or when the last 'drover check' \
        saw its link broken, moved, blocked, showing a missing page, archived or withdrawn, its \
        GitHub repository without a push for two years, or a newer arXiv version. Nothing is \
        requested: the link check's cache is read as it is. After looking at an entry, \
        'drover review --checked FILE' sets its 'updated' to today.
        """
    )

    @Option(help: ArgumentHelp("The collection's folder.", valueName: "dir"))
    var content = "content"

    @Option(help: ArgumentHelp("The output format: text, json, or markdown (a checklist for a GitHub issue).", valueName: "format"))
    var format = "text"

    @Option(help: ArgumentHelp("The day to review on (YYYY-MM-DD); today in UTC by default.", valueName: "date"))
    var today: String?

    @Option(help: ArgumentHelp("The link check's cache, written by 'drover check'.", valueName: "file"))
    var cache = ".drover/linkcheck.json"

    @Option(parsing: .upToNextOption,
            help: ArgumentHelp("Mark these entry files as checked today (sets 'updated'), instead of listing the queue.", valueName: "file"))
    var checked: [String] = []

    func validate() throws {
        guard ReviewReport.Format(rawValue: format) != nil else {
            throw ValidationError("--format must be text, json or markdown, found '\(format)'")
        }
        if let today, ISODate(today) == nil {
            throw ValidationError("--today must be a date written YYYY-MM-DD, found '\(today)'")
        }
    }

    func run() async throws {
        let day = today.flatMap(ISODate.init) ?? ISODate(daysSinceEpoch: Int((Date().timeIntervalSince1970 / 86400).rounded(.down)))!
        if !checked.isEmpty {
            try markChecked(on: day)
            return
        }
        let (queue, diagnostics, cacheProblem) = await ReviewQueue.load(content: content, cachePath: cache, today: day)
        let printer = DiagnosticPrinter(useColor: isatty(STDERR_FILENO) == 1)
        for diagnostic in diagnostics.sorted { printError(printer.format(diagnostic)) }
        if let cacheProblem { printError("warning: \(cacheProblem); only the entries' ages are reviewed") }
        let code = ExitStatus.code(for: diagnostics.sorted)
        guard let queue, code != ExitStatus.usage else {
            printError("review failed: \(DiagnosticPrinter.summary(diagnostics))")
            throw ExitCode(ExitStatus.usage)
        }
        print(ReviewReport.render(queue, as: ReviewReport.Format(rawValue: format)!), terminator: "")
        throw ExitCode(queue.items.isEmpty ? ExitStatus.success : ExitStatus.problems)
    }

    /// Every file is tried, and each one that cannot be marked is reported, before the exit code.
    private func markChecked(on day: ISODate) throws {
        var failed = false
        for file in checked {
            guard let data = FileManager.default.contents(atPath: file) else {
                printError("error: \(file): cannot be read")
                failed = true
                continue
            }
            switch CheckedMark.apply(to: Array(data), today: day) {
            case .failure(let problem):
                printError("error: \(file): \(problem.message)")
                failed = true
            case .success(let marked):
                do {
                    try Data(marked).write(to: URL(fileURLWithPath: file), options: .atomic)
                    print("\(file): updated: \(day)")
                } catch {
                    printError("error: cannot write \(file): \(error.localizedDescription)")
                    failed = true
                }
            }
        }
        if failed { throw ExitCode(ExitStatus.usage) }
    }
}
