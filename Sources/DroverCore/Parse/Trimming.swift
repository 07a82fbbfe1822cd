extension StringProtocol {
    /// Without surrounding white space. Foundation's `trimmingCharacters(in:)` bridges through
    /// NSString, which showed up as several percent of a 10,000-entry build; this stays in Swift
    /// and returns the text itself when there is nothing to trim.
    func trimmed() -> String {
        guard let first = firstIndex(where: { !$0.isWhitespace }) else { return "" }
        let last = lastIndex(where: { !$0.isWhitespace })!
        return String(self[first...last])
    }
}
