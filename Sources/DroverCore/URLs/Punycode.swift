/// Punycode (RFC 3492) encoding of one domain label, the "xn--" ASCII form
/// of internationalised host names. Needed so that "пример.рф" and
/// "xn--e1afmkfd.xn--p1ai" are recognised as the same host; written out here
/// because Foundation exposes no IDNA API on Linux.
enum Punycode {
    private static let base = 36
    private static let tMin = 1
    private static let tMax = 26
    private static let skew = 38
    private static let damp = 700
    private static let initialBias = 72
    private static let initialN = 128

    /// Encodes Unicode scalar values (without the "xn--" prefix), or nil on
    /// overflow, which only absurdly long labels can cause.
    static func encode(_ input: [UInt32]) -> String? {
        var output: [UInt8] = input.compactMap { $0 < 0x80 ? UInt8($0) : nil }
        let basicCount = output.count
        var handled = basicCount
        if basicCount > 0 { output.append(UInt8(ascii: "-")) }

        var n = initialN
        var delta = 0
        var bias = initialBias
        let values = input.map { Int($0) }

        while handled < values.count {
            guard let next = values.lazy.filter({ $0 >= n }).min() else { return nil }
            let (product, overflowA) = (next - n).multipliedReportingOverflow(by: handled + 1)
            let (sum, overflowB) = delta.addingReportingOverflow(product)
            guard !overflowA, !overflowB, sum <= Int(UInt32.max) else { return nil }
            delta = sum
            n = next

            for value in values {
                if value < n {
                    delta += 1
                    guard delta <= Int(UInt32.max) else { return nil }
                }
                if value == n {
                    var q = delta
                    var k = base
                    while true {
                        let t = k <= bias ? tMin : (k >= bias + tMax ? tMax : k - bias)
                        if q < t { break }
                        output.append(digit(t + (q - t) % (base - t)))
                        q = (q - t) / (base - t)
                        k += base
                    }
                    output.append(digit(q))
                    bias = adapt(delta, pointCount: handled + 1, isFirst: handled == basicCount)
                    delta = 0
                    handled += 1
                }
            }
            delta += 1
            n += 1
        }
        return String(decoding: output, as: UTF8.self)
    }

    private static func adapt(_ delta: Int, pointCount: Int, isFirst: Bool) -> Int {
        var delta = isFirst ? delta / damp : delta / 2
        delta += delta / pointCount
        var k = 0
        while delta > ((base - tMin) * tMax) / 2 {
            delta /= base - tMin
            k += base
        }
        return k + (base - tMin + 1) * delta / (delta + skew)
    }

    private static func digit(_ value: Int) -> UInt8 {
        value < 26 ? UInt8(0x61 + value) : UInt8(0x30 + value - 26)
    }
}
