/// Everything that decides a build's output, in one hash: the build's identity, the settings,
/// the theme, every source's path and bytes, and what loading reported (a stray file is one of
/// the inputs too). Equal to the previous build's, with the output as that build left it,
/// nothing needs doing.
enum InputsFingerprint {
    static func of(_ sources: SiteSources, sourceHashes: some Sequence<(path: String, hash: UInt64)>, identity: BuildIdentity,
                   loadDiagnostics: [Diagnostic]) -> UInt64 {
        var hasher = StableHasher()
        hasher.combine(identity.key)
        hasher.combine(sources.settingsFingerprint)
        hasher.combine(sources.theme?.fingerprint ?? 0)
        for file in sources.theme?.staticFiles ?? [] {
            hasher.combine(file.path)
            file.bytes.withUnsafeBytes { hasher.combine(bytes: $0) }
        }
        for (path, hash) in sourceHashes {
            hasher.combine(path)
            hasher.combine(hash)
        }
        for diagnostic in loadDiagnostics { hasher.combine(diagnostic.description) }
        return hasher.value
    }
}
