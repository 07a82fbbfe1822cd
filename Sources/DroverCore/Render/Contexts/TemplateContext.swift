/// A value a template reads: a `Sendable` struct whose keys are listed once, in `fields`, each
/// with the accessor that answers it through `child(named:)` as a typed `TemplateValue`, which
/// the template runtime (Render/Template/) reads without casts or reflection.
///
/// The keys are the contract with the theme: theme/README.md documents exactly these names (a test
/// holds the two together), and the build's change detection fingerprints exactly these values,
/// so whatever a template can read is what decides whether its page is rendered again.
protocol TemplateContext: TemplateParent {
    /// Every name a template may look up on this value, optional ones included, and its value.
    static var fields: TemplateFields<Self> { get }
    /// Every key, `fields`' unless a context adds those of a value it wraps. A requirement, not
    /// only an extension, so that fingerprints walk a wrapping context's own list.
    static var keys: [String] { get }
    /// Adds every value a template can read from this context to a hasher: by default each key
    /// and its value in turn; a context made once and listed many times keeps its hash instead.
    func fingerprint(into hasher: inout StableHasher)
}

/// A context type's keys, in documentation order, with their accessors.
struct TemplateFields<Context>: Sendable {
    typealias Accessor = @Sendable (Context) -> TemplateValue?
    let keys: [String]
    private let accessors: [String: Accessor]

    init(_ fields: KeyValuePairs<String, Accessor>) {
        keys = fields.map(\.key)
        accessors = Dictionary(uniqueKeysWithValues: fields.map { ($0.key, $0.value) })
    }

    func value(of key: String, in context: Context) -> TemplateValue? {
        accessors[key]?(context)
    }
}

extension TemplateContext {
    static var keys: [String] { fields.keys }

    func child(named name: String) -> TemplateValue? {
        Self.fields.value(of: name, in: self)
    }

    func fingerprint(into hasher: inout StableHasher) {
        fingerprintFields(into: &hasher)
    }

    /// Adds every value a template can read from this context to `hasher`, key by key.
    func fingerprintFields(into hasher: inout StableHasher) {
        for key in Self.keys {
            hasher.combine(key)
            TemplateValueFingerprint.combine(child(named: key), into: &hasher)
        }
    }
}

/// Shorthands for the accessors of optional fields: absent stays absent.
extension TemplateValue {
    static func text(ifPresent text: String?) -> TemplateValue? { text.map(TemplateValue.text) }
}

/// Fingerprints the values contexts hand to templates: text, numbers, flags, nested contexts
/// (the interface strings and the pre-rendered cards among them) and lists.
enum TemplateValueFingerprint {
    static func combine(_ value: TemplateValue?, into hasher: inout StableHasher) {
        switch value {
        case nil:
            hasher.combine(UInt8(0))
        case .text(let text):
            hasher.combine(UInt8(1))
            hasher.combine(text)
        case .number(let number):
            hasher.combine(UInt8(2))
            hasher.combine(Int64(number))
        case .flag(let flag):
            hasher.combine(UInt8(3))
            hasher.combine(UInt8(flag ? 1 : 0))
        case .context(let context):
            hasher.combine(UInt8(5))
            context.fingerprint(into: &hasher)
        case .list(let list):
            hasher.combine(UInt8(6))
            list.fingerprintItems(into: &hasher)
        case .texts(let texts):
            hasher.combine(UInt8(7))
            hasher.combine(Int64(texts.count))
            for text in texts { hasher.combine(text) }
        }
    }
}
