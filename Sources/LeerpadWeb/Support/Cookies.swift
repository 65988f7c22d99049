import Foundation
import HTTPTypes
import Hummingbird
import LeerpadApp
import LeerpadCore

/// Cookie names.
enum Cookies {
    static let csrf = "leerpad_csrf"
    static let session = "leerpad_session"
    /// The respondent's own response in a round.
    static func response(_ roundID: Int64) -> String { "leerpad_response_\(roundID)" }
}
