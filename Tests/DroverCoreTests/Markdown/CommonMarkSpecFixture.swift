import Foundation

/// The CommonMark 0.30 spec examples shipped in the shared fixtures folder,
/// which sits beside the repository clone (locally and in CI).
struct CommonMarkSpecExample: Decodable, Sendable {
    let example: Int
    let section: String
    let markdown: String
    let html: String
}

enum CommonMarkSpecFixture {
    static let expectedExampleCount = 652

    /// The examples, or the error that kept them from loading (a missing
    /// fixture must fail the tests, not make them pass on nothing).
    static let examples: Result<[CommonMarkSpecExample], any Error> = Result {
        let data = try Data(contentsOf: try fixtureURL())
        return try JSONDecoder().decode([CommonMarkSpecExample].self, from: data)
    }

    private struct FixtureNotFound: Error, CustomStringConvertible {
        let description: String
    }

    /// `../shared/fixtures/commonmark-0.30-spec.json` relative to the folder
    /// holding Package.swift, found by walking up from this file.
    private static func fixtureURL() throws -> URL {
        var directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while directory.path != "/" {
            if FileManager.default.fileExists(atPath: directory.appendingPathComponent("Package.swift").path) {
                return directory
                    .deletingLastPathComponent()
                    .appendingPathComponent("shared/fixtures/commonmark-0.30-spec.json")
            }
            directory = directory.deletingLastPathComponent()
        }
        throw FixtureNotFound(description: "no Package.swift above \(#filePath)")
    }
}
