import Foundation
import HTTPTypes
import Hummingbird
import LeerpadApp
import LeerpadCore

/// JSON responses with a stable encoding.
enum JSONResponse {
    static func make(_ value: some Encodable, status: HTTPResponse.Status = .ok) -> Response {
        make(bytes: encode(value), status: status)
    }

    /// A JSON response of bytes already encoded (by ``encode(_:)``).
    static func make(bytes: ByteBuffer, status: HTTPResponse.Status = .ok) -> Response {
        Response(
            status: status, headers: [.contentType: "application/json; charset=utf-8"], body: .init(byteBuffer: bytes))
    }

    /// `value` in the stable encoding: sorted keys, unescaped slashes, ISO 8601 dates.
    static func encode(_ value: some Encodable) -> ByteBuffer {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        let data = (try? encoder.encode(value)) ?? Data(#"{"error":"could not encode the response"}"#.utf8)
        return ByteBuffer(bytes: data)
    }

    static func text(_ text: String, contentType: String, fileName: String? = nil) -> Response {
        var headers: HTTPFields = [.contentType: contentType]
        if let fileName { headers[.contentDisposition] = "attachment; filename=\"\(fileName)\"" }
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(string: text)))
    }
}
