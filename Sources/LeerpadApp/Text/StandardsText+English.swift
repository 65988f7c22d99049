import LeerpadExport

extension StandardsText {
    /// The text in English.
    public var english: String {
        switch self {
        case .badgeValid(let name, let id, let key): "valid: ‘\(name)’ (\(id)), signed with \(key)"
        case .badgeRevoked(let name, let id): "revoked: ‘\(name)’ (\(id)); the event behind it was revoked"
        case .badgeRefused(let number, let error): "badge \(number) refused: \(Self.english(error))"
        case .noBadgesInFile(let file): "\(file): no VC-JWT found (a file with one JWT, or a badge export)"
        case .badgesSigned(let count, let issuer): "\(count) badges signed by \(issuer) (VC-JWT, EdDSA)"
        case .keyRotated(let id): "new signing key \(id); earlier keys stay in did.json, old badges stay valid"
        case .lrsReport(let queued, let delivered, let pending):
            "LRS: \(queued) newly queued, \(delivered) delivered, \(pending) pending"
        case .lrsLastError(let error): "last error: \(error)"
        case .lrsOutboxEmpty: "the LRS outbox is empty"
        case .lrsEndpointStatus(let endpoint, let pending, let delivered):
            "\(endpoint): \(pending) pending, \(delivered) delivered"
        case .lrsNextAttempt(let when): "next attempt: \(when)"
        case .lrsNotConfigured: "no LRS is set"
        case .lrsSaved: "LRS saved; the statements are queued"
        case .lrsTitle: "LRS (learning record store)"
        case .lrsURL: "LRS address (xAPI)"
        case .lrsUser: "User"
        case .lrsPassword: "Password (leave empty to keep the stored one)"
        case .lrsSaveAndSend: "Save and send"
        }
    }

    private static func english(_ error: BadgeVerificationError) -> String {
        switch error {
        case .malformed(let reason): "not a valid VC-JWT (\(reason))"
        case .unsupportedAlgorithm(let alg): "algorithm ‘\(alg)’ is not accepted, only EdDSA"
        case .unknownKey(let kid): "key ‘\(kid)’ is not one of the issuer's"
        case .badSignature(let kid): "the signature does not match (key \(kid)): the badge was changed"
        case .wrongIssuer(let credential, let key): "issuer ‘\(credential)’ does not match key \(key)"
        case .claimMismatch(let claim, let expected, let found):
            "JWT claim \(claim) is ‘\(found)’, the badge says ‘\(expected)’"
        case .notABadge(let reason): "not an Open Badges 3.0 credential: \(reason)"
        case .copyDiffers(let id): "the readable copy of \(id) differs from what was signed"
        }
    }
}
