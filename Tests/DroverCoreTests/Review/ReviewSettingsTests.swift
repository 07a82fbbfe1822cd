import Testing
@testable import DroverCore

/// `review.max_age` in site.yml: days per type, or `never`; each wrong value reported where it is.
@Suite struct ReviewSettingsTests {
    static func load(_ tail: String) -> (SiteConfig?, [String]) {
        let yaml = "title: t\ndescription: d\nbase_url: https://e.org/\nlanguage: en\n" + tail
        var diagnostics: [Diagnostic] = []
        let config = SiteConfig.load(yaml: yaml, file: "content/site.yml", baseURLOverride: nil, diagnostics: &diagnostics)
        return (config, diagnostics.sorted().map(\.description))
    }

    @Test func withoutTheSettingEachTypeHasItsDefault() {
        let (config, diagnostics) = Self.load("")
        #expect(diagnostics.isEmpty)
        #expect(config?.review.maxAge[.channel] == 180)
        #expect(config?.review.maxAge[.tool] == 365)
        #expect(config?.review.maxAge[.article] == 540)
        #expect(config?.review.maxAge[.paper] == nil)
        #expect(config?.review.maxAge[.book] == nil)
    }

    @Test func daysAndNeverOverrideTheDefaultsOfTheTypesNamed() {
        let (config, diagnostics) = Self.load("review:\n  max_age:\n    channel: 90\n    tool: never\n    paper: 3650\n")
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        #expect(config?.review.maxAge[.channel] == 90)
        #expect(config?.review.maxAge[.tool] == nil)
        #expect(config?.review.maxAge[.paper] == 3650)
        #expect(config?.review.maxAge[.article] == 540)
    }

    @Test func wrongValuesAreConfigurationErrorsAtTheirPlace() {
        let (_, diagnostics) = Self.load("review:\n  max_age:\n    chanel: 90\n    tool: 0\n    video: soon\n  maxage: 3\n")
        #expect(diagnostics == [
            "content/site.yml:7:5: error: unknown type 'chanel' in 'review.max_age'; did you mean 'channel'?",
            "content/site.yml:8:11: error: 'review.max_age.tool' must be a number of days (1 or more) or never, found \"0\"; write it as tool: 365, or tool: never to keep it from expiring",
            "content/site.yml:9:12: error: 'review.max_age.video' must be a number of days (1 or more) or never, found \"soon\"; write it as video: 365, or video: never to keep it from expiring",
            "content/site.yml:10:3: warning: unknown field 'maxage' in review settings; did you mean 'max_age'?",
        ])
    }
}
