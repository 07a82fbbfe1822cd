/// Chooses the theme's translation table for the site's language, lays the site's overrides
/// over it, and checks the result: every string the engine composes and every `t.KEY` a
/// template reads must be there, in the right shape, or the build stops with an error naming
/// the key and the language (never an empty string on a page).
enum InterfaceStringsLoader {
    /// A table of the theme as read from `i18n/<language>.yml`.
    struct ThemeTable: Sendable {
        var language: String
        /// As diagnostics name it: `theme/i18n/en.yml`.
        var file: String
        var text: String
    }

    static func load(language: String, theme: Theme, overrides: StringTable, diagnostics: inout [Diagnostic]) -> InterfaceStrings? {
        let start = diagnostics.count
        let strings = resolve(language: language, theme: theme, overrides: overrides, diagnostics: &diagnostics)
        return DiagnosticList(Array(diagnostics[start...])).isFatal(strict: false) ? nil : strings
    }

    private static func resolve(language: String, theme: Theme, overrides: StringTable,
                                diagnostics: inout [Diagnostic]) -> InterfaceStrings? {
        guard let themeTable = table(for: language, in: theme.stringTables) else {
            let known = theme.stringTables.map(\.language).sorted()
            diagnostics.append(Diagnostic(file: theme.displayRoot + "/i18n/\(language).yml",
                                          message: "the theme has no interface strings for the site's language '\(language)'",
                                          fix: known.isEmpty
                                            ? "add i18n/\(language).yml to the theme (see “Adding a language” in the README)"
                                            : "add i18n/\(language).yml to the theme (copy \(known.contains("en") ? "en" : known[0]).yml and translate it), or set 'language' in site.yml to one of: \(known.joined(separator: ", "))",
                                          kind: .theme))
            return nil
        }
        let themeStart = diagnostics.count
        let base = StringTable.read(yaml: themeTable.text, file: themeTable.file, diagnostics: &diagnostics)
        DiagnosticList.mark(&diagnostics, from: themeStart, as: .theme)
        guard let base else { return nil }

        var merged = base.items.mapValues { (item: $0, fromSite: false) }
        for (key, item) in overrides.items {
            if base.items[key] == nil, !theme.stringReferences.keys.contains(key), !EngineString.isOptional(key),
               !EngineString.all.contains(where: { $0.key == key }) {
                let known = Set(base.items.keys).union(theme.stringReferences.keys)
                diagnostics.append(Diagnostic(file: item.location.file, line: item.location.line, column: item.location.column,
                                              severity: .warning, message: "unknown interface string '\(key)' in strings:",
                                              fix: Suggestion.closest(to: key, among: known.sorted(), maxDistance: 3).map { "did you mean '\($0)'?" }
                                                ?? "the strings are those of \(themeTable.file)", kind: .configuration))
                continue
            }
            merged[key] = (item, true)
        }

        func problem(_ key: String, _ message: String, fix: String) {
            if let written = merged[key] {
                let location = written.item.location
                diagnostics.append(Diagnostic(file: location.file, line: location.line, column: location.column,
                                              message: message, fix: fix, kind: written.fromSite ? .configuration : .theme))
            } else {
                diagnostics.append(Diagnostic(file: themeTable.file, message: message, fix: fix, kind: .theme))
            }
        }
        let whereToAdd = "add it to \(themeTable.file), or to site.yml under strings:"

        var rule = PluralRule(language: language)
        if let written = merged[EngineString.pluralRuleKey] {
            if case .text(let name) = written.item.value, let named = PluralRule(rawValue: name) {
                rule = named
            } else {
                problem(EngineString.pluralRuleKey, "'\(EngineString.pluralRuleKey)' of the '\(language)' strings is not a plural rule Drover knows",
                        fix: "write one of: \(PluralRule.allCases.map(\.rawValue).joined(separator: ", "))")
            }
        }
        guard let rule else {
            problem(EngineString.pluralRuleKey, "Drover knows no plural rule for the language '\(language)'",
                    fix: "add plural_rule: with one of \(PluralRule.allCases.map(\.rawValue).joined(separator: ", ")) to \(themeTable.file)")
            return nil
        }

        for string in EngineString.all {
            guard let item = merged[string.key]?.item else {
                problem(string.key, "the '\(language)' interface strings have no '\(string.key)', which the engine needs", fix: whereToAdd)
                continue
            }
            let key = string.key
            switch (string.shape, item.value) {
            case (.text(let allowed), .text(let text)):
                for name in Placeholders.names(in: text) where !allowed.contains(name) {
                    problem(key, "'\(key)' of the '\(language)' strings uses {\(name)}, which the engine does not fill",
                            fix: allowed.isEmpty ? "write it without placeholders" : "it can use \(allowed.sorted().map { "{\($0)}" }.joined(separator: ", "))")
                }
            case (.plural(let allowed), .plural(let forms)):
                let missing = rule.categories.filter { forms[$0] == nil }
                if !missing.isEmpty {
                    problem(key, "'\(key)' of the '\(language)' strings has no \(missing.map(\.rawValue).joined(separator: ", ")) form",
                            fix: "the \(rule.rawValue) plural rule needs \(rule.categories.map(\.rawValue).joined(separator: ", "))")
                }
                for form in forms.values {
                    for name in Placeholders.names(in: form) where !allowed.contains(name) {
                        problem(key, "'\(key)' of the '\(language)' strings uses {\(name)}, which the engine does not fill",
                                fix: "it can use \(allowed.sorted().map { "{\($0)}" }.joined(separator: ", "))")
                    }
                }
            case (.list(let count), .list(let list)) where list.count == count:
                break
            case (.list(let count), _):
                problem(key, "'\(key)' of the '\(language)' strings must be a list of \(count) texts", fix: "write it as \(key): [\u{2026}]")
            case (.plural, _):
                problem(key, "'\(key)' of the '\(language)' strings must give plural forms, found \(item.value.shapeName)",
                        fix: "write it as \(key): { \(rule.categories.map { "\($0.rawValue): \"…\"" }.joined(separator: ", ")) }")
            case (.text, _):
                problem(key, "'\(key)' of the '\(language)' strings must be a text, found \(item.value.shapeName)",
                        fix: "write it as \(key): \"…\"")
            }
        }
        for (key, template) in theme.stringReferences.sorted(by: { $0.key < $1.key }) {
            switch merged[key]?.item.value {
            case .text: break
            case nil:
                problem(key, "the '\(language)' interface strings have no '\(key)', which \(template) reads as t.\(key)", fix: whereToAdd)
            case let value?:
                problem(key, "'\(key)' of the '\(language)' strings must be a text for \(template), found \(value.shapeName)",
                        fix: "write it as \(key): \"…\"")
            }
        }
        return InterfaceStrings(language: language, pluralRule: rule, values: merged.mapValues(\.item.value))
    }

    /// The table of `language` ("en-GB"), else of its primary language ("en").
    static func table(for language: String, in tables: [ThemeTable]) -> ThemeTable? {
        let lowered = language.lowercased()
        let primary = lowered.split(separator: "-").first.map(String.init) ?? lowered
        return tables.first { $0.language.lowercased() == lowered } ?? tables.first { $0.language.lowercased() == primary }
    }
}

