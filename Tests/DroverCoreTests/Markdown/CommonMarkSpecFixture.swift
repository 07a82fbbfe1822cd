import CCmark
import Foundation

/// One CommonMark 0.30 spec example, as vendored under Fixtures/commonmark (CC BY-SA 4.0).
struct CommonMarkSpecExample: Decodable, Sendable {
    let example: Int
    let section: String
    let markdown: String
    let html: String
}

enum CommonMarkSpecFixture {
    static let expectedExampleCount = 652
    /// The spec version the examples come from; libcmark's version follows the spec's.
    static let specVersion = "0.30"

    /// The libcmark the tests run against, as it reports itself.
    static let libcmarkVersion = String(cString: cmark_version_string())

    /// Whether the installed libcmark implements the spec the examples were taken from: another
    /// version renders some examples differently, and 652 failures would hide the one real cause.
    static var libcmarkMatchesSpec: Bool {
        libcmarkVersion == specVersion || libcmarkVersion.hasPrefix(specVersion + ".")
    }

    /// The examples, or the error that kept them from loading (a missing
    /// fixture must fail the tests, not make them pass on nothing).
    static let examples: Result<[CommonMarkSpecExample], any Error> = Result {
        let data = try Data(contentsOf: fixtureURL)
        return try JSONDecoder().decode([CommonMarkSpecExample].self, from: data)
    }

    private static let fixtureURL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/commonmark/commonmark-0.30-spec.json")
}
