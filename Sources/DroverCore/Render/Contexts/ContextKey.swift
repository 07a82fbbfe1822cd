/// A page's key derived from what its template receives: every key its context answers, walked
/// through the same `child(named:)` the template runtime reads, folded into one hash with the
/// theme's fingerprint. A field added to a context is in the key as soon as a template can read
/// it, with no list of dependencies to keep by hand (as ninja and Bazel key an action by its
/// inputs).
///
/// Making a context costs more than the hand-kept pre-filter of `OutputDependencies`, so the
/// build makes contexts only for the pages that filter lets through, and renders a page only
/// when its key moved; `BuildOptions.verifyOutputKeys` makes the context of every other page
/// too, and the randomized incremental test fails if any key moved that the filter missed.
enum ContextKey {
    static func of(_ page: PageContext, themeFingerprint: UInt64) -> UInt64 {
        var hasher = StableHasher()
        hasher.combine(themeFingerprint)
        hasher.combine(page.template)
        page.fold(into: &hasher)
        return hasher.value
    }
}

extension TemplateContext {
    /// Every key of the contract with its value (absent ones too, so a value that comes or goes
    /// moves the key), straight from `fields`. A context whose keys are more than its fields'
    /// (it wraps another) folds the wrapped one too; a test holds every context's `fold` to
    /// `foldingEveryKey`.
    func fold(into hasher: inout StableHasher) {
        Self.fields.fold(self, into: &hasher)
    }

    /// The reference `fold` must equal: each of `Self.keys` looked up as a template does.
    func foldingEveryKey(into hasher: inout StableHasher) {
        for key in Self.keys {
            hasher.combine(key)
            TemplateValue.fold(child(named: key), into: &hasher)
        }
    }
}

extension TemplateValue {
    static func fold(_ value: TemplateValue?, into hasher: inout StableHasher) {
        guard let value else { return hasher.combine(UInt8(0)) }
        switch value {
        case .text(let text):
            hasher.combine(UInt8(1))
            hasher.combine(text)
        case .number(let number):
            hasher.combine(UInt8(2))
            hasher.combine(Int64(number))
        case .flag(let flag):
            hasher.combine(UInt8(flag ? 3 : 4))
        case .context(let parent):
            hasher.combine(UInt8(5))
            parent.fold(into: &hasher)
        case .list(let list):
            hasher.combine(UInt8(6))
            hasher.combine(Int64(list.count))
            list.fold(into: &hasher)
        case .texts(let texts):
            hasher.combine(UInt8(7))
            hasher.combine(Int64(texts.count))
            for text in texts { hasher.combine(text) }
        }
    }
}

extension Array: TemplateFolding where Element: TemplateParent {
    func fold(into hasher: inout StableHasher) {
        for item in self { item.fold(into: &hasher) }
    }
}
