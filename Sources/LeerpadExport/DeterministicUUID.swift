import LeerpadCore

/// UUIDs derived from a name, so that exporting the same event twice gives the same
/// statement id (a Learning Record Store then ignores the duplicate). Formatted as RFC 4122
/// version-4 UUIDs (variant 10), which xAPI validators accept.
enum DeterministicUUID {
    static func make(_ name: String) -> String {
        // FNV-1a over the name seeds SplitMix64 for 128 well-mixed bits.
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in name.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x100_0000_01b3
        }
        var random = SplitMix64(seed: hash)
        var bytes = (0..<2).flatMap { _ in withUnsafeBytes(of: random.next().bigEndian, Array.init) }
        bytes[6] = (bytes[6] & 0x0F) | 0x40
        bytes[8] = (bytes[8] & 0x3F) | 0x80
        let hex = bytes.map { byte in
            String(byte, radix: 16).count == 1 ? "0" + String(byte, radix: 16) : String(byte, radix: 16)
        }
        .joined()
        let characters = Array(hex)
        return [0..<8, 8..<12, 12..<16, 16..<20, 20..<32].map { String(characters[$0]) }.joined(separator: "-")
    }
}
