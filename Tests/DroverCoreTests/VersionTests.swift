import Testing
@testable import DroverCore

@Test func versionIsSemantic() {
    #expect(DroverVersion.current.split(separator: ".").count == 3)
}
