import LeerpadCore
import LeerpadExport

/// The words of signed badges and LRS delivery: verification verdicts, key rotation, the outbox.
///
/// The Dutch texts are in `StandardsText+Dutch.swift`, the English ones in `StandardsText+English.swift`,
/// each an exhaustive switch.
public enum StandardsText: TextCatalogue {
    case badgeValid(name: String, id: String, key: String)
    case badgeRevoked(name: String, id: String)
    case badgeRefused(number: Int, BadgeVerificationError)
    case noBadgesInFile(String)
    case badgesSigned(count: Int, issuer: String)
    case keyRotated(String)
    case lrsReport(queued: Int, delivered: Int, pending: Int)
    case lrsLastError(String)
    case lrsOutboxEmpty
    case lrsEndpointStatus(endpoint: String, pending: Int, delivered: Int)
    case lrsNextAttempt(String)
    case lrsNotConfigured
    case lrsSaved
    case lrsTitle
    case lrsURL
    case lrsUser
    case lrsPassword
    case lrsSaveAndSend
}
