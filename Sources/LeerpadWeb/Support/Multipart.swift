import Foundation
import Hummingbird
import LeerpadCore

/// A small `multipart/form-data` reader for the catalogue upload form.
enum Multipart {
    static func parse(_ body: Data, contentType: String) throws(WebError) -> [MultipartPart] {
        guard let range = contentType.range(of: "boundary=") else {
            throw .badRequest("multipart body without boundary")
        }
        var boundary = String(contentType[range.upperBound...].prefix { $0 != ";" })
        if boundary.hasPrefix("\""), boundary.hasSuffix("\""), boundary.count >= 2 {
            boundary = String(boundary.dropFirst().dropLast())
        }
        guard !boundary.isEmpty, boundary.count <= 70 else { throw .badRequest("invalid multipart boundary") }
        let delimiter = Data("--\(boundary)".utf8)
        var parts: [MultipartPart] = []
        var searchStart = body.startIndex
        guard var current = body.range(of: delimiter, in: searchStart..<body.endIndex) else {
            throw .badRequest("multipart body without parts")
        }
        while true {
            searchStart = current.upperBound
            // "--" after the delimiter ends the body.
            if body[searchStart...].starts(with: Data("--".utf8)) { break }
            guard let next = body.range(of: delimiter, in: searchStart..<body.endIndex) else {
                throw .badRequest("multipart body is not terminated")
            }
            var part = body[searchStart..<next.lowerBound]
            if part.starts(with: Data("\r\n".utf8)) { part = part.dropFirst(2) }
            if part.suffix(2) == Data("\r\n".utf8) { part = part.dropLast(2) }
            guard let split = part.range(of: Data("\r\n\r\n".utf8)) else {
                throw .badRequest("multipart part without headers")
            }
            let headerText = String(decoding: part[part.startIndex..<split.lowerBound], as: UTF8.self)
            var name: String?
            var fileName: String?
            for line in headerText.split(separator: "\r\n") where line.lowercased().hasPrefix("content-disposition:") {
                name = parameter("name", in: line)
                fileName = parameter("filename", in: line)
            }
            guard let name else { throw .badRequest("multipart part without a name") }
            parts.append(MultipartPart(name: name, fileName: fileName, data: Data(part[split.upperBound...])))
            current = next
        }
        return parts
    }

    private static func parameter(_ key: String, in line: Substring) -> String? {
        for piece in line.split(separator: ";") {
            let trimmed = piece.trimmingCharacters(in: .whitespaces)
            if trimmed.hasPrefix("\(key)=\"") && trimmed.hasSuffix("\"") {
                return String(trimmed.dropFirst(key.count + 2).dropLast())
            }
        }
        return nil
    }
}
