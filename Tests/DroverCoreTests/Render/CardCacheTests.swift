import Foundation
import Testing
@testable import DroverCore

/// `entry-card…` partials are rendered once per entry and reused in lists; the page must read
/// exactly as if each partial had been rendered in place, nested cards included.
@Suite struct CardCacheTests {
    @Test func nestedCardPartialsRenderAsIfInPlace() async throws {
        let site = try FixtureSite()
        defer { site.remove() }
        let templates = site.theme + "/templates/"
        try "<b>{{title}}</b>{{#tags}}[{{title}}]{{/tags}}{{site.root}}".write(toFile: templates + "entry-card-body.mustache", atomically: true, encoding: .utf8)
        try "<i>{{> entry-card-body }}</i>".write(toFile: templates + "entry-card.mustache", atomically: true, encoding: .utf8)
        try "{{#entries}}{{> entry-card}}\n{{/entries}}".write(toFile: templates + "block.mustache", atomically: true, encoding: .utf8)
        let report = await site.build()
        #expect(report.succeeded, "\(FixtureSite.text(report))")
        #expect(site.read("site/research/index.html") == """
            <i><b>Alignment: a primer</b>[LLM][Нейросети]/collection/</i>
            <i><b>GPTs are GPTs: An Early Look at the Labor Market Impact Potential of LLMs</b>[LLM][Нейросети][Машинное обучение]/collection/</i>

            """)
    }
}
