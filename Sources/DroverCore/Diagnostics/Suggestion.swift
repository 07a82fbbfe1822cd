/// "Did you mean …?" suggestions for misspelt tags, categories and keys.
public enum Suggestion {
    /// Edit distance (insertions, deletions, substitutions and swaps of two neighbouring
    /// letters each cost 1) counted in `Character`s, so a Cyrillic letter or an accented letter is
    /// one edit, not two UTF-8 bytes. Case-sensitive.
    public static func editDistance(_ a: String, _ b: String) -> Int {
        editDistance(Array(a), Array(b))
    }

    /// The candidate closest to `word`, or nil if none is within `maxDistance`
    /// edits (default `max(1, word.count / 3)`: one typo per three letters,
    /// which catches "promting" but does not suggest "research" for "xyz").
    ///
    /// Ties go to the candidate that sorts first, so the message is the same on
    /// every run whatever order the candidates came in.
    ///
    /// Callers ask only when `word` is NOT among the candidates; if it is, it
    /// is returned itself (distance 0).
    public static func closest(
        to word: String, among candidates: some Sequence<String>, maxDistance: Int? = nil
    ) -> String? {
        let wordCharacters = Array(word)
        let limit = maxDistance ?? max(1, wordCharacters.count / 3)
        guard limit >= 0 else { return nil }

        var best: (candidate: String, distance: Int)?
        for candidate in candidates {
            let characters = Array(candidate)
            // The length difference is a lower bound of the distance: skip the
            // quadratic work for candidates that cannot win.
            let bound = best.map { $0.distance } ?? limit
            if abs(characters.count - wordCharacters.count) > bound { continue }
            let distance = editDistance(wordCharacters, characters)
            guard distance <= limit else { continue }
            if let current = best {
                if distance < current.distance || (distance == current.distance && candidate < current.candidate) {
                    best = (candidate, distance)
                }
            } else {
                best = (candidate, distance)
            }
        }
        return best?.candidate
    }

    /// Optimal string alignment: Levenshtein plus the swap of two neighbouring letters, at
    /// cost 1, since "asnyc" for "async" is one slip of the fingers, not two. Three rows,
    /// O(|a|·|b|) time, O(|b|) memory.
    private static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var beforePrevious = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                current[j] = min(substitution, previous[j] + 1, current[j - 1] + 1)
                if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                    current[j] = min(current[j], beforePrevious[j - 2] + 1)
                }
            }
            (beforePrevious, previous, current) = (previous, current, beforePrevious)
        }
        return previous[b.count]
    }
}
