import Foundation
import Hummingbird
import LeerpadApp
import LeerpadCore
import LeerpadStore

/// The JSON body of every API error.
struct ErrorBody: Codable, Sendable {
    var error: String
    var field: String?

    private enum CodingKeys: String, CodingKey { case error, field }

    /// Always both keys; `field` is `null` when no field is at fault.
    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(error, forKey: .error)
        try container.encode(field, forKey: .field)
    }
}
