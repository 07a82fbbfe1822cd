import Testing
@testable import DroverCore

/// `pagination.per_page` in site.yml: a whole number ≥ 0, else a configuration error at the value.
@Suite struct PaginationSettingsTests {
    static func load(_ tail: String) -> (SiteConfig?, [Diagnostic]) {
        let yaml = "title: t\ndescription: d\nbase_url: https://e.org/\nlanguage: ru\n" + tail
        var diagnostics: [Diagnostic] = []
        let config = SiteConfig.load(yaml: yaml, file: "content/site.yml", baseURLOverride: nil, diagnostics: &diagnostics)
        return (config, diagnostics)
    }

    @Test func withoutTheSettingListsHaveFiftyEntriesAPage() {
        let (config, diagnostics) = Self.load("")
        #expect(diagnostics.isEmpty)
        #expect(config?.perPage == 50)
    }

    @Test(arguments: [("0", 0), ("1", 1), ("30", 30), ("+7", 7)])
    func aWholeNumberIsThePageSize(written: String, size: Int) {
        let (config, diagnostics) = Self.load("pagination:\n  per_page: \(written)\n")
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        #expect(config?.perPage == size)
    }

    @Test(arguments: [
        ("-1", "content/site.yml:6:13: error: 'pagination.per_page' must be 0 or more, found -1; write it as per_page: 50, or per_page: 0 to list every entry on one page"),
        ("2.5", "content/site.yml:6:13: error: 'per_page' must be a whole number, found \"2.5\"; write it as per_page: 50"),
        ("десять", "content/site.yml:6:13: error: 'per_page' must be a whole number, found \"десять\"; write it as per_page: 50"),
        ("", "content/site.yml:6:12: error: 'per_page' must be a whole number, found nothing; write it as per_page: 50"),
        ("[10]", "content/site.yml:6:13: error: 'per_page' must be a whole number, found a list; write it as per_page: 50"),
    ])
    func anythingElseIsAnErrorAtItsValue(written: String, expected: String) {
        let (config, diagnostics) = Self.load("pagination:\n  per_page: \(written)\n")
        #expect(diagnostics.map(\.description) == [expected])
        #expect(config?.perPage == 50, "the build stops on the error; the default stands in meanwhile")
    }

    @Test func aMisspeltKeyIsAWarningWithTheRightName() {
        let (_, diagnostics) = Self.load("pagination:\n  perpage: 10\n")
        #expect(diagnostics.map(\.description) == ["content/site.yml:6:3: warning: unknown field 'perpage' in pagination settings; did you mean 'per_page'?"])
    }

    @Test func paginationMustBeAMapping() {
        let (_, diagnostics) = Self.load("pagination: 10\n")
        #expect(diagnostics.map(\.description) == ["content/site.yml:5:13: error: 'pagination' must be a mapping of fields, found \"10\""])
    }
}
