import Testing
@testable import DroverCore

@Suite("Suggestion")
struct SuggestionTests {
    @Test("Edit distance counts insertions, deletions, substitutions and swaps of neighbours", arguments: [
        ("", "", 0), ("", "abc", 3), ("abc", "", 3), ("kitten", "sitting", 3),
        ("promting", "prompting", 1), ("flaw", "lawn", 2), ("same", "same", 0),
        ("asnyc", "async", 1), ("ab", "ba", 1), ("abc", "ca", 3),
    ])
    func editDistanceCountsEdits(a: String, b: String, distance: Int) {
        #expect(Suggestion.editDistance(a, b) == distance)
        #expect(Suggestion.editDistance(b, a) == distance)
    }

    @Test("Cyrillic letters and accents count as one edit each")
    func cyrillicLettersAndAccentsCountAsOneEditEach() {
        #expect(Suggestion.editDistance("промпты", "промты") == 1)
        #expect(Suggestion.editDistance("ёж", "еж") == 1)
        #expect(Suggestion.editDistance("café", "cafe") == 1)
        #expect(Suggestion.editDistance("🚀", "🛸") == 1)
    }

    @Test("Two neighbouring letters swapped are one typo, so they get a suggestion")
    func twoNeighbouringLettersSwappedAreOneTypo() {
        #expect(Suggestion.editDistance("vidoe", "video") == 1)
        #expect(Suggestion.editDistance("asnyc", "async") == 1)
        #expect(Suggestion.editDistance("ca", "abc") == 3)
        #expect(Suggestion.choiceFix(for: "vidoe", among: ResourceType.allCases.map(\.rawValue)) == "did you mean 'video'?")
        #expect(Suggestion.choiceFix(for: "zzz", among: ["a", "b"]) == "use one of a, b")
    }

    @Test("A misspelt word gets the closest candidate")
    func aMisspeltWordGetsTheClosestCandidate() {
        #expect(Suggestion.closest(to: "promting", among: ["research", "prompting"]) == "prompting")
        #expect(Suggestion.closest(to: "нейросетии", among: ["нейросети", "датасеты"]) == "нейросети")
    }

    @Test("A word far from every candidate gets no suggestion")
    func aWordFarFromEveryCandidateGetsNoSuggestion() {
        #expect(Suggestion.closest(to: "xyz", among: ["research"]) == nil)
        #expect(Suggestion.closest(to: "abc", among: [String]()) == nil)
        #expect(Suggestion.closest(to: "promting", among: ["prompting"], maxDistance: 0) == nil)
    }

    @Test("Short words still allow one typo")
    func shortWordsStillAllowOneTypo() {
        #expect(Suggestion.closest(to: "ml", among: ["ai", "mlx"]) == "mlx")
        #expect(Suggestion.closest(to: "", among: ["a"]) == "a")
    }

    @Test("Ties go to the candidate that sorts first, whatever the order")
    func tiesGoToTheCandidateThatSortsFirst() {
        #expect(Suggestion.closest(to: "cat", among: ["cut", "bat", "car"]) == "bat")
        #expect(Suggestion.closest(to: "cat", among: ["car", "cut", "bat"]) == "bat")
        #expect(Suggestion.closest(to: "cat", among: Set(["car", "cut", "bat"])) == "bat")
    }

    @Test("A larger maximum distance allows farther suggestions")
    func aLargerMaximumDistanceAllowsFartherSuggestions() {
        #expect(Suggestion.closest(to: "llm", among: ["llms-agents"], maxDistance: 8) == "llms-agents")
        #expect(Suggestion.closest(to: "llm", among: ["llms-agents"]) == nil)
    }

    @Test("An exact match is returned itself, though callers should not ask")
    func anExactMatchIsReturnedItself() {
        #expect(Suggestion.closest(to: "research", among: ["researc", "research"]) == "research")
    }
}
