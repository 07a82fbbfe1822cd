import Testing
@testable import DroverCore

@Suite("Punycode")
struct PunycodeTests {
    @Test("Labels encode to the RFC 3492 ASCII form", arguments: [
        ("пример", "e1afmkfd"),
        ("рф", "p1ai"),
        ("испытание", "80akhbyknj4f"),
        ("münchen", "mnchen-3ya"),
        ("bücher", "bcher-kva"),
        ("例え", "r8jz45g"),
        ("abc", "abc-"),
    ])
    func labelsEncodeToTheASCIIForm(label: String, encoded: String) {
        #expect(Punycode.encode(label.unicodeScalars.map(\.value)) == encoded)
    }
}
