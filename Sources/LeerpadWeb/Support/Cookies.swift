import Foundation
import HTTPTypes
import Hummingbird
import LeerpadApp
import LeerpadCore

/// Cookie names.
enum Cookies {
    static let csrf = "leerpad_csrf"
    static let session = "leerpad_session"
    static func draft(_ teamID: Int64) -> String { "leerpad_draft_\(teamID)" }
}
