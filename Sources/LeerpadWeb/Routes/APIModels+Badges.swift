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

            enum CodingKeys: String, CodingKey { case number, valid, revoked, credentialId, name, keyId, message }

            /// Every member, `null` where unknown (a refused badge has no trusted id, name or key).
            func encode(to encoder: any Encoder) throws {
                var container = encoder.container(keyedBy: CodingKeys.self)
                try container.encode(number, forKey: .number)
                try container.encode(valid, forKey: .valid)
                try container.encode(revoked, forKey: .revoked)
                try container.encode(credentialId, forKey: .credentialId)
                try container.encode(name, forKey: .name)
                try container.encode(keyId, forKey: .keyId)
                try container.encode(message, forKey: .message)
            }

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
