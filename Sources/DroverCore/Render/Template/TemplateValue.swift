/// What a context hands a template for one key: typed, so rendering never casts. A key whose
/// value is absent (an optional field that is nil, an unknown name) answers nil, and the lookup
/// goes on up the context stack, as Mustache specifies.
///
/// Section truthiness follows swift-mustache: only `false`, an absent value and an empty list
/// hide a section; "" and 0 are present and show it (see `BlockDetail.introHTML`).
enum TemplateValue: Sendable {
    case text(String)
    case number(Int)
    case flag(Bool)
    /// A nested context (`site`, `block`, `t`…): a section over it pushes it on the stack.
    case context(any TemplateParent)
    /// A list of contexts, kept as the typed array it is (`entries`, `nav`…): no item is boxed.
    case list(any TemplateList)
    /// A list of texts (`authors`): a section renders once per text, `{{.}}` being the text.
    case texts([String])
}

/// A value whose keys a template can read: every context, and the few tables (`t`, the
/// pre-rendered cards) whose keys are data rather than code.
protocol TemplateParent: TemplateFolding {
    /// The value of `name`, or nil when it is absent or not a key of this value.
    func child(named name: String) -> TemplateValue?
}

/// A value that can feed everything a template may read of it into a hash (see `ContextKey`):
/// a requirement of every parent and list, so that no value reaches a template unkeyed.
protocol TemplateFolding: Sendable {
    func fold(into hasher: inout StableHasher)
}

/// A list a section iterates: answers its items' keys in place, so a list of 50 entries is
/// rendered without copying any entry into a box.
protocol TemplateList: TemplateFolding {
    var count: Int { get }
    func child(named name: String, at index: Int) -> TemplateValue?
    /// The item itself, for `{{.}}` (boxed: rare).
    func value(at index: Int) -> TemplateValue
}

extension Array: TemplateList where Element: TemplateParent {
    func child(named name: String, at index: Int) -> TemplateValue? {
        self[index].child(named: name)
    }

    func value(at index: Int) -> TemplateValue {
        .context(self[index])
    }
}
