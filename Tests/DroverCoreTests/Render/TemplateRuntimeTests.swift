import Foundation
import Mustache
import Testing
@testable import DroverCore

/// The template runtime, case by case: each expected output is written out, and swift-mustache
/// 2.1.1 (the engine the theme was written for) must render the same.
@Suite struct TemplateRuntimeTests {
    /// A context made of named values.
    struct Values: TemplateParent {
        var values: [String: TemplateValue]
        init(_ values: [String: TemplateValue] = [:]) { self.values = values }
        func child(named name: String) -> TemplateValue? { values[name] }
        func fold(into hasher: inout StableHasher) {
            for key in values.keys.sorted() {
                hasher.combine(key)
                TemplateValue.fold(values[key], into: &hasher)
            }
        }
    }

    /// `template` rendered by the runtime, after checking that swift-mustache agrees.
    func render(_ template: String, partials: [String: String] = [:], _ root: Values = Values()) throws -> String {
        var library = TemplateLibrary()
        library.register(try TemplateParser.parse(template).nodes, named: "main")
        for (name, text) in partials { library.register(try TemplateParser.parse(text).nodes, named: name) }
        let ours = String(decoding: library.render("main", with: root), as: UTF8.self)
        let oracle = try MustacheOracle(texts: partials.merging(["main": template]) { $1 }).render("main", root)
        #expect(ours == oracle, "swift-mustache renders \(template.debugDescription) as \(oracle.debugDescription)")
        return ours
    }

