/// A value a template reads: a `Sendable` struct whose keys are listed once, in `fields`, each
/// with the accessor that answers it through `child(named:)` as a typed `TemplateValue`, which
/// the template runtime (Render/Template/) reads without casts or reflection.
///
/// The keys are the contract with the theme: theme/README.md documents exactly these names, and a
/// test holds the two together. (Whether a page is rendered again is decided by the inputs it is
/// made from, not by its context: see `OutputDependencies`.)
protocol TemplateContext: TemplateParent {
    /// Every name a template may look up on this value, optional ones included, and its value.
    static var fields: TemplateFields<Self> { get }
    /// Every key, `fields`' unless a context adds those of a value it wraps. A requirement, not
    /// only an extension, so that the contract test reads a wrapping context's own list.
    static var keys: [String] { get }
}

/// A context type's keys, in documentation order, with their accessors.
struct TemplateFields<Context>: Sendable {
    typealias Accessor = @Sendable (Context) -> TemplateValue?
    let keys: [String]
    private let accessors: [String: Accessor]
    /// The accessors in key order, for folding a context without a lookup per key.
    private let ordered: [Accessor]

    init(_ fields: KeyValuePairs<String, Accessor>) {
        keys = fields.map(\.key)
        accessors = Dictionary(uniqueKeysWithValues: fields.map { ($0.key, $0.value) })
        ordered = fields.map(\.value)
    }

    func value(of key: String, in context: Context) -> TemplateValue? {
        accessors[key]?(context)
    }

    /// Every key with its value in `context` (see `ContextKey`).
    func fold(_ context: Context, into hasher: inout StableHasher) {
        for (key, accessor) in zip(keys, ordered) {
            hasher.combine(key)
            TemplateValue.fold(accessor(context), into: &hasher)
        }
    }
}

extension TemplateContext {
    static var keys: [String] { fields.keys }

    func child(named name: String) -> TemplateValue? {
        Self.fields.value(of: name, in: self)
    }
}

/// Shorthands for the accessors of optional fields: absent stays absent.
extension TemplateValue {
    static func text(ifPresent text: String?) -> TemplateValue? { text.map(TemplateValue.text) }
}

/// A context kept behind one reference. A `TemplateValue.context` holds its value in an
/// existential, which stores up to three words inline and copies anything larger into a new box
/// at every lookup: `{{t.…}}`, `{{page.…}}` and `{{site.…}}` are read dozens of times a page, and
/// their structs are larger. Shared, each lookup costs one reference count.
final class SharedContext<Context: TemplateParent>: TemplateParent {
    let context: Context
    /// What `context` folds to, once: `site`, `urls` and `t` are in every page's key.
    private let key: UInt64

    init(_ context: Context) {
        self.context = context
        var hasher = StableHasher()
        context.fold(into: &hasher)
        key = hasher.value
    }

    func fold(into hasher: inout StableHasher) {
        hasher.combine(key)
    }

    func child(named name: String) -> TemplateValue? {
        context.child(named: name)
    }
}
