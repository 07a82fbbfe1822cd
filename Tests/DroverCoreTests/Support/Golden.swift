import Foundation
import Testing

/// Compares output with a file under Fixtures/; DROVER_UPDATE_GOLDEN=1 rewrites the file instead.
enum Golden {
    static var updating: Bool { ProcessInfo.processInfo.environment["DROVER_UPDATE_GOLDEN"] == "1" }

    static func check(_ actual: String, against relativePath: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let url = FixtureSite.fixtures.appendingPathComponent(relativePath)
        if updating {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try actual.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        #expect(actual == expected, "output differs from \(relativePath)", sourceLocation: sourceLocation)
    }
}