    @Test func interpolationEscapesUnlessTripleOrAmpersand() throws {
        let root = Values(["a": .text(#"<b>"x" & 'y'</b>"#)])
        #expect(try render("{{a}}|{{{a}}}|{{& a}}|{{ a }}", root)
                == #"&lt;b&gt;&quot;x&quot; &amp; &#39;y&#39;&lt;/b&gt;|<b>"x" & 'y'</b>|<b>"x" & 'y'</b>|&lt;b&gt;&quot;x&quot; &amp; &#39;y&#39;&lt;/b&gt;"#)
        #expect(try render("{{n}} {{f}} {{g}} [{{missing}}] «{{c}}»", Values(["n": .number(42), "f": .flag(true), "g": .flag(false), "c": .text("Ёж")]))
                == "42 true false [] «Ёж»")
    }

    @Test(arguments: [
        (TemplateValue?.some(.flag(true)), "yes"), (.flag(false), "no"), (nil, "no"), (.text(""), "yes"), (.text("x"), "yes"),
        (.number(0), "yes"), (.list([Values]()), "no"), (.list([Values()]), "yes"), (.texts([]), "no"), (.texts(["a"]), "yes"),
        (.context(Values()), "yes"),
    ])
    func sectionsShowForEveryValueButFalseAbsentAndEmpty(value: TemplateValue?, shown: String) throws {
        var root = Values()
        root.values["v"] = value
        #expect(try render("{{#v}}yes{{/v}}{{^v}}no{{/v}}", root) == shown)
    }

    @Test func sectionsIterateListsAndPushValues() throws {
        #expect(try render("{{#v}}[{{.}}]{{/v}}", Values(["v": .texts(["a", "<b>"])])) == "[a][&lt;b&gt;]")
        #expect(try render("{{#v}}[{{.}}]{{/v}}", Values(["v": .text("x")])) == "[x]")
        #expect(try render("{{#v}}[{{.}}]{{/v}}", Values(["v": .number(3)])) == "[3]")
        let items: [Values] = [Values(["name": .text("a")]), Values(["name": .text("b"), "title": .text("B")])]
        #expect(try render("{{#items}}{{name}}:{{title}};{{/items}}", Values(["items": .list(items), "title": .text("T")])) == "a:T;b:B;")
    }

    @Test func dottedNamesClimbTheStackOnlyForTheirFirstPart() throws {
        let root = Values([
            "site": .context(Values(["title": .text("Site")])),
            "a": .context(Values(["b": .text("outer")])),
            "title": .text("Root"),
            "items": .list([Values(["a": .context(Values(["c": .text("inner")]))])]),
        ])
        #expect(try render("{{site.title}}|{{#items}}{{site.title}}/{{a.b}}/{{a.c}}/{{.title}}/{{title}}{{/items}}|{{site.nope.x}}", root)
                == "Site|Site//inner//Root|")
    }

    @Test func standaloneTagsTakeTheirWholeLine() throws {
        let root = Values(["v": .flag(true), "w": .flag(false)])
        #expect(try render("a\n  {{#v}}\n  b\n  {{/v}}\n  {{^w}}\n  c\n  {{/w}}\nd\n", root) == "a\n  b\n  c\nd\n")
        #expect(try render("a\n  {{! a note }}\nb\n", root) == "a\nb\n")
        #expect(try render("a {{! a note }} b {{#v}}x{{/v}}\n", root) == "a  b x\n")
    }

    @Test func standalonePartialsIndentEveryLine() throws {
        let partials = ["item": "<li>1</li>\n<li>2</li>\n", "inline": "x\ny"]
        #expect(try render("<ul>\n  {{> item}}\n</ul>\n", partials: partials) == "<ul>\n  <li>1</li>\n  <li>2</li>\n</ul>\n")
        #expect(try render("a {{> inline}} b\n", partials: partials) == "a x\ny b\n")
        #expect(try render("[{{> missing}}]", partials: partials) == "[]")
        let nested = ["outer": "<div>\n  {{> item}}\n</div>\n", "item": "<p>\n</p>\n"]
        #expect(try render("  {{> outer}}\n", partials: nested) == "  <div>\n    <p>\n    </p>\n  </div>\n")
    }

    @Test func delimitersAndPragmas() throws {
        let root = Values(["a": .text("<x>")])
        #expect(try render("{{=<% %>=}}\n<% a %> {{a}}\n<%={{ }}=%>{{a}}", root) == "&lt;x&gt; {{a}}\n&lt;x&gt;")
        #expect(try render("{{% CONTENT_TYPE: TEXT}}\n{{a}}", root) == "<x>")
    }

    /// Where swift-mustache refuses a template, the runtime does at the same line and column.
    @Test(arguments: [
        ("a\n{{#x}}\nb", 3, 2, "the section {{#x}} is never closed"),
        ("{{#x}}\n  {{/y}}", 2, 6, "{{/y}} closes a section, but the open one is {{#x}}"),
        ("x {{a", 1, 6, "a tag is not closed, or its name has characters a name cannot have"),
        ("{{! open", 1, 4, "a comment is never closed"),
    ])
    func errorsNameTheLineAndColumn(template: String, line: Int, column: Int, message: String) throws {
        #expect(throws: TemplateParseError.self) { try TemplateParser.parse(template) }
        do {
            _ = try TemplateParser.parse(template)
        } catch {
            #expect(error.line == line && error.column == column, "\(error)")
            #expect(error.message == message)
        }
        do {
            _ = try MustacheTemplate(string: template)
            Issue.record("swift-mustache accepts \(template.debugDescription)")
        } catch let error as MustacheTemplate.ParserError {
            #expect(error.context.lineNumber == line && error.context.columnNumber == column, "\(error.context)")
        }
    }

    @Test func featuresTheThemeDoesNotUseAreRefused() throws {
        for template in ["{{uppercased(a)}}", "{{<base}}{{/base}}", "{{$block}}x{{/block}}", "{{>*dynamic}}"] {
            #expect(throws: TemplateParseError.self, "\(template)") { try TemplateParser.parse(template) }
        }
    }

    @Test func anUnknownPartialIsAThemeError() async throws {
        let site = try FixtureSite()
        defer { site.remove() }
        try "{{> head}}\n<p>{{> nowhere}}</p>\n".write(toFile: site.theme + "/templates/404.mustache", atomically: true, encoding: .utf8)
        let report = await site.build()
        #expect(!report.succeeded)
        let text = FixtureSite.text(report)
        #expect(text.contains("404.mustache:2:4"), "\(text)")
        #expect(text.contains("template error: the partial 'nowhere' is not a template of this theme"), "\(text)")
    }
}
