import LeerpadApp
import LeerpadCore

extension APIModels {
    /// The answer of `POST /api/badges/verify`.
    struct BadgeVerificationResponse: Encodable {
        /// One badge's verdict.
        struct Badge: Encodable {
            var number: Int
            var valid: Bool
            var revoked: Bool
            var credentialId: String?
            var name: String?
            var keyId: String?
            /// The verdict in words (in the request's language).
            var message: String

            init(_ check: BadgeCheck, language: Language) {
                number = check.number
                valid = check.isValid
                message = check.line(in: language)
                switch check.result {
                case .success(let verification):
                    revoked = verification.revoked
                    credentialId = verification.credentialID
                    name = verification.name
                    keyId = verification.keyID
                case .failure:
                    revoked = false
                }
            }
        }

        /// Whether every badge verified and none is revoked.
        var valid: Bool
        var badges: [Badge]
    }
}
