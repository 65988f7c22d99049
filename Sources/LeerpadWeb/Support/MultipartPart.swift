import Foundation
import Hummingbird
import LeerpadCore

/// One part of a `multipart/form-data` body.
struct MultipartPart: Sendable {
    var name: String
    var fileName: String?
    var data: Data
}
