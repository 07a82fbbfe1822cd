import Foundation

extension String {
    /// Percent-escapes decoded, or the text as it is when it has none or they are malformed.
    /// Most links have no `%`, and skip Foundation's decoder, which is slow on half a million.
    var percentDecoded: String {
        guard utf8.contains(UInt8(ascii: "%")) else { return self }
        return removingPercentEncoding ?? self
    }
}
