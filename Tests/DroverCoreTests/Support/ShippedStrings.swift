import Testing
@testable import DroverCore

/// The real theme's interface strings for a language, as a build would load them.
enum ShippedStrings {
    static func theme() throws -> Theme {
        var diagnostics: [Diagnostic] = []
        let root = FixtureSite.repositoryRoot.appendingPathComponent("theme").path
        let theme = Theme.load(from: root, displayRoot: "theme", diagnostics: &diagnostics)
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        return try #require(theme)
    }

    static func load(_ language: String, overrides: StringTable = StringTable()) throws -> InterfaceStrings {
        var diagnostics: [Diagnostic] = []
        let strings = InterfaceStringsLoader.load(language: language, theme: try theme(), overrides: overrides, diagnostics: &diagnostics)
        #expect(diagnostics.isEmpty, "\(diagnostics.map(\.description))")
        return try #require(strings)
    }
}
