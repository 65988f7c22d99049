import LeerpadCore

/// Random tokens for sessions and CSRF, from the random source (the system's cryptographically
/// secure generator in the program).
enum Tokens {
    /// 32 random bytes as 64 lowercase hex digits.
    static func make(_ random: RandomSource) -> String {
        var text = ""
        for _ in 0..<4 {
            let value = random.next()
            let hex = String(value, radix: 16)
            text += String(repeating: "0", count: 16 - hex.count) + hex
        }
        return text
    }

    /// Whether `token` looks like one of ours (so that odd cookie values are ignored).
    static func isWellFormed(_ token: String) -> Bool {
        token.utf8.count == 64 && token.utf8.allSatisfy { (48...57).contains($0) || (97...102).contains($0) }
    }

    /// Compares two strings in time independent of where they differ.
    static func equal(_ left: String, _ right: String) -> Bool {
        let a = Array(left.utf8)
        let b = Array(right.utf8)
        guard a.count == b.count else { return false }
        var difference: UInt8 = 0
        for index in a.indices { difference |= a[index] ^ b[index] }
        return difference == 0
    }
}
