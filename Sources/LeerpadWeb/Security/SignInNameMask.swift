import Crypto
import Foundation

/// What a log line says about the name of a refused sign-in: not the name itself — people type
/// their password into the name field often enough that a logged name can be a password — but
/// the first 8 bytes of an HMAC-SHA256 of the lower-cased name under a key made at start, in hex.
///
/// The same name gives the same mask for the life of the server process, so a log shows one name
/// being tried again and again (and from which addresses); the key never leaves the process's
/// memory, so the mask cannot be turned back into the name by trying candidate names.
struct SignInNameMask: Sendable {
    private let key: [UInt8]

    /// A mask under a fresh random key.
    init() { key = SymmetricKey(size: .bits256).withUnsafeBytes { Array($0) } }

    /// The mask of `name`: 16 hexadecimal digits.
    func mask(_ name: String) -> String {
        let code = HMAC<SHA256>.authenticationCode(for: Data(name.lowercased().utf8), using: SymmetricKey(data: key))
        return code.prefix(8).map { byte in
            let hex = String(byte, radix: 16)
            return byte < 16 ? "0" + hex : hex
        }.joined()
    }
}
