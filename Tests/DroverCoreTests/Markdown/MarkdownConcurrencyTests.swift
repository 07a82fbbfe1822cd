import Dispatch
import Foundation
import Testing
import DroverCore

@Suite("Concurrency")
struct MarkdownConcurrencyTests {
    /// Everything a pipeline reads from one document.
    private struct Outcome: Equatable {
        var html: String
        var links: [MarkdownLink]
        var headings: [MarkdownHeading]
        var plainText: String
    }

    private static func markdown(_ index: Int) -> String {
        """
        # Документ \(index)

        Text with [a link](page-\(index).md), ![img](i\(index).png) and <https://example.com/\(index)>.

        ## Раздел *\(index % 7)*

        > Quote with <b>raw</b> [ref][r]
        > and a [second](s.md) line.

        ## Раздел *\(index % 7)*

        ```swift
        let value = \(index)
        ```

        [r]: ref-\(index).md
        """
    }

    private static func process(_ index: Int) -> Outcome {
        var document = MarkdownDocument(
            parsing: markdown(index),
            options: MarkdownOptions(allowRawHTML: index % 2 == 0, headingAnchors: index % 3 != 0)
        )
        document.rewriteLinks { link in
            link.destination.hasSuffix(".md") ? String(link.destination.dropLast(3)) + ".html" : nil
        }
        return Outcome(html: document.renderHTML(), links: document.links,
                       headings: document.headings, plainText: document.plainText)
    }

    /// Results written from many threads, one slot each.
    private final class Results: @unchecked Sendable {
        private let lock = NSLock()
        private var outcomes: [Int: Outcome] = [:]

        func store(_ outcome: Outcome, at index: Int) {
            lock.lock()
            outcomes[index] = outcome
            lock.unlock()
        }

        func ordered(count: Int) -> [Outcome?] {
            lock.lock()
            defer { lock.unlock() }
            return (0..<count).map { outcomes[$0] }
        }
    }

    @Test("200 documents parsed, rewritten and rendered concurrently match the serial results")
    func concurrentRenderingMatchesSerial() {
        let count = 200
        let serial = (0..<count).map(Self.process)
        let results = Results()
        DispatchQueue.concurrentPerform(iterations: count) { index in
            results.store(Self.process(index), at: index)
        }
        let concurrent = results.ordered(count: count)
        #expect(concurrent == serial.map { Optional($0) })
        // Not vacuous: every document produced its links, headings and ids.
        #expect(serial.allSatisfy { $0.links.count == 5 && $0.headings.count == 3 })
        #expect(serial[1].html.contains("<h2 id=\"раздел-1-1\">"))
        #expect(serial[1].html.contains("href=\"page-1.html\""))
    }
}
