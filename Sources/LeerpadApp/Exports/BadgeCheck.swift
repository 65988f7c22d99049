import Foundation
import LeerpadCore
import LeerpadExport

/// The verdict on one badge found in a file or request.
public struct BadgeCheck: Sendable {
    /// Its place in the input, from 1.
    public var number: Int
    /// The verification, or why it failed.
    public var result: Result<BadgeVerification, BadgeVerificationError>

    /// Whether it verified and is not revoked.
    public var isValid: Bool {
        if case .success(let verification) = result { return !verification.revoked }
        return false
    }

    /// One line in `language`.
    public func line(in language: Language) -> String {
        switch result {
        case .success(let verification) where verification.revoked:
            StandardsText.badgeRevoked(name: verification.name, id: verification.credentialID).text(language)
        case .success(let verification):
            StandardsText.badgeValid(
                name: verification.name, id: verification.credentialID, key: verification.keyID
            ).text(language)
        case .failure(let error): StandardsText.badgeRefused(number: number, error).text(language)
        }
    }

    /// Every badge in `text`: one compact JWT, or JSON holding `jwt` members (a badge export,
    /// with its readable `credential` copies checked too), each verified by `verifier`.
    public static func checks(in text: String, verifier: BadgeVerifier) -> [BadgeCheck] {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        var found: [(jwt: String, copy: [String: Any]?)] = []
        if let json = try? JSONSerialization.jsonObject(with: Data(trimmed.utf8)) {
            collect(json, into: &found)
        } else if !trimmed.isEmpty {
            found = [(trimmed, nil)]
        }
        return found.enumerated().map { index, item in
            let result: Result<BadgeVerification, BadgeVerificationError>
            do throws(BadgeVerificationError) {
                if let copy = item.copy {
                    result = .success(try verifier.verify(item.jwt, copy: copy))
                } else {
                    result = .success(try verifier.verify(item.jwt))
                }
            } catch {
                result = .failure(error)
            }
            return BadgeCheck(number: index + 1, result: result)
        }
    }

    private static func collect(_ value: Any, into found: inout [(jwt: String, copy: [String: Any]?)]) {
        if let object = value as? [String: Any] {
            if let jwt = object["jwt"] as? String {
                found.append((jwt, object["credential"] as? [String: Any]))
                return
            }
            for key in object.keys.sorted() { collect(object[key]!, into: &found) }
        } else if let array = value as? [Any] {
            for item in array { collect(item, into: &found) }
        } else if let string = value as? String, string.split(separator: ".").count == 3, string.hasPrefix("eyJ") {
            found.append((string, nil))
        }
    }
}
