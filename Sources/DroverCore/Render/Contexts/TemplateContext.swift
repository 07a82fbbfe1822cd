import Mustache

/// A value a template reads: a `Sendable` struct whose keys are listed once, in `fields`, each
/// with the accessor that answers it through `child(named:)` (swift-mustache's lookup for custom
/// types, which avoids both `[String: Any]` dictionaries and reflection).
///
/// The keys are the contract with the theme: theme/README.md documents exactly these names (a test
/// holds the two together), and the build's change detection fingerprints exactly these values,
/// so whatever a template can read is what decides whether its page is rendered again.
protocol TemplateContext: MustacheParent, Sendable {
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
    typealias Accessor = @Sendable (Context) -> Any?
    let keys: [String]
    private let accessors: [String: Accessor]

    init(_ fields: KeyValuePairs<String, Accessor>) {
        keys = fields.map(\.key)
        accessors = Dictionary(uniqueKeysWithValues: fields.map { ($0.key, $0.value) })
    }

    func value(of key: String, in context: Context) -> Any? {
        accessors[key]?(context)
    }
}

extension TemplateContext {
    static var keys: [String] { fields.keys }

    func child(named name: String) -> Any? {
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

/// A list of contexts (`entries`, `nav`, `tags`…): fingerprinted item by item without boxing
/// each item, which matters for block and tag pages that list hundreds of entries.
protocol FingerprintableList {
    func fingerprintItems(into hasher: inout StableHasher)
}

extension Array: FingerprintableList where Element: TemplateContext {
    func fingerprintItems(into hasher: inout StableHasher) {
        hasher.combine(Int64(count))
        for item in self { item.fingerprint(into: &hasher) }
    }
}

/// Fingerprints the values contexts hand to templates: text, numbers, flags, nested contexts,
/// lists of them, and the pre-rendered cards. A value of any other type is a programming error
/// that the contract test catches (every key of every context is fingerprinted there).
enum TemplateValueFingerprint {
    static func combine(_ value: Any?, into hasher: inout StableHasher) {
        switch value {
        case nil:
            hasher.combine(UInt8(0))
        case let text as String:
            hasher.combine(UInt8(1))
            hasher.combine(text)
        case let number as Int:
            hasher.combine(UInt8(2))
            hasher.combine(Int64(number))
        case let flag as Bool:
            hasher.combine(UInt8(3))
            hasher.combine(UInt8(flag ? 1 : 0))
        case let context as any TemplateContext:
            hasher.combine(UInt8(5))
            context.fingerprint(into: &hasher)
        case let list as any FingerprintableList:
            hasher.combine(UInt8(6))
            list.fingerprintItems(into: &hasher)
        case let texts as [String]:
            hasher.combine(UInt8(7))
            hasher.combine(Int64(texts.count))
            for text in texts { hasher.combine(text) }
        case let cards as RenderedCards:
            hasher.combine(UInt8(8))
            hasher.combine(cards.fingerprint)
        case let strings as InterfaceStrings:
            hasher.combine(UInt8(10))
            hasher.combine(strings.fingerprint)
        default:
            assertionFailure("a template context handed out a \(type(of: value!)), which cannot be fingerprinted")
            hasher.combine(UInt8(9))
            hasher.combine(String(describing: value!))
        }
    }
}
